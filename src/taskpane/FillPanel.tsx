import { Button, Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { FillPlan } from '../engine/fill';
import type { WorkbookSnapshot } from '../engine/model/snapshot';
import type { FillHost, FillRecord } from '../excel/fill-host';
import { usePaneAction } from './use-pane-action';
import { planFor, previewRows, writeFill } from './fill-session';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  row: { fontSize: tokens.fontSizeBase200, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`, padding: `${tokens.spacingVerticalXXS} 0` },
  conflict: { color: tokens.colorPaletteRedForeground1 },
  formula: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3, wordBreak: 'break-all' },
});

export interface FillPanelProps {
  host: FillHost;
}

/**
 * 填充: a preview of every derived cell to write (cell, current content, value, formula) and the
 * conflicts, written only after 确认写入; 撤销填充 puts back what the cells held (also after the
 * pane or the workbook was reopened: the record is saved in the workbook), except cells the user
 * changed since.
 */
export function FillPanel({ host }: FillPanelProps) {
  const styles = useStyles();
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot>();
  const [plan, setPlan] = useState<FillPlan>();
  const [replace, setReplace] = useState<string[]>([]);
  const [record, setRecord] = useState<FillRecord>();
  const { message, setMessage, busy, act } = usePaneAction();

  // A fill saved in the workbook and not undone (the pane or the file was closed since): offer 撤销填充.
  useEffect(() => {
    let open = true;
    host.lastFill().then(
      (saved) => open && saved && setRecord((now) => now ?? saved),
      () => undefined,
    );
    return () => {
      open = false;
    };
  }, [host]);

  const preview = () =>
    act(async () => {
      const read = await host.readWorkbook();
      setSnapshot(read);
      setReplace([]);
      setPlan(planFor(read, []));
      setMessage(undefined);
    });

  const toggle = (key: string, on: boolean) => {
    const next = on ? [...replace, key] : replace.filter((k) => k !== key);
    setReplace(next);
    if (snapshot) setPlan(planFor(snapshot, next));
  };

  const replaceAll = (on: boolean) => {
    const next = on && plan ? plan.items.filter((i) => i.status === 'conflict').map((i) => i.key) : [];
    setReplace(next);
    if (snapshot) setPlan(planFor(snapshot, next));
  };

  const confirm = () =>
    act(async () => {
      if (!plan) return;
      const { record: done, written } = await writeFill(host, plan);
      setRecord(done);
      setPlan(undefined);
      setMessage(`已填充 ${written} 个单元格。可用“撤销填充”恢复原内容。`);
    });

  const undo = () =>
    act(async () => {
      if (!record) return;
      const { restored, kept } = await host.undoFill(record);
      const shown = kept.slice(0, 5).join('、') + (kept.length > 5 ? ` 等 ${kept.length} 个` : '');
      setMessage(`已撤销填充，${restored} 个单元格恢复为原内容。${kept.length > 0 ? `${shown} 在填充后被修改过，保留现有内容。` : ''}`);
      setRecord(undefined);
    });

  const rows = plan ? previewRows(plan) : [];
  const conflicts = rows.filter((r) => r.conflict);
  const toWrite = plan ? plan.items.filter((i) => i.chosen).length : 0;
  return (
    <section className={styles.root} data-testid="fill-panel" aria-label="填充">
      <div className={styles.buttons}>
        <Button onClick={preview} disabled={busy} data-testid="fill-preview">
          填充…
        </Button>
        {plan && (
          <Button appearance="primary" onClick={confirm} disabled={busy || toWrite === 0} data-testid="fill-confirm">
            确认写入（{toWrite}）
          </Button>
        )}
        {record && (
          <Button onClick={undo} disabled={busy} data-testid="fill-undo">
            撤销填充
          </Button>
        )}
      </div>
      {message && <Text size={200} data-testid="fill-message">{message}</Text>}
      {plan && rows.length === 0 && <Text size={200}>没有需要填充的单元格：可计算的单元格都已是正确的值。</Text>}
      {plan && conflicts.length > 0 && (
        <Checkbox label={`替换全部 ${conflicts.length} 个冲突（原值与计算值不同）`} checked={replace.length === conflicts.length} onChange={(_, d) => replaceAll(d.checked === true)} data-testid="fill-replace-all" />
      )}
      {plan && (
        <div data-testid="fill-preview-list">
          {rows.map((r) => (
            <div key={r.key} className={styles.row} data-testid="fill-row" data-cell={r.where}>
              <div className={r.conflict ? styles.conflict : undefined}>
                {r.where} {r.label}：{r.current} → {r.value}
                {r.conflict ? (replace.includes(r.key) ? '（冲突，将替换为公式）' : '（冲突，不改写）') : ''}
              </div>
              <div className={styles.formula}>{r.formula}</div>
              {r.conflict && <Checkbox label="替换为公式" checked={replace.includes(r.key)} onChange={(_, d) => toggle(r.key, d.checked === true)} />}
            </div>
          ))}
          {plan.notes.map((n) => (
            <Text key={`${n.sheet}!${n.cell}`} size={200} block>
              {n.sheet}!{n.cell}：{n.message}
            </Text>
          ))}
        </div>
      )}
    </section>
  );
}
