// Bad input never crashes and never passes silently. Unreadable files exit 2 with a Chinese
// message naming the file; every other damaged workbook is audited (exit 0 or 1) and the damage
// is named — sheet, and cell where there is one — in a finding, an unrecognized sheet or an
// unchecked rule (architecture.md conventions 7 and 8).
import ExcelJS from 'exceljs';
import type { JsonFile } from '../../src/cli/format-json';
import { parseJson, run } from './helpers/memory-io';
import { editFixture, encryptedXlsx, fixtureBytes, sheetOf, textFile, toBytes } from './helpers/workbooks';

interface Audited {
  code: number;
  file: JsonFile;
  text: string;
  /** stderr of the text run; the JSON run must leave stderr empty (its errors are in the JSON). */
  stderr: string;
}

async function audit(name: string, bytes: Uint8Array, { text = true } = {}): Promise<Audited> {
  const json = await run(['audit', name, '--format', 'json'], { [name]: bytes });
  const plain = text ? await run(['audit', name], { [name]: bytes }) : undefined;
  if (plain) expect(plain.code).toBe(json.code);
  // Each file-level error is printed once: inside the JSON in JSON mode, on stderr in text mode.
  expect(json.stderr).toBe('');
  return { code: json.code, file: parseJson(json).files[0], text: plain?.stdout ?? '', stderr: plain?.stderr ?? '' };
}

interface Message {
  kind: 'finding' | 'unrecognized' | 'unchecked';
  sheets: string[];
  cells: string[];
  text: string;
}

function messages(file: JsonFile): Message[] {
  return [
    ...file.findings.map((f) => ({
      kind: 'finding' as const,
      sheets: [f.sheet, ...f.cells.map((c) => /^'?(.+?)'?!/.exec(c)?.[1] ?? f.sheet)],
      cells: f.cells.map((c) => c.replace(/^.*!/, '')),
      text: `${f.code} ${f.message}`,
    })),
    ...file.unrecognized.map((u) => ({ kind: 'unrecognized' as const, sheets: [u.sheet], cells: u.cell ? [u.cell] : [], text: u.reason })),
    ...file.unchecked.map((u) => ({ kind: 'unchecked' as const, sheets: u.sheet ? [u.sheet] : [], cells: [], text: `${u.code} ${u.reason}` })),
  ];
}

/** Some Chinese message names `sheet` (and `cell`, when given) and says what is wrong (`about`). */
function expectNamed(file: JsonFile, sheet: string | undefined, cell: string | undefined, about: RegExp): void {
  const all = messages(file);
  const hit = all.some(
    (m) =>
      /[\u4e00-\u9fff]/.test(m.text) &&
      about.test(m.text) &&
      (sheet === undefined || m.sheets.includes(sheet) || m.text.includes(sheet)) &&
      (cell === undefined || m.cells.includes(cell) || new RegExp(`(^|[^A-Z])${cell}(?!\\d)`).test(m.text)),
  );
  if (!hit) {
    // Only what concerns the sheet (or is sheetless), so the failure shows what the engine did say.
    const shown = all.filter((m) => sheet === undefined || m.sheets.length === 0 || m.sheets.includes(sheet)).slice(0, 15);
    const list = shown.map((m) => `  [${m.kind}] ${[...new Set(m.sheets)].join(',') || '（无工作表）'} ${m.cells.slice(0, 3).join(',')}：${m.text.slice(0, 120)}`).join('\n');
    throw new Error(`没有一条信息指出 ${sheet ?? ''} ${cell ?? ''}（${about}）。相关信息（前 15 条，共 ${all.length} 条）：\n${list}`);
  }
}

function expectAudited(a: Audited): void {
  expect(a.file.error).toBeUndefined();
  expect([0, 1]).toContain(a.code);
  expect(a.stderr).toBe('');
  expect(a.text).toMatch(/识别 \d+ 张表；错误 \d+，警告 \d+，提示 \d+，尾差 \d+，未检查 \d+\n$/);
}

