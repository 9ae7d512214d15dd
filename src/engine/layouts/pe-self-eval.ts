import type { Grid } from '../model/grid';
import type { Region } from '../recognize/region';
import type { FundRow, Indicator, SelfEval } from '../tables/self-eval';
import type { PrintedText } from '../tables/table';
import { readPercentCell } from '../values/read-percent';
import type { ValueCell } from '../values/value-cell';
import { captionColumns } from './common/header-row';
import { readMeta } from './common/meta';
import type { Layout, LayoutOutcome } from './layout';
import { parseSelfEvalSummary } from './pe-summary';

type FundField = Exclude<keyof FundRow, 'label'>;

/** Header words of the funds block (山西 and central 附件1 templates). */
const FUND_HEADERS: [FundField, RegExp][] = [
  ['declared', /^目标申报数/],
  ['compiled', /^预算编制数|^年初预算数$/],
  ['annualBudget', /^全年预算数/],
  ['executed', /^全年执行数/],
  ['balance', /^资金结(\(转\))?(余|转)/],
  ['rate', /^执行率/],
  ['score', /^得分/],
];

const INDICATOR_HEADERS: Record<string, RegExp> = {
  level1: /^一级指标/,
  level2: /^二级指标/,
  level3: /^三级指标/,
  initialTarget: /^(年初指标值|年度指标值|预期指标值)/,
  adjustedTarget: /^调整后指标值/,
  actual: /^实际完成值/,
  weight: /^分值/,
  score: /^得分/,
};

/**
 * The first cell (row by row) whose text passes `test`, in a visible column if any: a hidden
 * column repeating a caption is a helper, read only when it is the only one (domain-rules §2.3).
 */
function findCell(grid: Grid, top: number, bottom: number, test: RegExp): { row: number; col: number } | undefined {
  let hidden: { row: number; col: number } | undefined;
  for (let r = top; r <= bottom; r++) {
    for (let c = 0; c < grid.rowLength(r); c++) {
      if (!test.test(grid.norm(r, c))) continue;
      if (!grid.isCellHidden(r, c)) return { row: r, col: c };
      hidden ??= { row: r, col: c };
    }
  }
  return hidden;
}

/** The first non-empty cell right of (row, col): the value of a “label | value” pair; a hidden column's only when no visible one has a value. */
function valueRightOf(grid: Grid, row: number, col: number): PrintedText | undefined {
  const c = firstShown(grid, row, col + 1, (k) => grid.hasText(row, k) && !grid.isMergedCovered(row, k));
  return c === undefined ? undefined : { text: grid.text(row, c), pos: { row, col: c } };
}

/** 项目支出绩效自评表, 山西 template (domain-rules.md §6.2), one project per table. */
function parseProject(region: Region, confidence: number): LayoutOutcome {
  const { grid } = region;
  const top = region.titleRow ?? region.top;
  const nameCell = findCell(grid, top, region.bottom, /^项目名称$/);
  const fundHeader = findCell(grid, top, region.bottom, /^全年预算数/);
  if (!fundHeader) return { failure: '自评表中没有“全年预算数”栏' };
  const { meta, unit } = readMeta(region, nameCell?.row ?? fundHeader.row);
  const deptCell = findCell(grid, top, fundHeader.row, /^主管部门(及代码)?$/);
  const unitCell = findCell(grid, top, fundHeader.row, /^预算单位$/);
  const headerRows = [fundHeader.row, fundHeader.row + 1];
  const hasSubHeader = /目标申报数|预算编制数/.test(grid.rowText(fundHeader.row + 1));
  // With the 山西 sub-header (目标申报数 | 预算编制数) the merged 年初预算数 above them is not a column.
  const headers = hasSubHeader ? FUND_HEADERS.map(([f, re]): [FundField, RegExp] => [f, f === 'compiled' ? /^预算编制数/ : re]) : FUND_HEADERS;
  const fundCols = captionColumns(grid, headerRows, headers);
  const firstFundCol = Math.min(...fundCols.values());
  const funds: FundRow[] = [];
  let r = fundHeader.row + (hasSubHeader ? 2 : 1);
  for (; r <= region.bottom; r++) {
    const rowText = grid.rowText(r);
    if (/年度目标|绩效目标|一级指标/.test(rowText)) break;
    if (grid.isRowEmpty(r)) continue;
    // The last text left of the amounts: a visible column's, a hidden one's (notes, 行次) only when no visible column has one.
    let label: PrintedText | undefined;
    let hiddenLabel: PrintedText | undefined;
    for (let c = 0; c < firstFundCol; c++) {
      const text = grid.text(r, c);
      if (!text || /项目资金/.test(grid.norm(r, c))) continue;
      if (grid.isCellHidden(r, c)) hiddenLabel = { text, pos: { row: r, col: c } };
      else label = { text, pos: { row: r, col: c } };
    }
    label ??= hiddenLabel;
    const fund: FundRow = { label: label ?? { text: funds.length === 0 ? '资金总额' : '', pos: { row: r, col: 0 } } };
    // forEach, not for…of: no [field, column] array per cell.
    fundCols.forEach((col, field) => {
      fund[field] = field === 'rate' ? readPercentCell(grid.name, { row: r, col }, grid.cell(r, col)) : grid.valueCell(r, col, unit ?? '万元');
    });
    if (label || Object.values(fund).some((v) => v && 'kind' in v && v.kind === 'number')) funds.push(fund);
  }
  const goalHeader = findCell(grid, r, region.bottom, /^年度目标$/);
  const achievedHeader = goalHeader && findCell(grid, goalHeader.row, goalHeader.row, /^实际完成情况$/);
  const goal = goalHeader ? textBelow(grid, goalHeader.row, goalHeader.col) : undefined;
  const achieved = achievedHeader ? textBelow(grid, achievedHeader.row, achievedHeader.col) : undefined;
  const indicatorHeader = findCell(grid, r, region.bottom, /^三级指标/);
  const indicators: Indicator[] = [];
  let totalRow: number | undefined;
  if (indicatorHeader) {
    const cols = captionColumns(grid, [indicatorHeader.row], Object.entries(INDICATOR_HEADERS));
    let level1 = '';
    let level2 = '';
    for (let ir = indicatorHeader.row + 1; ir <= region.bottom; ir++) {
      if (/^总分/.test(grid.norm(ir, firstTextCol(grid, ir)))) {
        totalRow = ir;
        break;
      }
      if (grid.isRowEmpty(ir)) continue;
      const at = (field: string): string => (cols.has(field) ? grid.text(ir, cols.get(field)!) : '');
      level1 = at('level1') || level1;
      level2 = at('level2') || level2;
      const weightCol = cols.get('weight');
      const scoreCol = cols.get('score');
      if (weightCol === undefined || scoreCol === undefined) break;
      if (!at('level3') && !grid.text(ir, weightCol)) continue;
      indicators.push({
        level1,
        level2,
        level3: { text: at('level3'), pos: { row: ir, col: cols.get('level3') ?? 0 } },
        initialTarget: at('initialTarget'),
        adjustedTarget: at('adjustedTarget'),
        actual: at('actual'),
        weight: grid.valueCell(ir, weightCol),
        score: grid.valueCell(ir, scoreCol),
      });
    }
  }
  const { total, grade } = totalRow === undefined ? {} : readTotal(grid, totalRow);
  const { analysis, labels, last } = readAnalysis(grid, (totalRow ?? r) + 1, region.bottom);
  const range = grid.usedRect(top, last) ?? { top, left: 0, bottom: last, right: 0 };
  const selfEval: SelfEval = {
    sheet: grid.name,
    range,
    meta,
    variant: 'project',
    confidence,
    projectName: nameCell ? valueRightOf(grid, nameCell.row, nameCell.col) : undefined,
    department: deptCell ? valueRightOf(grid, deptCell.row, deptCell.col) : undefined,
    budgetUnit: unitCell ? valueRightOf(grid, unitCell.row, unitCell.col) : undefined,
    funds,
    goal,
    achieved,
    indicators,
    total,
    grade,
    analysis,
    analysisLabels: labels,
  };
  return { selfEvals: [selfEval] };
}

