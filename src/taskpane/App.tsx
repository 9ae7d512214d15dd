import { FluentProvider, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import type { Finding } from '../engine/finding';
import type { TableOverride } from '../engine/recognize/recognize-workbook';
import type { UnitType } from '../engine/rules/rule';
import type { WorkbookHost } from '../excel/excel-host';
import { ActionBar } from './ActionBar';
import { AUDIT_STEPS, clearMarks, deleteOverride, exportReport, runAudit, saveExplanation, saveOverride, saveUnitType, type Session } from './audit-session';
import { BusyIndicator, type Busy } from './BusyIndicator';
import { describeError } from './describe-error';
import type { AuditEngine } from './engine-api';
import { FindingsPanel } from './FindingsPanel';
import { groupFindings } from './group-findings';
import { nextPaint } from './next-paint';
import { cellsOnSheet, clearedText, exportedText, skippedNotesText } from './pane-text';
import { RecognitionPanel } from './RecognitionPanel';
import { StatusMessage, type Status } from './StatusMessage';
import { Section } from './Section';
import { SummaryPanel } from './SummaryPanel';
import { paneTheme } from './theme';
import { UncheckedList } from './UncheckedList';

const useStyles = makeStyles({
  root: { minHeight: '100vh', boxSizing: 'border-box', padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  intro: { color: tokens.colorNeutralForeground2 },
  sections: { display: 'flex', flexDirection: 'column' },
});

export interface AppProps {
  host: WorkbookHost;
  engine: AuditEngine;
}

type SectionId = 'findings' | 'recognition' | 'unchecked';

/** The task pane: 一键审核, the summary, findings by table, 识别结果, 未检查的规则. */
export function App({ host, engine }: AppProps) {
  const styles = useStyles();
  const [session, setSession] = useState<Session>();
  const [busy, setBusy] = useState<Busy>();
  const [status, setStatus] = useState<Status>();
  const [mappingSaved, setMappingSaved] = useState(false);
  const [open, setOpen] = useState<Record<SectionId, boolean>>({ findings: true, recognition: false, unchecked: false });
  const [audits, setAudits] = useState(0);
  // A ref, not state: a double click must not start a second action before React re-renders.
  const running = useRef(false);

  const groups = useMemo(() => (session ? groupFindings(session.result.findings, session.result.tables, { includeEmpty: true }) : []), [session]);

  /** Runs one action at a time; its failure becomes the error MessageBar. Resolves true on success. */
  const act = async (first: Busy, action: () => Promise<Status | void>): Promise<boolean> => {
    if (running.current) return false;
    running.current = true;
    setBusy(first);
    setStatus(undefined);
    try {
      const outcome = await action();
      if (outcome) setStatus(outcome);
      return true;
    } catch (error) {
      setStatus({ intent: 'error', text: describeError(error) });
      return false;
    } finally {
      running.current = false;
      setBusy(undefined);
    }
  };

  const audit = () =>
    act({ label: AUDIT_STEPS[0].label, step: 0, steps: AUDIT_STEPS.length }, async () => {
      const { session: next, markError } = await runAudit({ host, engine }, async (_step, index) => {
        setBusy({ label: AUDIT_STEPS[index].label, step: index, steps: AUDIT_STEPS.length });
        await nextPaint();
      });
      setSession(next);
      setMappingSaved(false);
      setAudits((n) => n + 1);
      if (next.result.unrecognized.length > 0) setOpen((o) => ({ ...o, recognition: true }));
      if (markError !== undefined) return { intent: 'error', text: `审核已完成（结果见下方），但未能标记单元格：${describeError(markError)}` };
    });

  const clear = () =>
    act({ label: '正在清除标记' }, async () => {
      const cleared = await clearMarks({ host }, session);
      if (cleared.session) setSession(cleared.session);
      return { intent: 'success', text: clearedText(cleared) };
    });

  const exportIt = () =>
    session &&
    act({ label: '正在导出审核报告' }, async () => {
      const exported = await exportReport({ host, engine }, session);
      setSession(exported.session);
      return { intent: 'success', text: exportedText(exported.sheetName) };
    });

  const select = (finding: Finding) => {
    if (running.current) return;
    host.selectCells(finding.sheet, cellsOnSheet(finding)).catch((error: unknown) => setStatus({ intent: 'error', text: describeError(error) }));
  };

  const explain = (finding: Finding, text: string) =>
    session
      ? act({ label: '正在保存说明' }, async () => {
          setSession(await saveExplanation({ host, engine }, session, finding, text));
        })
      : Promise.resolve(false);

  const saveMapping = (override: TableOverride) =>
    session &&
    act({ label: '正在保存更正' }, async () => {
      setSession(await saveOverride({ host }, session, override));
      setMappingSaved(true);
    });

  const saveUnit = (unitType: UnitType | undefined) =>
    session &&
    act({ label: '正在保存单位类型' }, async () => {
      setSession(await saveUnitType({ host }, session, unitType));
      setMappingSaved(true);
    });

  const deleteMapping = (override: TableOverride) =>
    session &&
    act({ label: '正在删除更正' }, async () => {
      setSession(await deleteOverride({ host }, session, override));
      setMappingSaved(true);
    });

  const toggle = (id: SectionId) => (isOpen: boolean) => setOpen((o) => (o[id] === isOpen ? o : { ...o, [id]: isOpen }));
  const canWriteNotes = host.features.notes || host.features.comments;

  return (
    <FluentProvider theme={paneTheme}>
      <main className={styles.root} aria-busy={busy ? true : undefined}>
        <h1 className={styles.title}>决算助手</h1>
        {!session && (
          <Text size={200} className={styles.intro}>
            审核本工作簿中的部门决算公开表：识别各张表，检查表内、表间的勾稽关系，在有问题的单元格上标色并加批注。所有计算都在本机完成。
          </Text>
        )}
        <ActionBar busy={!!busy} audited={!!session} onAudit={audit} onClear={clear} onExport={exportIt} />
        {busy && <BusyIndicator busy={busy} />}
        {status && <StatusMessage status={status} onDismiss={() => setStatus(undefined)} />}
        {session && session.skippedNotes.length > 0 && (
          <MessageBar intent="warning" layout="multiline" data-testid="notes-skipped">
            <MessageBarBody>{skippedNotesText(session.skippedNotes.length, canWriteNotes)}</MessageBarBody>
          </MessageBar>
        )}
        {session && (
          <>
            <SummaryPanel result={session.result} explanations={session.explanations} groups={groups} />
            <div className={styles.sections}>
              <Section title={`审核结果（${session.result.findings.length}）`} open={open.findings} onToggle={toggle('findings')} testId="section-findings">
                <FindingsPanel groups={groups} explanations={session.explanations} busy={!!busy} onSelect={select} onSaveExplanation={explain} />
              </Section>
              <Section
                title={`识别结果（${session.result.tables.length} 张表${session.result.unrecognized.length > 0 ? `，${session.result.unrecognized.length} 处未识别` : ''}）`}
                open={open.recognition}
                onToggle={toggle('recognition')}
                testId="section-recognition"
              >
                <RecognitionPanel
                  key={audits}
                  result={session.result}
                  overrides={session.overrides}
                  sheetNames={session.sheetNames}
                  busy={!!busy}
                  saved={mappingSaved}
                  unitType={session.unitType}
                  onSaveUnitType={saveUnit}
                  onSaveOverride={saveMapping}
                  onDeleteOverride={deleteMapping}
                  onReaudit={audit}
                />
              </Section>
              <Section title={`未检查的规则（${session.result.unchecked.length}）`} open={open.unchecked} onToggle={toggle('unchecked')} testId="section-unchecked">
                <UncheckedList unchecked={session.result.unchecked} />
              </Section>
            </div>
          </>
        )}
      </main>
    </FluentProvider>
  );
}
