// The 情况说明 that `juesuan narrative` writes is part of what the unit publishes: `juesuan audit`
// checks it like a narrative the user typed (no flag), marks its cells in an annotated copy, and a
// placeholder the user has not filled is reported once, never read as figures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '../../src/cli/read-xlsx';
import { NOTE_PREFIX } from '../../src/engine/plan/colors';
import { run } from './helpers/memory-io';
import { fixtureBytes, loadWorkbook, sheetOf } from './helpers/workbooks';

interface JsonFinding {
  code: string;
  severity: string;
  sheet: string;
  cells: string[];
  message: string;
}

const inputsFile = (seed: string) => new Uint8Array(readFileSync(join(__dirname, '../data/narrative-inputs', `seed-${seed}.json`)));

async function narrativeCopy(withInputs: boolean): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = { 'in.xlsx': await fixtureBytes('seed-004.xlsx') };
  if (withInputs) files['inputs.json'] = inputsFile('004');
  const result = await run(['narrative', 'in.xlsx', '-o', 'out.xlsx', ...(withInputs ? ['--inputs', 'inputs.json'] : [])], files);
  expect([result.code, result.stderr]).toEqual([0, '']);
  return result.io.files.get('out.xlsx')!;
}

async function auditFindings(bytes: Uint8Array): Promise<JsonFinding[]> {
  const result = await run(['audit', 'copy.xlsx', '--format', 'json'], { 'copy.xlsx': bytes });
  return (JSON.parse(result.stdout) as { files: { findings: JsonFinding[] }[] }).files[0].findings;
}

describe('juesuan audit on a workbook holding a generated 情况说明', () => {
  it('reports each unfilled 【请填写：…】 once (S-6) and reads no code or label inside it as an amount', async () => {
    const findings = (await auditFindings(await narrativeCopy(false))).filter((f) => f.sheet === '情况说明');
    const placeholders = findings.filter((f) => f.code === 'S-6');
    expect(placeholders.length).toBeGreaterThan(5);
    expect(placeholders.every((f) => f.message.includes('请填写'))).toBe(true);
    // 【请填写：年初预算：2080108 信息化建设】 is no amount “2080108” without a unit.
    expect(findings.filter((f) => f.code === 'N-UNIT-1')).toEqual([]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('with the inputs filled: only the inputs still missing are reported, and the annotated copy marks the narrative cells', async () => {
    const copy = await narrativeCopy(true);
    const findings = (await auditFindings(copy)).filter((f) => f.sheet === '情况说明');
    const narrativeCodes = new Set(findings.filter((f) => f.severity !== 'info').map((f) => f.code));
    expect([...narrativeCodes]).toEqual(['S-6']);
    expect(findings.some((f) => f.code === 'S-6')).toBe(true);

    const annotated = await run(['audit', 'copy.xlsx', '--annotate', 'marked.xlsx'], { 'copy.xlsx': copy });
    expect(annotated.code).toBeLessThan(2);
    const marked = await readXlsx(annotated.io.files.get('marked.xlsx')!, 'marked.xlsx');
    expect(marked.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['情况说明', '情况说明数据', '审核报告']));
    const flagged = findings.find((f) => f.code === 'S-6')!;
    const cell = sheetOf(await loadWorkbook(annotated.io.files.get('marked.xlsx')!), '情况说明').getCell(flagged.cells[0]);
    expect((cell.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBeDefined();
    expect(JSON.stringify(cell.note)).toContain(NOTE_PREFIX);
    const report = marked.sheets.find((s) => s.name === '审核报告')!;
    const reportText = report.cells.flatMap((row) => row ?? []).map((c) => String(c?.value ?? '')).join('\n');
    expect(reportText).toContain('情况说明');
    expect(reportText).toContain('S-6');
  });
});