/** The first cell of the row from `from` on that passes `test`: a shown one, else a hidden one. */
function firstShown(grid: Grid, row: number, from: number, test: (col: number) => boolean): number | undefined {
  let hidden: number | undefined;
  for (let c = from; c < grid.rowLength(row); c++) {
    if (!test(c)) continue;
    if (!grid.isCellHidden(row, c)) return c;
    hidden ??= c;
  }
  return hidden;
}

/** The first number right of the 总分 label, and the grade (优/良/…) after it; a hidden column's only when no shown cell has one. */
function readTotal(grid: Grid, row: number): { total?: ValueCell; grade?: PrintedText } {
  const number = (c: number) => grid.valueCell(row, c);
  const totalCol = firstShown(grid, row, firstTextCol(grid, row) + 1, (c) => number(c).kind === 'number');
  if (totalCol === undefined) return {};
  const gradeCol = firstShown(grid, row, totalCol + 1, (c) => /^(优|良|中|差|合格|不合格|优秀|良好)$/.test(grid.norm(row, c)));
  return { total: number(totalCol), grade: gradeCol === undefined ? undefined : { text: grid.text(row, gradeCol), pos: { row, col: gradeCol } } };
}

/** The first column with text, a visible one when any visible column has text. */
function firstTextCol(grid: Grid, row: number): number {
  return firstShown(grid, row, 0, (c) => grid.hasText(row, c)) ?? 0;
}

function textBelow(grid: Grid, row: number, col: number): PrintedText | undefined {
  const text = grid.text(row + 1, col);
  return text ? { text, pos: { row: row + 1, col } } : undefined;
}

/** Analysis rows: a short label and a long text; the block ends at 备注. */
function readAnalysis(grid: Grid, from: number, bottom: number): { analysis: PrintedText[]; labels: string[]; last: number } {
  const analysis: PrintedText[] = [];
  const labels: string[] = [];
  let last = from - 1;
  for (let r = from; r <= bottom; r++) {
    const first = grid.norm(r, firstTextCol(grid, r));
    if (/^备注/.test(first)) break;
    const all: { col: number; text: string }[] = [];
    for (let c = 0; c < grid.rowLength(r); c++) if (grid.text(r, c)) all.push({ col: c, text: grid.text(r, c) });
    // A hidden notes column is no analysis text: label and text from the visible columns, when they hold both.
    const visible = all.filter((t) => !grid.isCellHidden(r, t.col));
    const texts = visible.length >= 2 ? visible : all;
    if (texts.length < 2) continue;
    const body = texts[texts.length - 1];
    labels.push(texts[texts.length - 2].text);
    analysis.push({ text: body.text, pos: { row: r, col: body.col } });
    last = r;
  }
  return { analysis, labels, last };
}

export const peLayout: Layout = {
  id: 'PE',
  titles: [/项目支出绩效自评表(\(\d{4}年度\))?$/, /自评汇总表$/],
  keywords: ['全年预算数', '全年执行数', '执行率', '得分', '分值', '一级指标', '三级指标', '项目名称'],
  parse: (region, confidence) => {
    const title = region.titleRow !== undefined && region.titleCol !== undefined ? region.grid.norm(region.titleRow, region.titleCol) : '';
    return /汇总表$/.test(title) ? parseSelfEvalSummary(region, confidence) : parseProject(region, confidence);
  },
};
