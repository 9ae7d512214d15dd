import type { LayoutOptions } from './transforms';
import type { Placer } from './render-workbook';

/** Sheet of each printed table of seed 002 (scripts/fixtures/workbooks.ts). */
const SEED_002_SHEETS: Record<number, string> = { 0: 'Sheet4', 1: 'Sheet7', 2: 'Sheet1', 3: 'Sheet9', 4: 'Sheet2', 5: 'Sheet8', 6: 'Sheet3', 7: 'Sheet5', 8: 'Sheet6' };

/** The placement of the fixture workbooks themselves: the original every rendering is compared with. */
export function fixturePlacer(seed: string): Placer {
  if (seed === '000') return (_k, _id, label) => ({ sheet: label, row: 0, col: 0 });
  if (seed === '002') return (k) => ({ sheet: SEED_002_SHEETS[k], row: 2, col: 1 });
  return (_k, _id, _label, previous) => ({ sheet: '决算公开表', row: previous ? previous.bottom + 3 : 0, col: 0 });
}

/** Tab order of the rendered sheets: seed 002 keeps Sheet1…Sheet9 in order, its tables shuffled behind them. */
export function fixtureSheetOrder(seed: string): (name: string) => number {
  return seed === '002' ? (name) => Number(name.replace(/\D/g, '')) : () => 0;
}

/** All tables in one sheet, each starting at another column, one to three blank rows apart. */
const stackedAnywhere: Placer = (k, _id, _label, previous) => ({ sheet: '公开表', row: previous ? previous.bottom + 2 + (k % 3) : 5, col: [3, 0, 7, 1][k % 4] });

/** One sheet per table behind meaningless names, starting wherever the user pasted it. */
const sheetPerTableAnywhere: Placer = (k) => ({ sheet: `数据${(k * 7) % 11}`, row: 1 + ((k * 5) % 9), col: (k * 3) % 6 });

/** One sheet per table, from A1: hidden columns hide whole sheet columns, so tables do not share a sheet. */
const sheetPerTable: Placer = (k) => ({ sheet: `表${k + 1}`, row: 0, col: 0 });

export interface Rendering {
  name: string;
  options: LayoutOptions;
  /** Defaults to the fixture's own placement. */
  placer?: Placer;
}

/**
 * The renderings every seed is re-rendered in (issue 6 item 7). Add one whenever a new layout is
 * met in the field; the system test asserts each gives the original's findings.
 */
export const RENDERINGS: Rendering[] = [
  { name: '类|款|项 分栏编码（上级留空）', options: { splitCodes: 'blank' } },
  { name: '类|款|项 分栏编码（上级重复）', options: { splitCodes: 'repeat' } },
  { name: '编码与名称同一单元格', options: { codeWithName: true } },
  { name: '无行次、无栏次', options: { noNumbers: true } },
  { name: '一行表头', options: { headerDepth: 1 } },
  { name: '三行合并表头', options: { headerDepth: 3 } },
  { name: '金额栏倒序（有栏次）', options: { reorderAmounts: true } },
  { name: '金额栏倒序（无栏次，按表头）', options: { reorderAmounts: true, noNumbers: true } },
  { name: '多出空白列', options: { blankColumns: true } },
  { name: '多出空白列，表头与名称跨入其后的空白列合并（PDF 转换）', options: { blankColumns: true, stretchIntoBlanks: true } },
  { name: '基本支出明细与政府性基金表左右两半', options: { t06Halves: true, tgfHalves: true } },
  { name: '同一工作表叠放、从任意位置开始', options: {}, placer: stackedAnywhere },
  { name: '每表一张工作表、从任意位置开始', options: {}, placer: sheetPerTableAnywhere },
  { name: '金额为带千分位的文本', options: { amountsAsText: true } },
  { name: '金额为公式结果（末位二进制误差，如 0.30000000000000004）', options: { formulaNoise: true } },
  { name: '每表一张工作表、没有标题行（标题在页眉或文本框里）', options: { noTitle: true }, placer: sheetPerTableAnywhere },
  { name: '跨页的表：表体中间重复表头与栏次行', options: { repeatHeader: true }, placer: sheetPerTableAnywhere },
  { name: '同一工作表叠放、没有标题行（标题在页眉或文本框里）', options: { noTitle: true }, placer: stackedAnywhere },
  { name: '没有金额单位行，单位写在各金额栏的表头里（“决算数（万元）”）', options: { unitInCaptions: true }, placer: sheetPerTableAnywhere },
  {
    name: '组合：叠放、没有标题行、编码名称同格、一行表头、文本金额、左右两半',
    options: { noTitle: true, codeWithName: true, headerDepth: 1, amountsAsText: true, t06Halves: true, tgfHalves: true },
    placer: stackedAnywhere,
  },
  {
    name: '组合：分栏编码（上级重复）、空白列、三行表头、金额倒序（无栏次）',
    options: { splitCodes: 'repeat', blankColumns: true, headerDepth: 3, reorderAmounts: true, noNumbers: true },
  },
  {
    name: '组合：编码名称同格、一行表头、文本金额、叠放',
    options: { codeWithName: true, headerDepth: 1, amountsAsText: true, t06Halves: true },
    placer: stackedAnywhere,
  },
  {
    name: '上海 2024 式（分栏编码、无行次栏次、合计在后、明细表两半）',
    options: { splitCodes: 'blank', noNumbers: true, totalLast: true, t06Halves: true },
    placer: sheetPerTableAnywhere,
  },
  { name: '隐藏的辅助列（公式、备注、重复的金额栏），隐藏的行次栏与金额栏', options: { hiddenHelpers: true }, placer: sheetPerTable },
  {
    name: '组合：隐藏的辅助列、分栏编码（上级留空）、无行次栏次（按表头认栏）',
    options: { hiddenHelpers: true, splitCodes: 'blank', noNumbers: true },
    placer: sheetPerTable,
  },
];
