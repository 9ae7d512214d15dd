import { Button, FluentProvider, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { Finding } from '../engine/finding';
import { findingKey } from '../engine/plan/finding-key';
import type { TableOverride } from '../engine/recognize/recognize-workbook';
import type { UnitType } from '../engine/rules/rule';
import type { WorkbookHost } from '../excel/excel-host';
import { ActionBar } from './ActionBar';
import { AUDIT_STEPS, clearMarks, deleteOverride, exportReport, runAudit, saveExplanation, saveOverride, saveUnitType, type Session } from './audit-session';
import { markAudit } from './audit-timing';
import { BusyIndicator, type Busy } from './BusyIndicator';
import { describeError } from './describe-error';
import type { AuditEngine } from './engine-api';
import type { FillHost } from '../excel/fill-host';
import { FillPanel } from './FillPanel';
import type { NarrativeHost } from '../excel/narrative-host';
import { NarrativePanel } from './NarrativePanel';
import { FindingsPanel } from './FindingsPanel';
import { groupFindings } from './group-findings';
import { nextPaint } from './next-paint';
import { cellsOnSheet, clearedText, explainedText, exportedText, skippedNotesText } from './pane-text';
import { RecognitionPanel } from './RecognitionPanel';
import { StatusMessage, type Status } from './StatusMessage';
import { Section } from './Section';
import { findingsTitle, type SeverityFilter } from './severity-filter';
import { SummaryPanel } from './SummaryPanel';
import { paneTheme } from './theme';
import { UncheckedList } from './UncheckedList';
import { UnitTypeSelect } from './UnitTypeSelect';

const useStyles = makeStyles({
  root: { minHeight: '100vh', boxSizing: 'border-box', padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  intro: { color: tokens.colorNeutralForeground2 },
  sections: { display: 'flex', flexDirection: 'column' },
  stale: { opacity: 0.55 },
});

export interface AppProps {
  host: WorkbookHost;
  engine: AuditEngine;
  /** 填充 and 撤销填充 (absent: the pane shows no 填充 command). */
  fill?: FillHost;
  /** 生成/检查情况说明 (absent: the pane shows no 情况说明 commands). */
  narrative?: NarrativeHost;
}

/**
 * One collapsible section of the pane after an audit. The pane is this list, in order: a new
 * panel (填充, 情况说明 …) is one more entry in sectionsAfterAudit.
 */
export interface PaneSection {
  id: string;
  title: string;
  testId: string;
  content: ReactNode;
}

/** Sections open before the user opens or closes any. */
const OPEN_AT_START: Record<string, boolean> = { findings: true };

/** The task pane: 一键审核, the summary, then its sections (审核结果, 识别结果, 单位类型, 未检查的规则). */
export function App({ host, engine, fill, narrative }: AppProps) {
  const styles = useStyles();
  const [session, setSession] = useState<Session>();
  const [busy, setBusy] = useState<Busy>();
  const [status, setStatus] = useState<Status>();
  const [mappingSaved, setMappingSaved] = useState(false);
  const [unitTypeSaved, setUnitTypeSaved] = useState(false);
  const [open, setOpen] = useState<Record<string, boolean>>(OPEN_AT_START);
  const [filter, setFilter] = useState<SeverityFilter>('all');
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

  // Set when an audit's results are handed to React: the next commit to the page (a layout
  // effect runs right after it, before the browser paints) marks them rendered.
  const awaitingRender = useRef(false);
  useLayoutEffect(() => {
    if (!session || !awaitingRender.current) return;
    awaitingRender.current = false;
    markAudit('rendered');
  }, [session]);

  const audit = () =>
    act({ label: AUDIT_STEPS[0].label, step: 0, steps: AUDIT_STEPS.length }, async () => {
      markAudit('click');
      let shown = false;
      const show = (next: Session) => {
        setSession(next);
        if (shown) return;
        shown = true;
        setMappingSaved(false);
        setUnitTypeSaved(false);
        setFilter('all');
        setAudits((n) => n + 1);
        if (next.result.unrecognized.length > 0 || next.auditedOverrides.length > 0) setOpen((o) => ({ ...o, recognition: true }));
      };
      const { session: next, markError } = await runAudit({ host, engine }, async (_step, index, audited) => {
        if (audited) {
          // The results show as soon as the engine is done, committed now: left to React's
          // scheduler, the render could wait behind the marking that follows (measured 0.5 s).
          markAudit('engineDone');
          awaitingRender.current = true;
          flushSync(() => show(audited));
        }
        setBusy({ label: AUDIT_STEPS[index].label, step: index, steps: AUDIT_STEPS.length });
        await nextPaint();
      });
      show(next);
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
      ? act({ label: '正在保存出错说明' }, async () => {
          const next = await saveExplanation({ host, engine }, session, finding, text);
          setSession(next);
          return { intent: 'success', text: explainedText(finding, Boolean(next.explanations[findingKey(finding)])) };
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
      setUnitTypeSaved(true);
    });

  const deleteMapping = (override: TableOverride) =>
    session &&
    act({ label: '正在删除更正' }, async () => {
      setSession(await deleteOverride({ host }, session, override));
      setMappingSaved(true);
    });

  const toggle = (id: string) => (isOpen: boolean) => setOpen((o) => (Boolean(o[id]) === isOpen ? o : { ...o, [id]: isOpen }));
  const canWriteNotes = host.features.notes || host.features.comments;

  const sectionsAfterAudit = (s: Session): PaneSection[] => [
    {
      id: 'findings',
      title: findingsTitle(s.result.findings, filter, s.explanations),
      testId: 'section-findings',
      content: (
        <div className={s.cleared ? styles.stale : undefined}>
          <FindingsPanel groups={groups} explanations={s.explanations} filter={filter} busy={!!busy} onSelect={select} onSaveExplanation={explain} />
        </div>
      ),
    },
    {
      id: 'recognition',
      title: `识别结果（${s.result.tables.length} 张表${s.result.unrecognized.length > 0 ? `，${s.result.unrecognized.length} 处未识别` : ''}）`,
      testId: 'section-recognition',
      content: (
        <RecognitionPanel
          key={audits}
          result={s.result}
          overrides={s.overrides}
          auditedOverrides={s.auditedOverrides}
          sheetNames={s.sheetNames}
          busy={!!busy}
          saved={mappingSaved}
          onSaveOverride={saveMapping}
          onDeleteOverride={deleteMapping}
          onReaudit={audit}
        />
      ),
    },
    {
      id: 'settings',
      title: `单位类型（${s.unitType ?? '未指定'}）`,
      testId: 'section-settings',
      content: (
        <>
          <UnitTypeSelect value={s.unitType} busy={!!busy} onChange={saveUnit} />
          {unitTypeSaved && <ReauditBar testId="unit-type-hint" text="已保存，重新审核后生效" busy={!!busy} onReaudit={audit} />}
        </>
      ),
    },
    {
      id: 'unchecked',
      title: `未检查的规则（${s.result.unchecked.length}）`,
      testId: 'section-unchecked',
      content: <UncheckedList unchecked={s.result.unchecked} />,
    },
  ];

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
        {fill && <FillPanel host={fill} />}
        {narrative && <NarrativePanel host={narrative} />}
        {busy && <BusyIndicator busy={busy} />}
        {status && <StatusMessage status={status} onDismiss={() => setStatus(undefined)} />}
        {session?.cleared && <ReauditBar testId="stale-results" intent="warning" text="标记已清除：下面是清除前的审核结果，工作簿中已不再标出。" busy={!!busy} onReaudit={audit} />}
        {session && session.skippedNotes.length > 0 && (
          <MessageBar intent="warning" layout="multiline" data-testid="notes-skipped">
            <MessageBarBody>{skippedNotesText(session.skippedNotes.length, canWriteNotes)}</MessageBarBody>
          </MessageBar>
        )}
        {session && (
          <>
            <SummaryPanel
              result={session.result}
              explanations={session.explanations}
              groups={groups}
              filter={filter}
              onFilter={(f) => {
                setFilter(f);
                setOpen((o) => ({ ...o, findings: true }));
              }}
              onShowUnchecked={() => setOpen((o) => ({ ...o, unchecked: true }))}
            />
            <div className={styles.sections}>
              {sectionsAfterAudit(session).map((section) => (
                <Section key={`${section.id}:${audits}`} title={section.title} open={Boolean(open[section.id])} onToggle={toggle(section.id)} testId={section.testId} defer={section.id !== 'findings'}>
                  {section.content}
                </Section>
              ))}
            </div>
          </>
        )}
      </main>
    </FluentProvider>
  );
}

/** A message with a 重新审核 button: saved settings and cleared marks both call for a new audit. */
function ReauditBar({ testId, text, busy, onReaudit, intent = 'success' }: { testId: string; text: string; busy: boolean; onReaudit: () => void; intent?: 'success' | 'warning' }) {
  return (
    <MessageBar intent={intent} layout="multiline" data-testid={testId}>
      <MessageBarBody>{text}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onReaudit} disabled={busy} data-testid={`${testId}-reaudit`}>
          重新审核
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
