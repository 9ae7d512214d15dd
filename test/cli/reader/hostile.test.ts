// The hostile-file corpus: files built to exhaust memory or time, and files no reader should
// accept as they are. Each is generated here (nothing big is committed), audited through the real
// CLI path in one child process, and must be refused or read within 10 s and 500 MB, with a
// Chinese message naming the part, sheet and cell — never a stack trace or an English internal.
import { spawnSync, execFileSync } from 'child_process';
import { deflateRawSync } from 'zlib';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strToU8 } from 'fflate';
import { fixtureBytes } from '../helpers/workbooks';
import { cell, encodeParts, row, sheetData, xmlParts, MAIN_NS, REL_NS } from './helpers/minimal-xlsx';
import { deflated, partsOf, repeatedDeflate, writeZip, zipParts } from './helpers/zip';

const ROOT = path.join(__dirname, '..', '..', '..');
const HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>`;
const TAIL = '</sheetData></worksheet>';

/** A one-sheet workbook (“数据”) whose sheet part is given raw: compressed bytes and a declared size. */
function withRawSheet(data: Uint8Array, declared: number): Uint8Array {
  const parts = xmlParts([{ name: '数据', body: sheetData() }]);
  const entries = [...parts].filter(([name]) => name !== 'xl/worksheets/sheet1.xml').map(([name, xml]) => deflated(name, xml));
  entries.push({ name: 'xl/worksheets/sheet1.xml', data, method: 8, declared });
  return writeZip(entries);
}

function oneSheet(body: string, strings?: string[]): Uint8Array {
  return zipParts(encodeParts(xmlParts([{ name: '数据', body }], { strings })));
}

/** One row of ten numbers, repeated: ~1 MB of sheet XML per copy. */
const ROWS_1MB = row(1, ...Array.from({ length: 10 }, (_, i) => cell(`${String.fromCharCode(65 + i)}1`, 12345.67))).repeat(4500);

/** Text that does not compress much (a seeded walk over CJK characters): 1 MB of it stays ~1 MB zipped. */
function varied(length: number): string {
  let x = 12345;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += String.fromCharCode(0x4e00 + (x % 20000));
  }
  return out;
}

interface Case {
  name: string;
  what: string;
  make: (dir: string) => Uint8Array | Promise<Uint8Array> | 'fifo';
  /** Refused (exit 2) with a message matching all of these; or read (exit 0, 1 or 3). */
  refused?: RegExp[];
}

const CASES: Case[] = [
  {
    name: 'bomb-2gb-declared.xlsx',
    what: 'zip bomb: 4 MB holding 2 GB of sheet XML, declared honestly',
    make: () => {
      const bomb = repeatedDeflate(HEAD, ROWS_1MB, 2000, TAIL);
      return withRawSheet(bomb.data, bomb.size);
    },
    refused: [/压缩炸弹/, /解压后总大小超过上限/],
  },
  {
    name: 'bomb-2gb-lying.xlsx',
    what: 'zip bomb: 2 GB of sheet XML declared as 10 KB',
    make: () => withRawSheet(repeatedDeflate(HEAD, ROWS_1MB, 2000, TAIL).data, 10_000),
    refused: [/xl\/worksheets\/sheet1\.xml/, /工作表“数据”/, /声明的/],
  },
  {
    name: 'bomb-300mb.xlsx',
    what: 'zip bomb: 300 MB of sheet XML (one part over the part limit)',
    make: () => {
      const bomb = repeatedDeflate(HEAD, ROWS_1MB, 300, TAIL);
      return withRawSheet(bomb.data, bomb.size);
    },
    refused: [/xl\/worksheets\/sheet1\.xml/, /超过上限 32\.0 MB/],
  },
  {
    name: 'bomb-ratio.xlsx',
    what: 'zip bomb: 26 MB of sheet XML compressed 200+:1 (under the part limit)',
    make: () => {
      const bomb = repeatedDeflate(HEAD, ROWS_1MB, 20, TAIL);
      return withRawSheet(bomb.data, bomb.size);
    },
    refused: [/xl\/worksheets\/sheet1\.xml/, /压缩比 \d+:1/],
  },
  {
    name: 'dimension.xlsx',
    what: 'a declared dimension beyond the grid',
    make: () => oneSheet(`<dimension ref="A1:XFD2000000"/>${sheetData(row(1, cell('A1', 1)))}`),
    refused: [/工作表“数据”/, /A1:XFD2000000/, /超出 Excel 的上限/],
  },
  {
    name: 'merge-whole-sheet.xlsx',
    what: 'one merge over A40:XFD1048576',
    make: () => oneSheet(`${sheetData(row(1, cell('A1', '标题')))}<mergeCells count="1"><mergeCell ref="A40:XFD1048576"/></mergeCells>`),
    refused: [/工作表“数据”/, /A40:XFD1048576/, /合并/],
  },
  {
    name: 'merges-50000.xlsx',
    what: '50,000 merges',
    make: () => {
      const merges = Array.from({ length: 50_000 }, (_, i) => `<mergeCell ref="A${i + 1}:B${i + 1}"/>`).join('');
      return oneSheet(`${sheetData(row(1, cell('A1', 1)))}<mergeCells count="50000">${merges}</mergeCells>`);
    },
    refused: [/工作表“数据”/, /合并区域超过 20,000 个/, /A20001:B20001/],
  },
  {
    name: 'row-2000000000.xlsx',
    what: 'a row numbered 2,000,000,000',
    make: () => oneSheet(sheetData(row(1, cell('A1', 1)), row(2_000_000_000, cell('A2000000000', 5)))),
    refused: [/工作表“数据”/, /A2000000000/, /行号 2,000,000,000/],
  },
  {
    name: 'text-1mb-shared.xlsx',
    what: '1 MB of text in one cell (shared string)',
    make: () => oneSheet(sheetData(row(2, cell('B2', 0, { t: 's' }))), [varied(1_048_576)]),
    refused: [/工作表“数据”/, /单元格 B2/, /32,767/],
  },
  {
    name: 'text-1mb-inline.xlsx',
    what: '1 MB of text in one cell (inline string)',
    make: () => oneSheet(sheetData(row(3, cell('C3', varied(1_048_576), { t: 'inlineStr' })))),
    refused: [/工作表“数据”/, /单元格 C3/, /32,767/],
  },
  {
    name: 'cells-420000.xlsx',
    what: '420,000 cells of varied numbers (a real-looking huge sheet)',
    make: () => {
      const rows: string[] = [];
      for (let r = 1; r <= 42_000; r++) rows.push(row(r, ...Array.from({ length: 10 }, (_, c) => cell(`${String.fromCharCode(65 + c)}${r}`, (r * 7919 + c * 104729) % 1_000_003))));
      const xml = `${HEAD}${rows.join('')}${TAIL}`;
      return withRawSheet(new Uint8Array(deflateRawSync(Buffer.from(xml), { level: 1 })), Buffer.byteLength(xml));
    },
    refused: [/工作表“数据”/, /非空单元格超过 400,000 个/, /单元格 [A-J]\d+/],
  },
  {
    name: 'wide-rows.xlsx',
    what: '2,000 rows each with a value in column XFD (32 million cells to scan)',
    make: () => oneSheet(sheetData(...Array.from({ length: 2000 }, (_, i) => row(i + 1, cell(`A${i + 1}`, i), cell(`XFD${i + 1}`, i))))),
    refused: [/工作表“数据”/, /扫描/, /单元格 XFD\d+/],
  },
  {
    name: 'stray-cell.xlsx',
    what: 'a title and one value in XFD1048576 (read, not refused)',
    make: () => oneSheet(sheetData(row(1, cell('A1', '收入支出决算总表')), row(1_048_576, cell('XFD1048576', 1)))),
  },
  {
    name: 'doctype.xlsx',
    what: 'a DOCTYPE with entities (“billion laughs”)',
    make: () => zipParts(new Map([...encodeParts(xmlParts([{ name: '数据', body: sheetData() }]))].map(([n, b]) => [n, n === 'xl/worksheets/sheet1.xml' ? strToU8(`<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`) : b]))),
    refused: [/xl\/worksheets\/sheet1\.xml/, /DOCTYPE/],
  },
  {
    name: 'malformed.xlsx',
    what: 'malformed sheet XML (a cell closed twice)',
    make: () => oneSheet(sheetData(row(1, cell('A1', 1), '<c r="B1"><v>2</c>'))),
    refused: [/工作表“数据”/, /xl\/worksheets\/sheet1\.xml/, /单元格 B1/, /XML 格式错误（第 \d+ 行第 \d+ 列）/],
  },
  {
    name: 'fifo.xlsx',
    what: 'a FIFO named .xlsx (would block forever if opened for reading)',
    make: () => 'fifo',
    refused: [/不是普通文件/],
  },
  {
    name: 'binary.xlsb',
    what: 'an Excel binary workbook (.xlsb) renamed .xlsx',
    make: () =>
      zipParts(
        new Map([
          ['[Content_Types].xml', strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')],
          ['_rels/.rels', strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.bin"/></Relationships>`)],
          ['xl/workbook.bin', new Uint8Array([0x83, 0x01, 0x00, 0x80, 0x01])],
        ]),
      ),
    refused: [/\.xlsb/, /另存为/],
  },
  {
    name: 'calc.ods',
    what: 'an OpenDocument spreadsheet (.ods)',
    make: () => zipParts(new Map([['mimetype', strToU8('application/vnd.oasis.opendocument.spreadsheet')], ['content.xml', strToU8('<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>')]]), true),
    refused: [/\.ods/, /另存为/],
  },
  {
    name: 'empty.xlsx',
    what: 'an empty file',
    make: () => new Uint8Array(0),
    refused: [/文件为空/],
  },
  {
    name: 'no-shared-strings.xlsx',
    what: 'seed-004 with its sharedStrings part removed',
    make: async () => {
      const parts = partsOf(await fixtureBytes('seed-004.xlsx'));
      parts.delete('xl/sharedStrings.xml');
      return zipParts(parts);
    },
    refused: [/xl\/sharedStrings\.xml/, /工作表“决算公开表”/, /单元格 A1/, /缺少共享字符串部件/],
  },
  {
    name: 'no-sheets.xlsx',
    what: 'a workbook with no sheets (read: nothing to audit)',
    make: () => zipParts(encodeParts(xmlParts([]))),
  },
];

