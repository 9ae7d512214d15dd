import { analyzeNarrative } from '../../narrative/check/analyze';
import type { HeadingLine } from '../../narrative/check/read-narrative';
import { defineRule } from '../rule';
import { where } from './support-narrative';

/** What the 一…六 headings say in every variant (§5.1). */
const EXPECTED: Record<string, { words: RegExp; title: string }> = {
  一: { words: /收入支出决算总体/, title: '收入支出决算总体情况说明' },
  二: { words: /收入决算/, title: '收入决算情况说明' },
  三: { words: /支出决算/, title: '支出决算情况说明' },
  四: { words: /财政拨款收(入)?支(出)?决算总体/, title: '财政拨款收支决算总体情况说明' },
  五: { words: /一般公共预算财政拨款支出决算/, title: '一般公共预算财政拨款支出决算情况说明' },
  六: { words: /基本支出决算/, title: '一般公共预算财政拨款基本支出决算情况说明' },
};

const titleOf = (h: HeadingLine): string => h.text.replace(/^\s*[一二三四五六七八九十]+\s*[、.．]\s*/, '').trim();

/** §4.11 S-5: section headings are unique and match the template (seed 000 prints 五's heading again for 六). */
export const s5Headings = defineRule({
  code: 'S-5',
  title: '情况说明标题唯一且符合模板',
  severity: 'warning',
  group: 'structure',
  description: '第三部分各部分标题不重复，一至六的标题与模板一致（如六应为“…基本支出决算情况说明”）',
  messages: {
    duplicate: '情况说明标题“{heading}”（{where}）与“{other}”（{otherWhere}）重复',
    template: '情况说明第{number}部分标题“{heading}”（{where}）应为“{expected}”',
  },
  check(ctx) {
    const a = analyzeNarrative(ctx.tables);
    if (!a) return;
    const tops = a.doc.headings.filter((h) => h.top);
    const seen = new Map<string, HeadingLine>();
    for (const h of tops) {
      const title = titleOf(h);
      const earlier = seen.get(title);
      if (earlier) ctx.report({ messageId: 'duplicate', cells: [h.at, earlier.at], data: { heading: h.text, where: where(h.at), other: earlier.text, otherWhere: where(earlier.at) } });
      else seen.set(title, h);
      const expected = EXPECTED[h.number];
      if (expected && (!expected.words.test(title) || (h.number === '五' && /基本支出/.test(title)))) {
        ctx.report({ messageId: 'template', cells: [h.at], data: { number: h.number, heading: h.text, where: where(h.at), expected: `${h.number}、${expected.title}` } });
      }
    }
  },
});
