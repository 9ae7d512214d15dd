import type { CellLocation } from '../finding';
import type { WorkbookSnapshot } from '../model/snapshot';
import type { ChangePlan, CellWrite, NewSheetPlan } from '../plan/change-plan';
import { uniqueSheetName } from '../plan/report-plan';
import type { UnitType } from '../rules/rule';
import type { TableSet } from '../tables/table-set';
import { Facts } from './facts';
import { INPUT_HEADER, INPUT_SHEET, InputBook, type NarrativeInputs } from './inputs';
import { heading, SECTION_IDS, type Paragraph, type SectionId } from './paragraph';
import type { Ctx } from './phrases';
import { PARTS } from './section-layout';
import { fiscalOverall, income, overall, spending } from './sections-overview';
import { basic, generalDetail, generalOverall, generalStructure } from './sections-general';
import { governmentFunds, stateCapital } from './sections-funds';
import { threePublicDetail, threePublicOverall } from './sections-three-public';
import { assets, procurement, runningCosts } from './sections-other';
import { performance } from './sections-performance';
import { renderFormula, renderStatic, sourcesOf, type Piece } from './text-expr';
import { detectVariant, type NarrativeVariant } from './variant';

export const NARRATIVE_SHEET = '情况说明';

/** Excel's formula limit is 8,192 characters; stay clear of it. */
const FORMULA_LIMIT = 8000;

export interface NarrativeOptions {
  variant?: NarrativeVariant;
  /** The sections to write; all by default. */
  sections?: readonly SectionId[];
  inputs?: NarrativeInputs;
  /** 'formula' (default): live text that follows the tables; 'static': plain text. */
  mode?: 'formula' | 'static';
  unitType?: UnitType;
}

/** One row of the 情况说明 sheet. */
export interface NarrativeRow {
  section: Paragraph['section'];
  heading: boolean;
  text: string;
  formula?: string;
  sources: CellLocation[];
}

export interface NarrativeResult {
  variant: NarrativeVariant;
  rows: NarrativeRow[];
  /** Input labels still blank (shown as 【请填写：…】). */
  missing: string[];
  /** The new sheets: 情况说明 (and 情况说明数据 when the workbook has none). */
  plan: ChangePlan;
  sheetName: string;
  inputSheet: string;
}

type Generator = (ctx: Ctx, f: Parameters<typeof overall>[1]) => Paragraph[];

const GENERATORS: Record<SectionId, Generator> = {
  收入支出总体: overall,
  收入: income,
  支出: spending,
  财政拨款收支总体: fiscalOverall,
  一般公共预算总体: generalOverall,
  一般公共预算结构: generalStructure,
  一般公共预算具体: generalDetail,
  基本支出: basic,
  政府性基金: governmentFunds,
  国有资本经营: stateCapital,
  三公总体: threePublicOverall,
  三公具体: threePublicDetail,
  机关运行经费: runningCosts,
  政府采购: procurement,
  国有资产: assets,
  预算绩效: performance,
};

/**
 * 第三部分 情况说明 from the recognized tables and the inputs: pure. Every figure is a table or
 * input cell; the text of each row is given twice, as plain text and as an Excel formula that
 * recomputes it (the two agree character for character).
 */
export function generateNarrative(tables: TableSet, options: NarrativeOptions = {}): NarrativeResult {
  const workbook: WorkbookSnapshot = tables.workbook;
  const names = workbook.sheets.map((s) => s.name);
  const facts = new Facts(tables);
  const variant = options.variant ?? detectVariant(tables);
  const existingInputs = names.find((n) => n === INPUT_SHEET);
  const inputs = existingInputs ? InputBook.fromSheet(workbook, existingInputs, options.inputs) : new InputBook(INPUT_SHEET, false, { ...(options.unitType ? { 单位类型: options.unitType } : {}), ...options.inputs });
  const ctx: Ctx = { variant, unit: facts.unit, year: facts.year?.replace(/\D/g, '') || '【请填写：年度】', unitName: facts.unitName ?? '本部门（单位）', inputs };
  const chosen = new Set<SectionId>(options.sections ?? SECTION_IDS);
  const paragraphs: Paragraph[] = [heading('标题', `第三部分 ${ctx.year}年度${ctx.unitName}决算情况说明`)];
  for (const part of PARTS[variant]) {
    const sections = part.sections.filter((s) => chosen.has(s.id));
    if (sections.length === 0) continue;
    paragraphs.push(heading(sections[0].id, part.title));
    for (const s of sections) {
      if (s.title) paragraphs.push(heading(s.id, s.title));
      paragraphs.push(...GENERATORS[s.id](ctx, facts));
    }
  }
  const mode = options.mode ?? 'formula';
  const rows = paragraphs.flatMap((p) => toRows(p, mode));
  const sheetName = uniqueSheetName(NARRATIVE_SHEET, names);
  const newSheets: NewSheetPlan[] = [narrativeSheet(sheetName, rows)];
  if (!inputs.exists && inputs.rows().length > 0) newSheets.push(inputSheet(inputs));
  const missing = inputs.rows().filter((e) => e.value === undefined).map((e) => e.label);
  return { variant, rows, missing, plan: { newSheets }, sheetName, inputSheet: inputs.sheet };
}

/** A paragraph as one row, or several when its formula would pass Excel's limit. */
function toRows(p: Paragraph, mode: 'formula' | 'static'): NarrativeRow[] {
  const chunks: Piece[][] = [];
  let current: Piece[] = [];
  for (const piece of p.pieces) {
    if (mode === 'formula' && current.length > 0 && renderFormula([...current, piece]).length > FORMULA_LIMIT) {
      chunks.push(current);
      current = [];
    }
    current.push(piece);
  }
  chunks.push(current);
  return chunks.map((pieces) => {
    const sources = sourcesOf(pieces);
    const live = mode === 'formula' && sources.length > 0;
    return { section: p.section, heading: p.heading, text: renderStatic(pieces), formula: live ? renderFormula(pieces) : undefined, sources };
  });
}

function describe(at: CellLocation): string {
  return `${at.sheet}!${at.cell}`;
}

/** Column A the paragraphs (bold headings, wrapped), column B the cells each one draws on. */
function narrativeSheet(name: string, rows: NarrativeRow[]): NewSheetPlan {
  const cells: CellWrite[] = [{ sheet: name, cell: 'B1', value: '取数单元格', bold: true }];
  rows.forEach((row, i) => {
    const r = i + 1;
    cells.push({ sheet: name, cell: `A${r}`, value: row.text, formula: row.formula, bold: row.heading || undefined, wrap: true });
    if (row.sources.length > 0) cells.push({ sheet: name, cell: `B${r}`, value: row.sources.map(describe).join('、'), wrap: true });
  });
  return { name, columnWidths: { 0: 90, 1: 40 }, cells, userDocument: true };
}

function inputSheet(book: InputBook): NewSheetPlan {
  const name = book.sheet;
  const cells: CellWrite[] = INPUT_HEADER.map((text, c) => ({ sheet: name, cell: `${'ABC'[c]}1`, value: text, bold: true }));
  book.rows().forEach((e, i) => {
    const r = i + 2;
    cells.push({ sheet: name, cell: `A${r}`, value: e.label });
    cells.push({ sheet: name, cell: `B${r}`, value: e.value ?? null });
    if (e.hint) cells.push({ sheet: name, cell: `C${r}`, value: e.hint });
  });
  return { name, columnWidths: { 0: 44, 1: 24, 2: 40 }, cells };
}

