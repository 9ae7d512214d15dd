import type { Rule, RuleGroup } from '../engine/rules/rule';
import type { OutputFormat } from './parse-args';
import { SEVERITY_WORDS } from '../engine/plan/severity';

const GROUP_WORDS: Record<RuleGroup, string> = {
  structure: '结构',
  table: '表内',
  'cross-table': '表间',
  performance: '绩效',
  narrative: '说明',
};

/** What `juesuan rules` shows of a rule. */
export type RuleSummary = Pick<Rule, 'code' | 'title' | 'severity' | 'group' | 'description'>;

/** A rule's (or a catalog entry's) summary, those fields only and always in this order. */
export function ruleSummary(r: RuleSummary): RuleSummary {
  return { code: r.code, title: r.title, severity: r.severity, group: r.group, description: r.description };
}

/** `juesuan rules`: every registered rule, from the registry (it grows; never a hand-kept copy). */
export function formatRules(rules: readonly RuleSummary[], format: OutputFormat): string {
  if (format === 'json') {
    return `${JSON.stringify({ version: 1, rules: rules.map(ruleSummary) }, null, 2)}\n`;
  }
  const width = Math.max(0, ...rules.map((r) => r.code.length));
  // The description (the identity checked) on its own indented line under the title, as in the JSON.
  const lines = rules.flatMap((r) => [`${r.code.padEnd(width)}  ${SEVERITY_WORDS[r.severity]}  ${GROUP_WORDS[r.group] ?? r.group}  ${r.title}`, `${' '.repeat(width + 2)}${r.description}`]);
  lines.push(`共 ${rules.length} 条规则（严重程度：错误 / 警告 / 提示；分组：结构 / 表内 / 表间 / 绩效 / 说明）`);
  return `${lines.join('\n')}\n`;
}
