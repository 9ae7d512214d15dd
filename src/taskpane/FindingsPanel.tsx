import { Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding } from '../engine/finding';
import { findingKey } from '../engine/plan/finding-key';
import type { Explanations } from '../engine/plan/mark-plan';
import { explanationOf, orderFindings } from './finding-category';
import { countFindings, countsLine } from './finding-counts';
import { FindingItem } from './FindingItem';
import type { FindingGroup } from './group-findings';
import { filterFindings, isSeverityFilter, SEVERITY_FILTERS, type SeverityFilter } from './severity-filter';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  heading: { margin: 0, display: 'flex', flexDirection: 'column' },
  sub: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

export interface FindingsPanelProps {
  groups: FindingGroup[];
  explanations: Explanations;
  busy: boolean;
  onSelect: (finding: Finding) => void;
  onSaveExplanation: (finding: Finding, text: string) => Promise<boolean>;
}

/** React keys that survive reordering (explained findings move down): findingKey, numbered if repeated. */
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

/** Findings grouped by table, filtered by severity (全部/错误/警告/尾差/提示). */
export function FindingsPanel({ groups, explanations, busy, onSelect, onSaveExplanation }: FindingsPanelProps) {
  const styles = useStyles();
  const [filter, setFilter] = useState<SeverityFilter>('all');
  const keys = stableKeys(groups);
  const shown = groups
    .map((g) => ({ ...g, findings: orderFindings(filterFindings(g.findings, filter), explanations) }))
    .filter((g) => g.findings.length > 0);
  return (
    <div className={styles.root}>
      <Field label="显示" orientation="horizontal">
        <Select value={filter} onChange={(_, data) => isSeverityFilter(data.value) && setFilter(data.value)} data-testid="severity-filter">
          {SEVERITY_FILTERS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </Select>
      </Field>
      {shown.length === 0 && <Text data-testid="no-findings">{filter === 'all' ? '没有发现问题。' : '没有这一类的问题。'}</Text>}
      {shown.map((g) => (
        <section key={g.key} className={styles.group} data-testid="finding-group" data-group={g.table?.table ?? 'other'} aria-label={g.label}>
          <h3 className={styles.heading}>
            <Text weight="semibold">{g.label}</Text>
            <Text size={200} className={styles.sub}>
              {g.table ? `${g.table.sheet} · ` : ''}
              {countsLine(countFindings(g.findings, explanations))}
            </Text>
          </h3>
          <ul className={styles.list}>
            {g.findings.map((f) => (
              <FindingItem key={keys.get(f)} finding={f} explanation={explanationOf(f, explanations)} busy={busy} onSelect={onSelect} onSaveExplanation={onSaveExplanation} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
