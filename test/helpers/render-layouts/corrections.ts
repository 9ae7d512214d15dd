import { audit } from '../../../src/engine/audit';
import type { CellSnapshot, SheetSnapshot } from '../../../src/engine/model/snapshot';
import { Decimal } from '../../../src/engine/money/decimal';
import type { LCell, LTable, SeedLogical } from './model';

/**
 * The precision corpus (issue 6 item 7): each seed with the inconsistencies domain-rules.md §7
 * lists corrected, in code, so every rendering of it must draw no error and no warning.
 *
 * Corrections, by §7 number:
 * - 000-2 总分 = Σ三级指标得分 + 预算执行得分 (96.76 → 94.56);
 * - 000-3 产出指标 分值 47 → 50 (the last 成本指标 分值 +3), so Σ分值 = 90;
 * - 000-4 年度目标 “共计158.8万元” → the sum of its parts, 148.97;
 * - 000-12 行次/栏次 printed “1.00” → “1”; half-width punctuation in Chinese sentences → full-width;
 * - 002-1 汇总表 单位名称 → the tables' 焦作市人力资源社会保障电子政务中心;
 * - 002-4 T06 30108 7.88 → 7.91 and 30110 3.69 → 3.70 as T05 2080505/2101102, the 0.04 taken
 *   from 30101 基本工资 (33.22 → 33.18) so 301, 人员经费合计 and X-7 stay as printed;
 * - 002-10 T01 行次60 “年末结转与结余” → “年末结转和结余”;
 * - 004-1 年初预算数 = 全年预算数 and the analysis texts' “预算下达…万元 … 执行率为…%” stated
 *   for the 全年预算数 (100 %); 004-4 预算单位 144001 → 144004; punctuation as in 000;
 *   财政拨款收入支出决算总表 “资源勘探工业信息支出”/“自然资源海洋气象支出” → “…等支出” (T01-8).
 */

function setCell(table: LTable, find: (c: LCell) => boolean, s: (c: LCell) => string): void {
  for (const col of table.columns) for (const cell of [col.number, ...col.cells]) if (find(cell)) cell.s = s(cell);
  for (const block of table.t06?.blocks ?? []) for (const e of block) for (const cell of [e.code, e.name, ...e.amounts]) if (find(cell)) cell.s = s(cell);
}

function t06Amount(table: LTable, code: string, value: string): void {
  const entry = table.t06!.blocks.flat().find((e) => e.code.s === code)!;
  entry.amounts[0].s = value;
}

export function correctLogical(logical: SeedLogical): SeedLogical {
  const tables = logical.tables;
  const byId = (id: string) => tables.find((t) => t.id === id)!;
  if (logical.seed === '000') for (const t of tables) setCell(t, (c) => /^\d+\.00$/.test(c.s) && (t.columns.some((col) => col.number === c) || t.columns.some((col) => col.kind === 'lineNo' && col.cells.includes(c))), (c) => String(Number(c.s)));
  if (logical.seed === '002') {
    setCell(byId('T01'), (c) => c.s === '年末结转与结余', () => '年末结转和结余');
    const t06 = byId('T06');
    t06Amount(t06, '30108', '7.91');
    t06Amount(t06, '30110', '3.70');
    t06Amount(t06, '30101', '33.18');
  }
  if (logical.seed === '004') {
    // T01-8: 财政拨款收入支出决算总表 class rows printed without “等”.
    setCell(byId('T04'), (c) => /^十四、资源勘探工业信息支出$|^十八、自然资源海洋气象支出$/.test(c.s), (c) => c.s.replace(/支出$/, '等支出'));
  }
  return logical;
}

const CJK = '[\\u4e00-\\u9fff]';
const HALF_WIDTH: [RegExp, string][] = [
  [new RegExp(`(${CJK}|\\d|%),(?=${CJK})|(${CJK}),`, 'g'), '$1$2，'],
  [new RegExp(`(${CJK}|\\d);`, 'g'), '$1；'],
  [new RegExp(`(${CJK}):`, 'g'), '$1：'],
];

function editText(sheet: SheetSnapshot, edit: (text: string) => string): void {
  for (const row of sheet.cells) {
    if (!row) continue;
    row.forEach((cell, c) => {
      if (!cell || typeof cell.value !== 'string') return;
      const text = edit(cell.value);
      if (text !== cell.value) row[c] = { ...cell, value: text, text };
    });
  }
}

function setNumber(sheet: SheetSnapshot, pos: { row: number; col: number }, value: Decimal, decimals: number): void {
  const old = sheet.cells[pos.row][pos.col] as CellSnapshot;
  sheet.cells[pos.row][pos.col] = { ...old, value: value.toNumber(), text: value.toFixed(decimals) };
}

/** Corrects the 自评表 and 汇总表 sheets (copied unchanged into every rendering). */
export function correctCopied(seed: string, sheets: SheetSnapshot[]): SheetSnapshot[] {
  const copies = sheets.map((s) => structuredClone(s));
  for (const sheet of copies) {
    editText(sheet, (t) => HALF_WIDTH.reduce((s, [re, to]) => s.replace(re, to), t));
    if (seed === '002') editText(sheet, (t) => (t === '焦作市居民卡服务中心' ? '焦作市人力资源社会保障电子政务中心' : t));
    if (seed === '004') editText(sheet, (t) => t.replace('144001-', '144004-'));
  }
  const { selfEvals } = audit({ sheets: copies }).tableSet;
  for (const pe of selfEvals) {
    const sheet = copies.find((s) => s.name === pe.sheet)!;
    if (seed === '000') {
      const output = pe.indicators.filter((i) => i.level1 === pe.indicators[0].level1);
      const last = output[output.length - 1].weight;
      setNumber(sheet, last.pos, last.value.plus(3), last.decimals);
      const scores = pe.indicators.reduce((s, i) => s.plus(i.score.value), new Decimal(0)).plus(pe.funds[0].score!.value);
      setNumber(sheet, pe.total!.pos, scores, pe.total!.decimals);
      editText(sheet, (t) => t.replace('共计158.8万元', '共计148.97万元'));
    }
    if (seed === '004') {
      const fund = pe.funds[0];
      const initial = fund.compiled ?? fund.declared;
      const budget = fund.annualBudget!;
      for (const line of pe.funds) {
        const full = line.annualBudget;
        if (full?.kind === 'number') for (const cell of [line.declared, line.compiled]) if (cell?.kind === 'number') setNumber(sheet, cell.pos, full.value, full.decimals);
      }
      const was = initial!.value.toString();
      editText(sheet, (t) => t.replace(`预算下达${was}万元`, `预算下达${budget.value.toString()}万元`).replace(/预算执行率为[\d.]+%/, '预算执行率为100%'));
    }
  }
  return copies;
}
