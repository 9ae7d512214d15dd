import { Badge, Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import type { AuditResult } from '../engine/audit';
import type { TableOverride } from '../engine/recognize/recognize-workbook';
import { printedLabel, tableLabel } from './group-findings';
import { overrideLabel, overrideOutcome } from './mapping';
import { MappingEditor } from './MappingEditor';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexDirection: 'column' },
  row: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  sub: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  small: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  applied: { color: tokens.colorPaletteGreenForeground1 },
  notApplied: { color: tokens.colorPaletteRedForeground1 },
  override: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** Below this the pane asks the user to check the mapping. */
const LOW_CONFIDENCE = 0.7;

export interface RecognitionPanelProps {
  result: AuditResult;
  overrides: TableOverride[];
  sheetNames: string[];
  busy: boolean;
  /** A correction was saved since the last audit. */
  saved: boolean;
  /** The corrections the result shown was audited with: each is shown as applied or not. */
  auditedOverrides: TableOverride[];
  onSaveOverride: (override: TableOverride) => void;
  onDeleteOverride: (override: TableOverride) => void;
  onReaudit: () => void;
}

/** 识别结果: the recognized tables, the unrecognized sheets with the reason, and the corrections. */
export function RecognitionPanel({ result, overrides, sheetNames, busy, saved, auditedOverrides, onSaveOverride, onDeleteOverride, onReaudit }: RecognitionPanelProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <ul className={styles.list} aria-label="已识别的表">
        {result.tables.map((t) => (
          <li key={`${t.sheet}!${t.range}`} className={styles.item} data-testid="recognized-table" data-table={t.table} data-sheet={t.sheet}>
            <div className={styles.row}>
              <Text size={200} weight="semibold" data-testid="recognized-label">
                {printedLabel(t)}
              </Text>
              {t.confidence < LOW_CONFIDENCE && (
                <Badge size="small" appearance="tint" color="warning">
                  请核对
                </Badge>
              )}
            </div>
            <Text size={100} className={styles.small} data-testid="recognized-canonical">
              按 {tableLabel(t.table)} 审核
            </Text>
            <Text size={200} className={styles.sub}>
              {t.sheet} {t.range} · {t.unit ? `单位 ${t.unit}` : '单位未识别'} · 可信度 {Math.round(t.confidence * 100)}%
            </Text>
          </li>
        ))}
        {result.tables.length === 0 && <Text size={200}>没有识别出任何决算公开表。</Text>}
      </ul>
      {result.unrecognized.length > 0 && (
        <>
          <h3 className={styles.heading}>未识别（{result.unrecognized.length}）</h3>
          <ul className={styles.list} aria-label="未识别的工作表">
            {result.unrecognized.map((u, i) => (
              <li key={`${u.sheet}|${u.cell ?? ''}|${i}`} className={styles.item} data-testid="unrecognized-sheet" data-sheet={u.sheet}>
                <Text size={200} weight="semibold">
                  {u.sheet}
                  {u.cell ? ` ${u.cell}` : ''}
                </Text>
                <Text size={200} className={styles.sub}>
                  {u.reason}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className={styles.heading}>更正识别</h3>
      {overrides.length > 0 && (
        <ul className={styles.list} aria-label="已保存的更正">
          {overrides.map((o) => {
            const audited = auditedOverrides.some((a) => a.sheet === o.sheet && (a.range ?? '') === (o.range ?? '') && a.table === o.table);
            const outcome = audited ? overrideOutcome(o, result, sheetNames) : undefined;
            return (
              <li key={`${o.sheet}|${o.range ?? ''}`} className={styles.row} data-testid="override-item">
                <span className={styles.override}>
                  <Text size={200}>{overrideLabel(o)}</Text>
                  <Text size={200} className={outcome ? (outcome.applied ? styles.applied : styles.notApplied) : styles.sub} data-testid="override-status" data-applied={outcome ? String(outcome.applied) : 'pending'}>
                    {outcome ? outcome.text : '已保存，重新审核后生效'}
                  </Text>
                </span>
                <Button size="small" appearance="subtle" disabled={busy} onClick={() => onDeleteOverride(o)} data-testid="override-delete" aria-label={`删除更正：${overrideLabel(o)}`}>
                  删除
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {saved && (
        <MessageBar intent="success" data-testid="mapping-hint">
          <MessageBarBody>已保存，下次审核时生效</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onReaudit} disabled={busy} data-testid="reaudit-button">
              重新审核
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <MappingEditor sheetNames={sheetNames} tables={result.tables} initialSheet={result.unrecognized[0]?.sheet} busy={busy} onSave={onSaveOverride} />
    </div>
  );
}
