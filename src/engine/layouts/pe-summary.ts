import type { Region } from '../recognize/region';
import type { SelfEval } from '../tables/self-eval';
import { readPercentCell } from '../values/read-percent';
import { captionColumns, findRow } from './common/header-row';
import { readMeta } from './common/meta';
import type { LayoutOutcome } from './layout';

const COLUMNS: Record<string, RegExp> = {
  unitCode: /^单位编码/,
  unitName: /^单位名称/,
  department: /^主管部门名称/,
  projectName: /^项目名称/,
  annualBudget: /^全年预算数/,
  executed: /^全年执行数/,
  rate: /^预算执行率|^执行率/,
  total: /^自评得分|^总分/,
};

/** 项目单位自评汇总表 (河南 seed 002): one row per project, totals only. */
export function parseSelfEvalSummary(region: Region, confidence: number): LayoutOutcome {
  const { grid } = region;
  const header = findRow(region, ['项目名称']);
  if (header === undefined) return { failure: '汇总表中没有“项目名称”栏' };
  const { meta, unit } = readMeta(region, header);
  const cols = captionColumns(grid, [header], Object.entries(COLUMNS));
  if (!cols.has('annualBudget') || !cols.has('executed')) return { failure: '汇总表中没有“全年预算数/全年执行数”栏' };
  const items: SelfEval[] = [];
  for (let r = header + 1; r <= region.bottom; r++) {
    const nameCol = cols.get('projectName')!;
    const name = grid.text(r, nameCol);
    if (!name) continue;
    const cell = (field: string) => {
      const col = cols.get(field);
      return col === undefined ? undefined : grid.valueCell(r, col, unit ?? '万元');
    };
    const text = (field: string) => {
      const col = cols.get(field);
      return col === undefined || !grid.text(r, col) ? undefined : { text: grid.text(r, col), pos: { row: r, col } };
    };
    const code = text('unitCode');
    const unitName = text('unitName');
    const rateCol = cols.get('rate');
    items.push({
      sheet: grid.name,
      range: grid.usedRect(r, r) ?? { top: r, left: 0, bottom: r, right: 0 },
      meta,
      variant: 'summary',
      confidence,
      projectName: { text: name, pos: { row: r, col: nameCol } },
      department: text('department'),
      budgetUnit: code && unitName ? { text: `${code.text}-${unitName.text}`, pos: code.pos } : (unitName ?? code),
      funds: [
        {
          label: { text: '资金总额', pos: { row: r, col: nameCol } },
          annualBudget: cell('annualBudget'),
          executed: cell('executed'),
          rate: rateCol === undefined ? undefined : readPercentCell(grid.name, { row: r, col: rateCol }, grid.cell(r, rateCol)),
        },
      ],
      indicators: [],
      total: cols.has('total') ? grid.valueCell(r, cols.get('total')!) : undefined,
      analysis: [],
      analysisLabels: [],
    });
  }
  if (items.length === 0) return { failure: '汇总表中没有项目行' };
  return { selfEvals: items };
}
