import type { Finding } from '../finding';
import { NOTE_PREFIX } from './colors';
import { findingKey } from './finding-key';
import type { Explanations } from './mark-plan';
import { bySeverity, severityWord } from './severity';

function amounts(f: Finding): string | undefined {
  const parts: string[] = [];
  if (f.expected !== undefined) parts.push(`期望 ${f.expected}`);
  if (f.actual !== undefined) parts.push(`实际 ${f.actual}`);
  if (f.difference !== undefined) parts.push(`差额 ${f.difference}`);
  if (parts.length === 0) return undefined;
  return f.tolerance !== undefined ? `${parts.join('，')}（尾差范围 ${f.tolerance}）` : parts.join('，');
}

/** The note on one cell: 【决算助手】, then each finding on it, worst first, with its amounts. */
export function findingNote(findings: readonly Finding[], explanations: Explanations = {}): string {
  const blocks = bySeverity(findings).map((f) => {
    const explained = explanations[findingKey(f)];
    return [`${severityWord(f)} ${f.code} ${f.title}`, f.message, amounts(f), explained ? `已说明：${explained}` : undefined].filter((s) => s !== undefined).join('\n');
  });
  return `${NOTE_PREFIX}\n${blocks.join('\n\n')}`;
}
