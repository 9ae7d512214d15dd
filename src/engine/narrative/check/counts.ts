import type { CellLocation } from '../../finding';
import type { ValueCell } from '../../values/value-cell';
import type { Facts } from '../facts';
import type { SectionId } from '../paragraph';
import { printed, type Printed } from './printed';
import type { SectionText } from './read-narrative';

/** A printed count (辆, 台（套）) that names a count a table holds (N-AMT-1). */
export interface CountMention {
  section: SectionId;
  name: string;
  printed: Printed;
  at: CellLocation;
  cell: ValueCell;
  /** Where the table holds the count itself: 'equal'; 保有量 against 车辆数合计 (all vehicles, not only those the 财政拨款 pays for): 'atMost'. */
  relation: 'equal' | 'atMost';
  /** What the table cell is: “相关信息统计表 车辆数合计（行次7）”. */
  tableName: string;
}

interface CountSpec {
  name: string;
  /** Regex source of the words before the count. */
  label: string;
  cell: ValueCell | undefined;
  relation?: 'atMost';
  tableName: string;
}

const T10 = '相关信息统计表';
const T3G = '“三公”经费支出决算表';

/** 国有资产: vehicles by kind (行次8–15) as the variants word them. */
const VEHICLE_KINDS: Array<[number, string, string]> = [
  [8, '副部（省）级及以上领导用车', '(?:副部[（(]省[)）]级及以上|省级)领导(?:干部)?用车'],
  [9, '主要负责人用车', '主要(?:负责人|领导干部|领导)用车'],
  [10, '机要通信用车', '机要通信用车'],
  [11, '应急保障用车', '应急保障用车'],
  [12, '执法执勤用车', '执法执勤用车'],
  [13, '特种专业技术用车', '特种专业技术用车'],
  [14, '离退休干部服务用车', '离退休干部(?:服务)?用车'],
  [15, '其他用车', '其他用车'],
];

/** The counts each section names, with the table cell that holds each (none: the count is the user's input). */
function specs(f: Facts, section: SectionId): CountSpec[] {
  if (section === '三公总体' || section === '三公具体') {
    const boughtCell = f.t10Labelled(/购置/) ?? f.t3gCount(/购置/);
    const heldCell = f.t10Labelled(/保有量/) ?? f.t3gCount(/保有量/);
    const bought: CountSpec = { name: '购置公务用车', label: '购置(?:了)?(?:公务用车|车辆)(?:共)?', cell: boughtCell, tableName: f.t10Labelled(/购置/) ? T10 : T3G };
    const held: CountSpec = heldCell
      ? { name: '公务用车保有量', label: '保有量(?:为|是)?(?:共)?', cell: heldCell, tableName: f.t10Labelled(/保有量/) ? T10 : T3G }
      : { name: '公务用车保有量', label: '保有量(?:为|是)?(?:共)?', cell: f.t10Line(7), relation: 'atMost', tableName: `${T10} 车辆数合计（行次7）` };
    return [bought, held];
  }
  if (section === '国有资产') {
    return [
      { name: '车辆数合计', label: '共有车辆', cell: f.t10Line(7), tableName: `${T10} 行次7` },
      ...VEHICLE_KINDS.map(([line, name, label]) => ({ name, label, cell: f.t10Line(line), tableName: `${T10} 行次${line}` })),
      { name: '单价100万元（含）以上设备', label: '设备[（(]不含车辆[)）]', cell: f.t10Line(17), tableName: `${T10} 行次17` },
    ];
  }
  return [];
}

/** “购置公务用车0辆”, “保有量共0辆车”, “共有车辆3辆”: each count a table holds. */
export function countMentions(f: Facts, section: SectionText): CountMention[] {
  const out: CountMention[] = [];
  for (const spec of specs(f, section.id)) {
    if (!spec.cell || !(spec.cell.kind === 'number' || spec.cell.kind === 'blank')) continue;
    for (const m of section.text.matchAll(new RegExp(`(?:${spec.label})\\s*(\\d+)\\s*(?:辆|台)`, 'g'))) {
      const at = m.index! + m[0].lastIndexOf(m[1]);
      if (out.some((c) => c.printed.index === at)) continue;
      out.push({ section: section.id, name: spec.name, printed: printed(m[1], undefined, at, at + m[1].length), at: section.cellAt(at), cell: spec.cell, relation: spec.relation ?? 'equal', tableName: spec.tableName });
    }
  }
  return out;
}
