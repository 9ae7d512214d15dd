import { Badge, makeStyles, Text, tokens, type BadgeProps } from '@fluentui/react-components';
import type { AuditResult } from '../engine/audit';
import type { Explanations } from '../engine/plan/mark-plan';
import { CATEGORIES, type Category } from './finding-category';
import { countFindings, countLabel, countsLine } from './finding-counts';
import type { FindingGroup } from './group-findings';

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
  tables: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  table: { display: 'flex', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  counts: { flexShrink: 0, color: tokens.colorNeutralForeground2 },
});

const COLOR: Record<Category, BadgeProps['color']> = { error: 'danger', warning: 'warning', rounding: 'informative', info: 'brand' };

export interface SummaryPanelProps {
  result: AuditResult;
  explanations: Explanations;
  /** Findings by table, every recognized table included (empty ones are counted as clean). */
  groups: FindingGroup[];
}

/** 错误 / 警告 / 尾差 / 提示 / 未检查, then the tables with findings and how many tables are clean. */
export function SummaryPanel({ result, explanations, groups }: SummaryPanelProps) {
  const styles = useStyles();
  const counts = countFindings(result.findings, explanations);
  const withFindings = groups.filter((g) => g.findings.length > 0);
  const clean = groups.length - withFindings.length;
  return (
    <section className={styles.root} data-testid="summary" aria-label="审核摘要">
      <div className={styles.badges}>
        {CATEGORIES.map((c) => (
          <Badge key={c} appearance={counts[c].open > 0 ? 'filled' : 'tint'} color={counts[c].open > 0 ? COLOR[c] : 'subtle'} data-testid={`summary-${c}`}>
            {countLabel(c, counts[c])}
          </Badge>
        ))}
        <Badge appearance="tint" color={result.unchecked.length > 0 ? 'severe' : 'subtle'} data-testid="summary-unchecked">
          未检查 {result.unchecked.length}
        </Badge>
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
