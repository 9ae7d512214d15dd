// Cases of the narrative rules (N-*, S-5, SG-4, PE-11) on the seed disclosures: the seed's own
// 第三部分 (with its published errors, domain-rules §7), the narrative the generator writes from
// the same tables (accepted: it must draw no finding), and that narrative with one figure changed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateNarrative } from '../../../../src/engine/narrative/generate';
import { recognizeWorkbook } from '../../../../src/engine/recognize/recognize-workbook';
import type { WorkbookSnapshot } from '../../../../src/engine/model/snapshot';
import { seedWorkbook, textSheet, withSheets, type SeedName } from '../../../helpers/cross-grids';
import type { CaseBook } from '../../../helpers/rule-tester';

const SHEET = '情况说明文字';

function seedInputs(seed: SeedName): Record<string, string | number> {
  return JSON.parse(readFileSync(join(__dirname, '../../../data/narrative-inputs', `seed-${seed}.json`), 'utf8')).inputs;
}

/** The seed's own 第三部分 as published, one line per row. */
function seedNarrative(seed: SeedName): string[] {
  return readFileSync(join(__dirname, '../../../data/seeds', seed, 'narrative.txt'), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
}

/**
 * The generated narrative (static text) with every input given. Reasons are the user's words and
 * the seeds' own are sloppy (amounts without units): a plain stand-in replaces every reason here.
 */
export function generatedLines(seed: SeedName, base: WorkbookSnapshot = seedWorkbook(seed)): string[] {
  const tables = recognizeWorkbook(base);
  const first = generateNarrative(tables, { inputs: seedInputs(seed), mode: 'static' });
  const filled: Record<string, string | number> = { ...seedInputs(seed) };
  for (const label of Object.keys(filled)) if (/原因/.test(label)) filled[label] = '工作任务调整';
  for (const label of first.missing) filled[label] = /原因/.test(label) ? '工作任务调整' : 0;
  return generateNarrative(tables, { inputs: filled, mode: 'static' }).rows.map((r) => r.text);
}

function withLines(seed: SeedName, lines: string[]): () => WorkbookSnapshot {
  return () => withSheets(seedWorkbook(seed), textSheet(SHEET, ...lines));
}

/** The generated narrative with `from` replaced by `to` in the first line that holds it. */
function changed(seed: SeedName, from: string | RegExp, to: string): () => WorkbookSnapshot {
  return () => {
    const base = seedWorkbook(seed);
    const lines = generatedLines(seed, base);
    const i = lines.findIndex((l) => (typeof from === 'string' ? l.includes(from) : from.test(l)));
    if (i < 0) throw new Error(`生成的情况说明中没有“${String(from)}”`);
    lines[i] = lines[i].replace(from, to);
    return withSheets(base, textSheet(SHEET, ...lines));
  };
}

const generated = (seed: SeedName) => ({ name: `seed ${seed} 生成的情况说明`, workbook: () => withSheets(seedWorkbook(seed), textSheet(SHEET, ...generatedLines(seed))) });
const ACCEPT_GENERATED = (['000', '002', '004'] as const).map(generated);
const seedText = (seed: SeedName) => withLines(seed, seedNarrative(seed));

export const cases: CaseBook = {
  'N-AMT-1': {
    accept: [...ACCEPT_GENERATED, { name: 'seed 004 元 amounts in a 万元 document (3898065.04元 = 389.81万元)', workbook: seedText('004') }],
    reject: [
      { name: '000-1 住房公积金 467700元 for 46,700.00', workbook: seedText('000'), expect: [{ severity: 'error', messageIncludes: '住房公积金' }] },
      { name: 'class amount changed', workbook: changed('002', '170.62万元', '107.62万元'), expect: [{ severity: 'error', messageIncludes: '社会保障和就业支出' }] },
    ],
  },
  'N-SHARE-1': {
    accept: [...ACCEPT_GENERATED, { name: 'seed 000 shares 94.94 / 1.90 / 3.17 / 46.99 / 53.01 / 43.65 / 3.34', workbook: seedText('000') }],
    reject: [{ name: 'share of a class', workbook: changed('000', '占比94.94%', '占比95.94%'), expect: [{ severity: 'error', messageIncludes: '95.94' }] }],
  },
  'N-COMP-1': {
    accept: [...ACCEPT_GENERATED, { name: 'seed 002 completion rates (99.76, 96.7, 96.61, 96.42)', workbook: seedText('002') }],
    reject: [
      { name: '(预算 − 决算) ÷ 预算 printed as the rate', workbook: changed('000', '完成年初预算的86.53%', '完成年初预算的13.47%'), expect: [{ severity: 'error', messageIncludes: '(预算 − 决算)' }] },
      { name: '000-13 三公 budget 0 yet 完成全年预算的0%', workbook: seedText('000'), expect: [{ severity: 'info' }] },
    ],
  },
  'N-YOY-1': {
    accept: [...ACCEPT_GENERATED, { name: 'seed 000 17.76% and 70,688.22 / 11.36%', workbook: seedText('000') }, { name: 'seed 004 11.72% / 13.76%', workbook: seedText('004') }],
    reject: [{ name: 'rate does not follow from the change', workbook: changed('004', '下降11.72%', '下降12.72%'), expect: [{ severity: 'error', messageIncludes: '12.72' }] }],
  },
  'N-YOY-2': {
    accept: [...ACCEPT_GENERATED, { name: 'seed 002', workbook: seedText('002') }],
    reject: [{ name: '减少 … 增长', workbook: changed('000', '，下降17.76%', '，增长17.76%'), expect: [{ severity: 'error', messageIncludes: '增长' }] }],
  },
  'N-YOY-3': {
    accept: [...ACCEPT_GENERATED],
    reject: [
      {
        name: '增长100% on a zero base',
        workbook: changed('004', /收入总计减少68\.63万元，下降11\.72%/, '收入总计增加516.85万元，增长100.00%'),
        expect: [{ severity: 'warning', messageIncludes: '上年数为 0' }],
      },
    ],
  },
  'N-YOY-4': {
    accept: [...ACCEPT_GENERATED, { name: 'seed 000 一 / 四 / 五（一）', workbook: seedText('000') }],
    reject: [{ name: '四 states another change for the same figure', workbook: changed('004', '财政拨款支出总计减少68.63万元，下降13.76%', '财政拨款支出总计减少68.36万元，下降13.71%'), expect: [{ severity: 'error' }] }],
  },
  'N-LIST-1': {
    accept: [...ACCEPT_GENERATED, { name: 'seed 004 lists only non-zero items', workbook: seedText('004') }],
    reject: [{ name: '002-2 印刷费 and 邮电费 listed at 0.00', workbook: seedText('002'), expect: [{ severity: 'warning', messageIncludes: '印刷费' }] }],
  },
  'N-REASON-1': {
    accept: [
      ...ACCEPT_GENERATED,
      { name: 'seed 002 gives every reason', workbook: seedText('002') },
      // S-6 reports the placeholder; the missing reason is that one finding, not a second.
      { name: 'reason left as a 【请填写】 placeholder', workbook: changed('000', /主要原因是[^。]*。/, '主要原因是【请填写：收入支出总计变动原因】。') },
    ],
    reject: [
      { name: '004-6 87.5% without a reason', workbook: seedText('004'), expect: [{ severity: 'warning', messageIncludes: '社会保障和就业支出' }] },
      { name: 'reason left empty', workbook: changed('000', /主要原因是[^。]*。/, '主要原因是。'), expect: [{ severity: 'warning', messageIncludes: '没有写原因' }] },
    ],
  },
  'N-UNIT-1': {
    accept: [...ACCEPT_GENERATED, { name: 'seed 000 all in 元', workbook: seedText('000') }],
    reject: [{ name: '004-6/004-7 元 amounts and amounts without unit in a 万元 document', workbook: seedText('004'), expect: [{ severity: 'warning', messageIncludes: '没有写单位' }, { severity: 'warning', messageIncludes: '万元和元' }] }],
  },
  'S-5': {
    accept: [...ACCEPT_GENERATED, { name: 'seed 002 headings', workbook: seedText('002') }],
    reject: [{ name: '000-7 六 repeats 五’s heading', workbook: seedText('000'), expect: [{ severity: 'warning', messageIncludes: '重复' }, { severity: 'warning', messageIncludes: '基本支出决算情况说明' }] }],
  },
  'SG-4': {
    accept: [...ACCEPT_GENERATED, { name: 'seed 002 explains 0.00 against 0.20', workbook: seedText('002') }],
    reject: [{ name: '决算 ≠ 预算 without a reason', workbook: changed('002', /决算数小于预算数的主要原因是[^。]*。/, ''), expect: [{ severity: 'warning' }] }],
  },
  'PE-11': {
    // Seed 002's counts and funds agree; its notes (002-7 coverage “100%”, 002-8 two names) are rejects below.
    accept: [...ACCEPT_GENERATED, { name: 'seed 002 4 projects, 50.32万元', workbook: seedText('002'), allowInfo: true }],
    reject: [
      { name: '000-2 指标完成情况得分 89 and 总得分 96.76', workbook: seedText('000'), expect: [{ severity: 'error', messageIncludes: '86.8' }, { severity: 'error', messageIncludes: '94.56' }] },
      { name: '000-5 整体 全年预算数 below 基本支出 + project budget', workbook: seedText('000'), expect: [{ severity: 'error', messageIncludes: '部门整体' }] },
      { name: '004-2 资金139.8万元 for 141.525', workbook: seedText('004'), expect: [{ severity: 'error', messageIncludes: '139.8' }] },
      { name: '000-11 资金1007943.96元 占项目支出总额的100% (项目支出 781,943.33): ambiguous denominator', workbook: seedText('000'), expect: [{ severity: 'info', messageIncludes: '128.90%' }] },
      { name: '002-7 实现绩效自评“100%” for 50.32 ÷ 52.71 = 95.47%', workbook: seedText('002'), expect: [{ severity: 'info', messageIncludes: '= 95.47%' }] },
      { name: '002-8 金保工程运转经费项目 then 金保工程统一软件运行项目', workbook: seedText('002'), expect: [{ severity: 'info', messageIncludes: '金保工程统一软件运行项目' }] },
    ],
  },
};
