import { toA1 } from '../../model/address';
import { defineRule } from '../rule';
import { at, excerpt } from './support-text';

/**
 * Template text left unfilled (GovBudgetChecker V33-112): “XX”/“××” slots, “待填写”, and sentences
 * filled mechanically with zeros — seed 000 “组织对无等0个0级项目开展了部门评价”, seed 002
 * “选取我单位2023年度0项目开展重点绩效评价…等级为无”.
 */
const PLACEHOLDERS: RegExp[] = [
  /(?<![A-Za-z])[XxＸｘ×]{2,}(?![A-Za-z])/g,
  /待填写|待补充|请填写|此处填写/g,
  /无等0个|0个0级/g,
  /(?<![\d.,，])0个?项目/g,
  /等级为[“"]?无(?![\u4e00-\u9fff])[”"]?/g,
];

/** Something each pattern above needs: most text cells have none of these and skip the five scans. */
const MAY_HOLD_PLACEHOLDER = /[XxＸｘ×]|填写|补充|0个|0项目|等级为/;

export const s6Placeholders = defineRule({
  code: 'S-6',
  title: '未替换的占位内容',
  severity: 'warning',
  group: 'structure',
  description: '文字中不得留有模板占位内容：XX、××、待填写，以及“无等0个0级项目”“0项目…等级为无”之类用0机械填充的句子',
  messages: {
    placeholder: '{sheet} {cell} 留有占位内容{items}：“{excerpt}”',
  },
  check(ctx) {
    for (const cell of ctx.tables.textCells()) {
      if (!MAY_HOLD_PLACEHOLDER.test(cell.text)) continue;
      const hits: { index: number; text: string }[] = [];
      for (const pattern of PLACEHOLDERS) for (const m of cell.text.matchAll(pattern)) hits.push({ index: m.index ?? 0, text: m[0] });
      if (hits.length === 0) continue;
      hits.sort((a, b) => a.index - b.index);
      ctx.report({
        messageId: 'placeholder',
        cells: [at(cell.sheet, cell.pos)],
        data: { sheet: cell.sheet, cell: toA1(cell.pos), items: [...new Set(hits.map((h) => `“${h.text}”`))].join(''), excerpt: excerpt(cell.text, hits[0].index, hits[0].text.length, 20) },
      });
    }
  },
});
