import type { CellLocation } from '../../finding';
import { toA1 } from '../../model/address';
import type { TableSet } from '../../tables/table-set';
import type { ValueCell } from '../../values/value-cell';
import type { RuleContext, UnitType } from '../rule';

export interface KnownUnitType {
  type: UnitType;
  /** Where it comes from, for messages: 审核选项, the 情况说明 sentence, or the 统计表 line filled. */
  source: string;
  cell?: CellLocation;
}

/**
 * “本单位为参照公务员法管理的事业单位”, “我中心属于公益一类事业单位”, “单位性质：行政单位”: the unit
 * speaking of itself. Definitions (名词解释 “行政单位和参照公务员法管理的事业单位…”) have no subject
 * and do not match.
 */
const SELF = /(?:本单位|我单位|本中心|我中心|本部门|我部门|单位性质|单位类型)[^。；]{0,20}?(参照公务员法管理的?事业单位|参公(?:管理)?事业单位|行政单位|(?:公益[一二]类|全额拨款|差额拨款|自收自支)?事业单位)/;

function typeOfWords(words: string): UnitType {
  if (/参照公务员法|参公/.test(words)) return '参公事业单位';
  return words === '行政单位' ? '行政单位' : '事业单位';
}

/** The unit type the workbook's own text states, when every statement agrees (read once per audit: X-13 and T10-3 ask). */
export function statedUnitType(ctx: RuleContext): KnownUnitType | undefined {
  return ctx.tables.derive(readStatedUnitType);
}

function readStatedUnitType(tables: TableSet): KnownUnitType | undefined {
  const found: KnownUnitType[] = [];
  for (const t of tables.textCells()) {
    if (!t.text.includes('单位') || !/本|我|性质|类型/.test(t.text)) continue;
    const m = SELF.exec(t.text.replace(/\s+/g, ''));
    if (m) found.push({ type: typeOfWords(m[1]), source: `${t.sheet} ${toA1(t.pos)}“${m[0]}”`, cell: { sheet: t.sheet, cell: toA1(t.pos) } });
  }
  return found.length > 0 && found.every((f) => f.type === found[0].type) ? found[0] : undefined;
}

const filled = (c: ValueCell | undefined) => c !== undefined && c.kind === 'number' && !c.value.isZero();

/**
 * 单位类型 for 机关运行经费 (X-13, T10-3): the audit option; else what the workbook says of itself;
 * else which 机关运行经费 line of the 相关信息统计表 is filled (行次5 行政单位, 行次6 参公事业单位,
 * neither: no 机关运行经费, as an ordinary 事业单位). Undefined when both lines are filled.
 */
export function unitTypeOf(ctx: RuleContext): KnownUnitType | undefined {
  if (ctx.options.unitType) return { type: ctx.options.unitType, source: '审核选项' };
  const stated = statedUnitType(ctx);
  if (stated) return stated;
  const t10 = ctx.tables.get('T10');
  if (!t10) return undefined;
  const admin = filled(t10.line(5)?.values.get(1));
  const civil = filled(t10.line(6)?.values.get(1));
  if (admin && civil) return undefined;
  const type: UnitType = admin ? '行政单位' : civil ? '参公事业单位' : '事业单位';
  return { type, source: `相关信息统计表所填机关运行经费行次推断` };
}
