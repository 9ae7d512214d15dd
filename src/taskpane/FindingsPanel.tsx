import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Finding } from '../engine/finding';
import { findingKey } from '../engine/plan/finding-key';
import type { Explanations } from '../engine/plan/mark-plan';
import { categoryOf, CATEGORIES, explanationOf, orderFindings } from './finding-category';
import { countFindings, countsLine } from './finding-counts';
import { FindingItem } from './FindingItem';
import type { FindingGroup } from './group-findings';
import { RoundingFold } from './RoundingFold';
import { nextPaint } from './next-paint';
import { matchesFilter, type SeverityFilter } from './severity-filter';

/**
 * Findings listed in the first paint after an audit; the rest follow a frame later. Each item costs
 * several Fluent components, so listing hundreds at once kept the results off screen for seconds
 * (issue 11: results within 300 ms of the engine finishing).
 */
export const FIRST_PAGE = 12;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0, display: 'flex', flexDirection: 'column' },
  sub: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  explained: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
});

export interface FindingsPanelProps {
  groups: FindingGroup[];
  explanations: Explanations;
  /** The summary badge chosen: 全部, one category, or 已说明. */
  filter: SeverityFilter;
  busy: boolean;
  onSelect: (finding: Finding) => void;
  onSaveExplanation: (finding: Finding, text: string) => Promise<boolean>;
}

/** React keys that survive moving between lists (an explained finding moves to 已说明). */
function stableKeys(groups: readonly FindingGroup[]): Map<Finding, string> {
  const keys = new Map<Finding, string>();
  const seen = new Map<string, number>();
  for (const f of groups.flatMap((g) => g.findings)) {
    const key = findingKey(f);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    keys.set(f, n === 0 ? key : `${key}#${n}`);
  }
  return keys;
}

function worstRank(findings: readonly Finding[]): number {
  return Math.min(...findings.map((f) => CATEGORIES.indexOf(categoryOf(f))));
}

/**
 * Findings by table — the tables with the worst findings first, and within each table 错误 → 警告
 * → 提示 → 尾差 — each table's 尾差 folded
 * into one line unless 尾差 is the filter; the explained findings apart, under 已说明.
 */
export function FindingsPanel({ groups, explanations, filter, busy, onSelect, onSaveExplanation }: FindingsPanelProps) {
  const styles = useStyles();
  // The groups whose every finding is rendered: a new audit's groups start with the first page.
  const [completeFor, setCompleteFor] = useState<readonly FindingGroup[]>();
  const complete = completeFor === groups;
  useEffect(() => {
    if (complete) return;
    let live = true;
    void nextPaint().then(() => live && setCompleteFor(groups));
    return () => {
      live = false;
    };
  }, [groups, complete]);
  let budget = complete ? Infinity : FIRST_PAGE;
  const page = (findings: Finding[]) => {
    const taken = findings.slice(0, Math.max(0, budget));
    budget -= taken.length;
    return taken;
  };
  const keys = stableKeys(groups);
  const item = (f: Finding) => <FindingItem key={keys.get(f)} finding={f} explanation={explanationOf(f, explanations)} busy={busy} onSelect={onSelect} onSaveExplanation={onSaveExplanation} />;
  const shown = groups
    .map((g) => {
      const open = orderFindings(g.findings.filter((f) => !explanationOf(f, explanations) && filter !== 'explained' && matchesFilter(f, filter, explanations)));
      const folded = filter === 'all' ? open.filter((f) => categoryOf(f) === 'rounding') : [];
      return { group: g, listed: open.filter((f) => !folded.includes(f)), folded };
    })
    .filter((g) => g.listed.length + g.folded.length > 0)
    // The tables with errors first, then warnings, …: the first thing shown is the worst there is.
    .map((g, i) => ({ ...g, i, worst: worstRank([...g.listed, ...g.folded]) }))
    .sort((a, b) => a.worst - b.worst || a.i - b.i)
    // Listed findings take the first page before any folded 尾差 (hidden until opened).
    .map((g) => ({ ...g, listed: page(g.listed) }))
    .map((g) => ({ ...g, foldedCount: g.folded.length, folded: page(g.folded) }))
    // Before the rest follows, tables with nothing on the first page are left out too.
    .filter((g) => complete || g.listed.length + g.folded.length > 0);
  const explained = orderFindings(groups.flatMap((g) => g.findings).filter((f) => explanationOf(f, explanations) && matchesFilter(f, filter, explanations)));
  const explainedShown = page(explained);
  return (
    <div className={styles.root} data-testid="findings-panel" data-complete={complete}>
      {shown.length === 0 && explained.length === 0 && <Text data-testid="no-findings">{filter === 'all' ? '没有发现问题。' : '没有这一类的问题。'}</Text>}
      {shown.map(({ group: g, listed, folded, foldedCount }) => (
        <section key={g.key} className={styles.group} data-testid="finding-group" data-group={g.table?.table ?? 'other'} aria-label={g.label}>
          <h3 className={styles.heading}>
            <Text weight="semibold">{g.label}</Text>
            <Text size={200} className={styles.sub}>
              {g.table ? `${g.table.sheet} · ` : ''}
              {countsLine(countFindings(g.findings, explanations))}
            </Text>
          </h3>
          {listed.length > 0 && <ul className={styles.list}>{listed.map(item)}</ul>}
          {foldedCount > 0 && (
            <RoundingFold count={foldedCount}>
              <ul className={styles.list}>{folded.map(item)}</ul>
            </RoundingFold>
          )}
        </section>
      ))}
      {explained.length > 0 && (
        <section className={`${styles.group} ${styles.explained}`} data-testid="explained-group" aria-label="已说明">
          <h3 className={styles.heading}>
            <Text weight="semibold">已说明（{explained.length}）</Text>
            <Text size={200} className={styles.sub}>
              已添加出错说明的问题：单元格标为绿色，说明写入批注和审核报告
            </Text>
          </h3>
          <ul className={styles.list}>{explainedShown.map(item)}</ul>
        </section>
      )}
    </div>
  );
}
