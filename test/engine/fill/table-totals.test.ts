import { planFill } from '../../../src/engine/fill';
import type { WorkbookSnapshot } from '../../../src/engine/model/snapshot';
import { recognizeWorkbook } from '../../../src/engine/recognize/recognize-workbook';
import { cellOf, SAMPLE_SHEETS, sampleWorkbook, type SampleTable } from '../../helpers/sample-workbook';
import { setCell } from '../../helpers/sheet';
import { formulaDisagreements } from './support/check-formulas';
import { blankCells } from './support/snapshot-edit';

const base = sampleWorkbook();
const key = (id: SampleTable, row: string, col: number) => `${SAMPLE_SHEETS[id]}!${cellOf(base, id, row, col)}`;
const valueAt = (wb: WorkbookSnapshot, k: string) => {
  const set = recognizeWorkbook(wb);
  for (const t of set.tables) for (const r of t.rows) for (const v of r.values.values()) if (`${v.sheet}!${String.fromCharCode(65 + v.pos.col)}${v.pos.row + 1}` === k) return v.value.toNumber();
  throw new Error(k);
};
const sums = (wb: WorkbookSnapshot) => planFill(recognizeWorkbook(wb)).items.filter((i) => i.kind === 'sum');

describe('blank totals of the 公开 tables', () => {
  it('accept: the consistent sample has no blank total to fill', () => {
    expect(sums(base)).toEqual([]);
  });

  it.each<[string, SampleTable, string, number, string]>([
    ['T01 本年收入合计', 'T01', 'L27', 1, 'T01-1'],
    ['T01 收入总计', 'T01', 'L31', 1, 'T01-2'],
    ['T02 合计 = Σ类', 'T02', '合计', 1, 'T02-2'],
    ['T03 合计 栏次1', 'T03', '合计', 1, 'T03-1'],
    ['T05 合计', 'T05', '合计', 1, 'T05-1'],
    ['T06 人员经费合计', 'T06', '人员经费合计', 1, 'T06-2'],
  ])('%s left blank: filled with SUM over its parts, the printed figure', (_name, id, row, col, code) => {
    const k = key(id, row, col);
    const printed = valueAt(base, k);
    const wb = blankCells(base, [k]);
    const planned = sums(wb);
    expect(planned.map((i) => [i.key, i.status, i.write.value])).toEqual([[k, 'empty', printed]]);
    expect(planned[0].code.startsWith(code.split('-')[0])).toBe(true);
    expect(planned[0].write.formula).toMatch(/^=SUM\(/);
    expect(formulaDisagreements(wb, planFill(recognizeWorkbook(wb)))).toEqual([]);
  });

  it('a blank 类 and the blank 合计 above it: the 类 first, then the 合计 over it', () => {
    const t02 = recognizeWorkbook(base).get('T02')!;
    const cls = t02.codeRows().find((r) => r.code!.length === 3 && !r.values.get(1)!.value.isZero())!;
    const keys = [key('T02', cls.code!, 1), key('T02', '合计', 1)];
    const wb = blankCells(base, keys);
    const planned = sums(wb);
    expect(planned.map((i) => i.key)).toEqual(expect.arrayContaining(keys));
    const total = planned.find((i) => i.key === keys[1])!;
    expect(total.write.value).toBe(valueAt(base, keys[1]));
    expect(formulaDisagreements(wb, planFill(recognizeWorkbook(wb)))).toEqual([]);
  });

  it('reject: a total “——” (not applicable) or with all parts blank stays blank', () => {
    const k = key('T01', 'L27', 1);
    const wb = structuredClone(base);
    const [sheetName, a1] = k.split('!');
    setCell(wb.sheets.find((s) => s.name === sheetName)!, a1, '——');
    expect(sums(wb)).toEqual([]);
    const t01 = recognizeWorkbook(base).get('T01')!;
    const parts = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((n) => (t01.line(n)?.values.get(1) ? [key('T01', `L${n}`, 1)] : []));
    expect(sums(blankCells(base, [k, ...parts])).filter((i) => i.key === k)).toEqual([]);
  });
});
