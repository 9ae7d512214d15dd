import { makeStyles, mergeClasses, Text, ToggleButton, tokens } from '@fluentui/react-components';
import type { AuditResult } from '../engine/audit';
import type { Explanations } from '../engine/plan/mark-plan';
import { shownParts, type SummaryKey } from '../engine/plan/summary-text';
import { countFindings, countsLine } from './finding-counts';
import type { FindingGroup } from './group-findings';
import type { SeverityFilter } from './severity-filter';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  badge: { minWidth: 0, paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS, borderLeftWidth: tokens.strokeWidthThickest, whiteSpace: 'nowrap' },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  rounding: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  unchecked: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  explained: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  zero: { color: tokens.colorNeutralForeground3 },
  tables: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  table: { display: 'flex', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  counts: { flexShrink: 0, color: tokens.colorNeutralForeground2 },
});

export interface SummaryPanelProps {
  result: AuditResult;
  explanations: Explanations;
  /** Findings by table, every recognized table included (empty ones are counted as clean). */
  groups: FindingGroup[];
  filter: SeverityFilter;
  onFilter: (filter: SeverityFilter) => void;
  /** 未检查 is not a filter of the findings: it opens the list of rules not checked. */
  onShowUnchecked: () => void;
}

/**
 * The engine's counts (错误 / 警告 / 提示 / 尾差 / 未检查 / 已说明) as buttons that filter the
 * findings, then the tables with findings and how many tables are clean.
 */
export function SummaryPanel({ result, explanations, groups, filter, onFilter, onShowUnchecked }: SummaryPanelProps) {
  const styles = useStyles();
  const withFindings = groups.filter((g) => g.findings.length > 0);
  const clean = groups.length - withFindings.length;
  const press = (key: SummaryKey) => {
    if (key === 'unchecked') onShowUnchecked();
    else onFilter(filter === key ? 'all' : key);
  };
  return (
    <section className={styles.root} data-testid="summary" aria-label="审核摘要">
      <div className={styles.badges} role="group" aria-label="按类别筛选审核结果">
        {shownParts(result.summary).map((p) => (
          <ToggleButton
            key={p.key}
            size="small"
            checked={filter === p.key}
            className={mergeClasses(styles.badge, styles[p.key], p.count === 0 && styles.zero)}
            onClick={() => press(p.key)}
            data-testid={`summary-${p.key}`}
            data-count={p.count}
            title={p.key === 'unchecked' ? '查看未检查的规则' : filter === p.key ? '显示全部' : `只显示${p.label}`}
          >
            {p.label} {p.count}
          </ToggleButton>
        ))}
      </div>
      {result.findings.length === 0 && <Text weight="semibold">未发现问题。</Text>}
      {withFindings.length > 0 && (
        <ul className={styles.tables} aria-label="各表问题数">
          {withFindings.map((g) => (
            <li key={g.key} className={styles.table} data-testid="summary-table">
              <Text size={200} className={styles.name} title={g.table ? `${g.label}（${g.table.sheet}）` : g.label}>
                {g.shortLabel}
              </Text>
              <Text size={200} className={styles.counts}>
                {countsLine(countFindings(g.findings, explanations))}
              </Text>
            </li>
          ))}
        </ul>
      )}
      <Text size={200}>
        识别 {result.tables.length} 张表{clean > 0 && withFindings.length > 0 ? `，其余 ${clean} 张未发现问题` : ''}
        {result.unrecognized.length > 0 ? `；${result.unrecognized.length} 处未识别` : ''}
      </Text>
    </section>
  );
}
