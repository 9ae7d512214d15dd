import type { CellLocation } from '../../finding';
import { fromYuan, toYuan, type AmountUnit } from '../../money/unit';
import type { NarrativeAnalysis } from './analyze';
import { amountAt, figureOf, printed, type Figure, type Printed } from './printed';
import type { SectionText } from './read-narrative';
import { addAmount, remember } from './record';

/** A printed amount that cannot exceed another: 中小企业 ≤ 政府采购支出总额, 小微企业 ≤ 中小企业 (§5.2 十（二）). */
export interface BoundMention {
  section: SectionText['id'];
  name: string;
  printed: Printed;
  value: Figure;
  at: CellLocation;
  limit: Figure;
  limitName: string;
}

/** A figure in the document's unit, so a share or a bound never mixes 元 and 万元. */
function inUnit(f: Figure, unit: AmountUnit): Figure {
  return f.unit === unit ? f : { ...f, value: fromYuan(toYuan(f.value, f.unit), unit), unit };
}

/** The narrative's own figure where no table holds it (the 中小企业 amounts are usually inputs). */
function printedFigure(p: Printed, unit: AmountUnit): Figure {
  return inUnit({ value: p.value, unit: p.unit ?? unit, decimals: p.decimals, cells: [] }, unit);
}

const SHARE = /^\s*[，,]?\s*(?:占比|占)([^\d%，。；]{0,14}?)(\d+(?:\.\d+)?)\s*[%％]/;

/**
 * 十（二）政府采购: the 中小企业 / 小微企业 contract amounts against the 相关信息统计表 rows that hold
 * them (templates that add them), their shares of 政府采购支出总额 (T10 行次1; 河南: 小微 of 中小企业),
 * and M ≤ S ≤ 总额.
 */
export function procurementMentions(a: NarrativeAnalysis, section: SectionText): void {
  const f = a.facts;
  const text = section.text;
  const unit = a.unit;
  let total = f.t10 ? figureOf([f.t10Line(1)], unit) : undefined;
  if (!total) {
    const m = /政府采购支出总额(?:为|是)?[:：]?(?=\s*\d)/.exec(text);
    const p = m ? amountAt(text, m.index + m[0].length) : undefined;
    if (p) total = printedFigure(p, unit);
  }
  const fromTable = { 中小企业: figureOf([f.t10Labelled(/中小企业/, /小微/)], unit), 小微企业: figureOf([f.t10Labelled(/小微企业/)], unit) };
  let sme: Figure | undefined;
  for (const m of text.matchAll(/(?:授予)?(中小企业|小微企业)(?:的)?合同(?:金额)?(?:为|是|共)?[:：]?(?=\s*\d)/g)) {
    const p = amountAt(text, m.index! + m[0].length);
    if (!p) continue;
    const kind = m[1] as keyof typeof fromTable;
    const name = `授予${kind}合同金额`;
    const held = fromTable[kind];
    if (held) addAmount(a, section, name, p, held);
    else remember(a, section, p);
    const part = inUnit(held ?? printedFigure(p, unit), unit);
    if (kind === '中小企业') sme = part;
    const limit = kind === '中小企业' ? { figure: total, name: '政府采购支出总额' } : { figure: sme, name: '授予中小企业合同金额' };
    if (limit.figure) a.bounds.push({ section: section.id, name, printed: p, value: part, at: section.cellAt(p.index), limit: inUnit(limit.figure, unit), limitName: limit.name });
    const share = SHARE.exec(text.slice(p.end));
    if (!share) continue;
    const ofSme = /中小企业/.test(share[1]);
    const base = ofSme ? sme : total;
    if (!base || (kind === '中小企业' && ofSme)) continue;
    const at = p.end + share[0].lastIndexOf(share[2]);
    a.shares.push({
      section: section.id,
      name,
      whole: ofSme ? '授予中小企业合同金额' : '政府采购支出总额',
      rate: printed(share[2], undefined, at, at + share[2].length),
      at: section.cellAt(at),
      part,
      base: inUnit(base, unit),
    });
  }
}
