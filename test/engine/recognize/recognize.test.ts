import { recognizeWorkbook } from '../../../src/engine/recognize/recognize-workbook';
import { buildT02, buildT03, buildT05, buildT3G } from '../../helpers/build-tables';
import { sampleData } from '../../helpers/sample-data';
import { sheet, workbook } from '../../helpers/sheet';

describe('table recognition', () => {
  const data = sampleData();

  it('finds tables stacked in one sheet, not starting at A1, by title and headers', () => {
    const t02 = buildT02(data);
    const t05 = buildT05(data);
    const rows = [...t02.rows, [], [], ...t05.rows];
    const set = recognizeWorkbook(workbook(sheet('决算表', rows, { origin: 'C4' })));
    expect(set.tables.map((t) => t.id)).toEqual(['T02', 'T05']);
    expect(set.get('T02')!.value('合计', 1)?.value.toString()).toBe('320');
    expect(set.get('T05')!.range.top).toBeGreaterThan(set.get('T02')!.range.bottom);
  });

  it('believes the headers over a wrong title and reports the mismatch', () => {
    const t03 = buildT03(data);
    t03.rows[0][0] = '收入决算表';
    const set = recognizeWorkbook(workbook(sheet('Sheet1', t03.rows)));
    expect(set.get('T03')).toBeDefined();
    expect(set.mismatches).toEqual([expect.objectContaining({ titleSays: 'T02', headersSay: 'T03' })]);
  });

  it('recognizes a table without a title by its headers, with a lower confidence', () => {
    const t02 = buildT02(data);
    const set = recognizeWorkbook(workbook(sheet('Sheet1', t02.rows.slice(3))));
    expect(set.get('T02')?.confidence).toBeLessThan(0.8);
  });

  it('reads the unit printed in the title cell when no line under it gives one', () => {
    const t02 = buildT02(data);
    // “金额单位：元” moved from its caption line into the title: “收入决算表（金额单位：元）”.
    const caption = t02.rows[2];
    caption[caption.length - 1] = null;
    t02.rows[0][0] = '收入决算表（金额单位：元）';
    const table = recognizeWorkbook(workbook(sheet('Sheet1', t02.rows, { merges: t02.merges }))).get('T02')!;
    expect(table.unit).toBe('元');
    expect(table.meta.unitLine?.pos).toEqual({ row: 0, col: 0 });
  });

  it('reads captions that carry the unit, “预算数（万元）”, as the captions, and the unit from them', () => {
    const t3g = buildT3G(data);
    const caption = t3g.rows[2];
    caption[caption.length - 1] = null;
    t3g.rows[3][0] = '预算数（万元）';
    t3g.rows[3][6] = '决算数（万元）';
    t3g.rows[4][0] = '合计（万元）';
    t3g.rows[4][6] = '合计（万元）';
    const table = recognizeWorkbook(workbook(sheet('Sheet1', t3g.rows, { merges: t3g.merges }))).get('T3G')!;
    expect(table.unit).toBe('万元');
    expect(table.meta.unitLine?.text).toBe('预算数（万元）');
    expect(table.value('data', 7)?.text).toBe(String(data.t3g[6]));
  });

  it('never uses the sheet name or the printed 公开NN number', () => {
    const t02 = buildT02(data, '公开05表');
    const set = recognizeWorkbook(workbook(sheet('公开03表', t02.rows)));
    expect(set.tables.map((t) => t.id)).toEqual(['T02']);
    expect(set.get('T02')!.meta.label?.text).toBe('公开05表');
  });

  it('reports unrecognized and empty sheets with the reason', () => {
    const set = recognizeWorkbook(workbook(sheet('封面', [['2023年度单位决算公开'], ['示例中心']]), sheet('空白', [])));
    expect(set.tables).toEqual([]);
    expect(set.unrecognized).toEqual([
      { sheet: '封面', reason: expect.stringContaining('A1“2023年度单位决算公开”') },
      { sheet: '空白', reason: '工作表为空' },
    ]);
  });

  it('uses the user’s mapping correction over recognition', () => {
    const t05 = buildT05(data);
    const rows = t05.rows.slice(3); // no title: headers alone are ambiguous (T05 and TSOC look alike)
    const set = recognizeWorkbook(workbook(sheet('Sheet1', rows)), [{ sheet: 'Sheet1', table: 'T05' }]);
    expect(set.get('T05')?.confidence).toBe(1);
    expect(set.get('T05')!.value('合计', 1)?.value.toString()).toBe('305');
  });

  it('refuses a sheet over the size limit with a clear reason instead of reading it', () => {
    const big = sheet('导出数据', []);
    big.cells = Array.from({ length: 1_000_001 }, () => [null, null, null, null, null, null]);
    const set = recognizeWorkbook(workbook(big));
    expect(set.unrecognized[0].reason).toMatch(/工作表过大/);
  });
});