interface ChildResult {
  file: string;
  code: number;
  ms: number;
  peakMb: number;
  error?: string;
  stderr: string;
  tables: number;
}

let dir: string;
const results = new Map<string, ChildResult>();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'juesuan-hostile-'));
  for (const c of CASES) {
    const file = path.join(dir, c.name);
    const made = await c.make(dir);
    if (made === 'fifo') execFileSync('mkfifo', [file]);
    else fs.writeFileSync(file, made);
  }
  const child = spawnSync(process.execPath, ['-r', 'tsx/cjs', path.join(__dirname, 'helpers', 'audit-in-child.ts'), ...CASES.map((c) => path.join(dir, c.name))], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 240_000,
    maxBuffer: 64 << 20,
  });
  if (child.status !== 0) throw new Error(`子进程失败：${child.stderr || child.error}`);
  // JUESUAN_HOSTILE_REPORT=file writes the figures (time, peak memory, message) for the note.
  if (process.env.JUESUAN_HOSTILE_REPORT) fs.writeFileSync(process.env.JUESUAN_HOSTILE_REPORT, child.stdout);
  for (const line of child.stdout.trim().split('\n')) {
    const r = JSON.parse(line) as ChildResult;
    results.set(path.basename(r.file), r);
  }
}, 300_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test.each(CASES.map((c) => [c.what, c] as const))('%s', (_what, c) => {
  const r = results.get(c.name);
  expect(r).toBeDefined();
  if (!r) return;
  expect(r.ms).toBeLessThan(10_000);
  expect(r.peakMb).toBeLessThan(500);
  if (c.refused) {
    expect(r.code).toBe(2);
    const message = r.error ?? '';
    for (const about of c.refused) expect(message).toMatch(about);
    expect(message).toMatch(/^无法读取 .*[\u4e00-\u9fff]/);
    expect(r.stderr).toBe(''); // JSON mode: the message is in the report, printed once
  } else {
    expect(r.error).toBeUndefined();
    expect([0, 1, 3]).toContain(r.code);
  }
  // Never a stack trace or an English internal message.
  expect(`${r.error ?? ''}${r.stderr}`).not.toMatch(/\n\s+at |Error:|undefined|Cannot |TypeError|disallowed/);
});