/** Read, but nothing recognized: 未审核 in the file's line and status, exit 3 — never “错误 0”. */
function expectUnaudited(a: Audited, name: string): void {
  expect(a.file.error).toBeUndefined();
  expect(a.code).toBe(3);
  expect(a.stderr).toBe('');
  expect(a.file.status).toBe('unaudited');
  expect(a.file.tables).toEqual([]);
  expect(a.text).toMatch(new RegExp(`${name}：未审核（未识别出任何表，\\d+ 项检查未能执行）\n$`));
  expect(a.text).not.toMatch(/错误 0/);
}

const errorsOf = (file: JsonFile) => file.findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.sheet}!${f.cells[0]}`);

describe('unreadable files: exit 2, a Chinese message naming the file, other lists empty', () => {
  test.each([
    ['an encrypted .xlsx (OLE header D0 CF 11 E0 A1 B1 1A E1)', '加密.xlsx', () => encryptedXlsx(), /已加密|受密码保护/],
    ['a text file renamed .xlsx', '文本.xlsx', () => textFile('部门决算公开\t430.21\n'), /不是 Excel 工作簿/],
    ['a PNG image renamed .xlsx', '图片.xlsx', () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /不是 Excel 工作簿/],
    ['an empty file', '空.xlsx', () => new Uint8Array(0), /文件为空/],
    ['a truncated .xlsx (download cut short)', '截断.xlsx', async () => (await fixtureBytes('seed-004.xlsx')).slice(0, 20_000), /损坏|格式不正确/],
  ])('%s', async (_what, name, make, why) => {
    const a = await audit(name, await make());
    expect(a.code).toBe(2);
    expect(a.stderr).toContain(name);
    expect(a.stderr).toMatch(why);
    expect(a.file.error).toMatch(why);
    expect([a.file.tables, a.file.findings, a.file.unrecognized, a.file.unchecked]).toEqual([[], [], [], []]);
    expect(a.text).toContain(`${name}：未能审核`);
    expect(a.text).not.toMatch(why); // the reason once, on stderr
    expect(a.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('workbooks with no usable table are audited and say so', () => {
  test('a workbook with no sheets at all', async () => {
    const a = await audit('无工作表.xlsx', await toBytes(new ExcelJS.Workbook()));
    expectUnaudited(a, '无工作表.xlsx');
    expect(a.file.tables).toEqual([]);
    expect(a.text).toContain('未识别出任何决算公开表');
    expectNamed(a.file, undefined, undefined, /没有公开表|没有工作表|未找到/);
  });

  test('a workbook with one empty sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    const a = await audit('空表.xlsx', await toBytes(wb));
    expectUnaudited(a, '空表.xlsx');
    expectNamed(a.file, 'Sheet1', undefined, /为空/);
    expect(a.text).toContain('Sheet1');
  });

  test('a sheet with a title only', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('公开01表').getCell('A1').value = '收入支出决算总表';
    const a = await audit('只有标题.xlsx', await toBytes(wb));
    expectUnaudited(a, '只有标题.xlsx');
    expectNamed(a.file, '公开01表', 'A1', /收入支出决算总表/);
  });
});

describe('damaged tables are audited and the damage is named', () => {
  test('a table with rows missing (公开01表 without 行次4–6 / 35–37)', async () => {
    const bytes = await editFixture('seed-000.xlsx', (wb) => {
      sheetOf(wb, '公开01表').spliceRows(10, 3);
    });
    const a = await audit('缺行.xlsx', bytes);
    expectAudited(a);
    expectNamed(a.file, '公开01表', undefined, /行次4|上级补助收入/);
  });

  test('text in a number cell', async () => {
    const bytes = await editFixture('seed-004.xlsx', (wb) => {
      sheetOf(wb, '决算公开表').getCell('C7').value = '四百三十';
    });
    const a = await audit('文字.xlsx', bytes);
    expectAudited(a);
    expectNamed(a.file, '决算公开表', 'C7', /四百三十/);
  });

  test('#REF! and #DIV/0! cells', async () => {
    const bytes = await editFixture('seed-004.xlsx', (wb) => {
      const ws = sheetOf(wb, '决算公开表');
      ws.getCell('C7').value = { error: '#REF!' };
      ws.getCell('F14').value = { error: '#DIV/0!' };
    });
    const a = await audit('错误值.xlsx', bytes);
    expectAudited(a);
    expectNamed(a.file, '决算公开表', 'C7', /#REF!/);
    expectNamed(a.file, '决算公开表', 'F14', /#DIV\/0!/);
  });

  test('merged data cells (C7:C14 merged: 行次2–8 lose their amounts)', async () => {
    const bytes = await editFixture('seed-004.xlsx', (wb) => {
      sheetOf(wb, '决算公开表').mergeCells('C7:C14');
    });
    const a = await audit('合并.xlsx', bytes);
    expectAudited(a);
    expectNamed(a.file, '决算公开表', 'C7', /合并/);
  });

  test('元 and 万元 tables in one workbook: compared in one unit, the mix reported', async () => {
    const baseline = await audit('seed-000.xlsx', await fixtureBytes('seed-000.xlsx'), { text: false });
    // 公开05表 restated in 万元 (2 dp, half-up), the rest of seed-000 stays in 元.
    const bytes = await editFixture('seed-000.xlsx', (wb) => {
      sheetOf(wb, '公开05表').eachRow((row, r) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string' && cell.value.startsWith('金额单位：')) cell.value = '金额单位：万元';
          else if (r > 6 && Number(cell.col) >= 3 && (typeof cell.value === 'number' || /^[\d,]+\.\d+$/.test(String(cell.value)))) {
            cell.value = (Math.round(Number(String(cell.value).replace(/,/g, '')) / 100) / 100).toFixed(2);
          }
        }),
      );
    });
    const a = await audit('混合单位.xlsx', bytes);
    expectAudited(a);
    const units = Object.fromEntries(a.file.tables.map((t) => [t.table, t.unit]));
    expect(units).toMatchObject({ T01: '元', T04: '元', T05: '万元' });
    // No error appears that the all-元 workbook did not have: amounts were not compared across units.
    expect(errorsOf(a.file).filter((e) => !errorsOf(baseline.file).includes(e))).toEqual([]);
    expectNamed(a.file, '公开05表', undefined, /万元/);
  }, 30_000);

  test('a sheet of 100,000 junk rows beside the real tables finishes and is reported', async () => {
    const bytes = await editFixture('seed-004.xlsx', (wb) => {
      const ws = wb.addWorksheet('导出数据');
      for (let r = 1; r <= 100_000; r++) ws.addRow([`行${r}`, r % 7 === 0 ? '#N/A' : r * 3.7, r % 11]);
    });
    const a = await audit('大表.xlsx', bytes, { text: false });
    expect(a.file.error).toBeUndefined();
    expect([0, 1]).toContain(a.code);
    expect(a.file.tables).toHaveLength(13);
    expectNamed(a.file, '导出数据', undefined, /未找到任何标准表|未能对应/);
  }, 240_000);
});

describe('a batch never ends in a silent all-clear', () => {
  test('a 决算 workbook with an unreadable and an unrecognized file: exit 2, and the summary counts both', async () => {
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('封面').getCell('A1').value = '2023年度部门决算';
    const r = await run(['audit', 'a.xlsx', 'b.xlsx', 'c.xlsx'], { 'a.xlsx': await fixtureBytes('seed-004.xlsx'), 'b.xlsx': await toBytes(empty), 'c.xlsx': textFile('x') });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/b\.xlsx：未审核/);
    expect(r.stdout).toMatch(/合计 3 个文件：.*；1 个文件未审核（未识别出任何表）；1 个文件未能审核\n$/);
  });

  test('only readable files, one unrecognized, no errors: exit 3', async () => {
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('封面').getCell('A1').value = '2023年度部门决算';
    const clean = await run(['audit', 'a.xlsx'], { 'a.xlsx': await fixtureBytes('seed-004.xlsx') });
    const r = await run(['audit', 'a.xlsx', 'b.xlsx'], { 'a.xlsx': await fixtureBytes('seed-004.xlsx'), 'b.xlsx': await toBytes(empty) });
    // The seed has real errors (exit 1): they outrank the unaudited file; without them it would be 3.
    expect(r.code).toBe(clean.code === 1 ? 1 : 3);
    const alone = await run(['audit', 'b.xlsx'], { 'b.xlsx': await toBytes(empty) });
    expect(alone.code).toBe(3);
    expect(alone.stdout).toContain('b.xlsx：未审核');
  });
});
