import type { Finding } from '../finding';
import { NOTE_PREFIX } from './colors';
import { figuresLine } from './figures';
import { findingKey } from './finding-key';
import type { Explanations } from './mark-plan';
import { bySeverity, severityWord } from './severity';

/** 期望/实际/差额 in the one number format of every output (figures.ts), with the 尾差 range. */
function amounts(f: Finding): string | undefined {
  const line = figuresLine(f);
  if (line === undefined) return undefined;
  return f.tolerance !== undefined ? `${line}（尾差范围 ${f.tolerance}）` : line;
}

/** The note on one cell: 【决算助手】, then each finding on it, worst first, with its amounts. */
export function findingNote(findings: readonly Finding[], explanations: Explanations = {}): string {
  const blocks = bySeverity(findings).map((f) => {
    const explained = explanations[findingKey(f)];
    return [`${severityWord(f)} ${f.code} ${f.title}`, f.message, amounts(f), explained ? `已说明：${explained}` : undefined].filter((s) => s !== undefined).join('\n');
  });
  return `${NOTE_PREFIX}\n${blocks.join('\n\n')}`;
}
