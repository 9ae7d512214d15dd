/**
 * jest-environment-jsdom is not installed, so components are rendered to HTML with
 * react-dom/server: what they show for a given state, not the clicks (the end-to-end test in
 * headless Chromium covers those; audit-session.test.ts covers what the clicks do).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { summarize } from '../../src/engine/audit';
import { findingKey } from '../../src/engine/plan/finding-key';
import { App } from '../../src/taskpane/App';
import { runAudit, type Session } from '../../src/taskpane/audit-session';
import { defaultEngine } from '../../src/taskpane/default-engine';
import { FindingsPanel } from '../../src/taskpane/FindingsPanel';
import { groupFindings } from '../../src/taskpane/group-findings';
import { RecognitionPanel } from '../../src/taskpane/RecognitionPanel';
import { SummaryPanel } from '../../src/taskpane/SummaryPanel';
import { UncheckedList } from '../../src/taskpane/UncheckedList';
import { UnsupportedExcel } from '../../src/taskpane/UnsupportedExcel';
import { paneTheme } from '../../src/taskpane/theme';
import { sampleWorkbook, SAMPLE_SHEETS } from '../helpers/sample-workbook';
import { sheet, workbook } from '../helpers/sheet';
import { FakeHost } from './fake-host';

const html = (element: ReactElement) => renderToStaticMarkup(<FluentProvider theme={paneTheme}>{element}</FluentProvider>);
const count = (markup: string, testId: string) => markup.split(`data-testid="${testId}"`).length - 1;
/** The text of the first element with this test id (tags stripped). */
function textOf(markup: string, testId: string): string {
  const start = markup.indexOf(`data-testid="${testId}"`);
  if (start < 0) throw new Error(`no ${testId}`);
  const open = markup.indexOf('>', start) + 1;
  const tag = markup.lastIndexOf('<', start);
  const name = /^<([a-z0-9]+)/.exec(markup.slice(tag))![1];
  let depth = 1;
  let i = open;
  const re = new RegExp(`<(/?)${name}[\\s>]`, 'g');
  re.lastIndex = open;
  for (let m = re.exec(markup); m; m = re.exec(markup)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      i = m.index;
      break;
    }
  }
  return markup.slice(open, i).replace(/<[^>]+>/g, '');
}

async function audited(snapshot = sampleWorkbook({ edit: (d) => void (d.t01[27] = '321.00') })): Promise<Session> {
  return (await runAudit({ host: new FakeHost(snapshot), engine: defaultEngine })).session;
}

describe('App before the first audit', () => {
  const markup = html(<App host={new FakeHost(sampleWorkbook())} engine={defaultEngine} />);

  it('offers 一键审核, 清除标记 and (disabled until an audit) 导出审核报告', () => {
    expect(textOf(markup, 'audit-button')).toBe('一键审核');
    expect(textOf(markup, 'clear-marks')).toBe('清除标记');
    expect(markup).toMatch(/<button[^>]*disabled=""[^>]*data-testid="export-report"|<button[^>]*data-testid="export-report"[^>]*disabled/);
    expect(count(markup, 'summary')).toBe(0);
  });
});

describe('UnsupportedExcel', () => {
  it('says the Excel version is too old', () => {
    expect(textOf(html(<UnsupportedExcel reason="old-excel" />), 'message-bar')).toMatch(/Excel 版本过低.*ExcelApi 1\.7/);
  });
});

describe('after an audit', () => {
  it('summarizes 错误 / 警告 / 尾差 / 提示 / 未检查, and the tables with findings', async () => {
    const session = await audited();
    const t01 = session.result.findings.find((f) => f.code === 'T01-1')!;
    const explanations = { [findingKey(t01)]: '口径差异' };
    const groups = groupFindings(session.result.findings, session.result.tables, { includeEmpty: true });
    const result = { ...session.result, summary: summarize(session.result.findings, session.result.unchecked, explanations) };
    const markup = html(<SummaryPanel result={result} explanations={explanations} groups={groups} filter="warning" onFilter={() => undefined} onShowUnchecked={() => undefined} />);
    expect(textOf(markup, 'summary-error')).toBe('错误 1');
    expect(textOf(markup, 'summary-warning')).toBe('警告 0');
    expect(textOf(markup, 'summary-unchecked')).toBe(`未检查 ${session.result.unchecked.length}`);
    expect(textOf(markup, 'summary-explained')).toBe('已说明 1');
    // The badges are the engine's counts, in its order, and filter buttons (the chosen one pressed).
    expect([...markup.matchAll(/data-testid="summary-(\w+)"/g)].map((m) => m[1]).filter((k) => k !== 'table')).toEqual(['error', 'warning', 'info', 'rounding', 'unchecked', 'explained']);
    expect(markup).toMatch(/data-testid="summary-warning"[^>]*aria-pressed="true"/);
    expect(textOf(markup, 'summary-table')).toMatch(/^T01 收入支出决算总表错误 1 · 已说明 1/);
  });

  it('lists the findings by table with rule, title, message and 期望/实际/差额; 说明 only for errors and warnings', async () => {
    const session = await audited();
    const groups = groupFindings(session.result.findings, session.result.tables);
    const markup = html(<FindingsPanel groups={groups} explanations={{}} filter="all" busy={false} onSelect={() => undefined} onSaveExplanation={async () => true} />);
    expect(count(markup, 'finding-item')).toBe(session.result.findings.length);
    expect(count(markup, 'finding-group')).toBe(groups.length);
    const first = textOf(markup, 'finding-item');
    expect(first).toContain('T01-1');
    expect(first).toContain('期望 320.00 · 实际 321.00 · 差额 1.00（万元）');
    // The engine's message (with the arithmetic) as it is: its wording is the engine's business.
    expect(first).toContain(session.result.findings.find((f) => f.code === 'T01-1')!.message);
    const explainable = session.result.findings.filter((f) => !f.rounding && f.severity !== 'info').length;
    expect(count(markup, 'explain-button')).toBe(explainable);
    expect(textOf(markup, 'explain-button')).toBe('添加出错说明');
  });

  it('shows 已说明 and the explanation on an explained finding', async () => {
    const session = await audited();
    const t01 = session.result.findings.find((f) => f.code === 'T01-1')!;
    const groups = groupFindings([t01], session.result.tables);
    const markup = html(<FindingsPanel groups={groups} explanations={{ [findingKey(t01)]: '口径差异' }} filter="all" busy={false} onSelect={() => undefined} onSaveExplanation={async () => true} />);
    expect(markup).toContain('data-explained="true"');
    expect(textOf(markup, 'explanation')).toBe('出错说明：口径差异');
    expect(textOf(markup, 'explain-button')).toBe('修改出错说明');
    // Apart, under its own heading, not in its table's list.
    expect(count(markup, 'finding-group')).toBe(0);
    expect(textOf(markup, 'explained-group')).toMatch(/^已说明（1）/);
  });

  it('shows each recognized table with sheet, unit and confidence, each unrecognized sheet with its reason, and the mapping editor', async () => {
    const snapshot = sampleWorkbook();
    snapshot.sheets.push(sheet('封面', [['某某部门2024年度部门决算']]));
    const session = await audited(workbook(...snapshot.sheets));
    const markup = html(
      <RecognitionPanel result={session.result} overrides={[{ sheet: '封面', table: 'T10' }]} auditedOverrides={[]} sheetNames={session.sheetNames} busy={false} saved onSaveOverride={() => undefined} onDeleteOverride={() => undefined} onReaudit={() => undefined} />,
    );
    expect(count(markup, 'recognized-table')).toBe(session.result.tables.length);
    const t01 = session.result.tables[0];
    expect(textOf(markup, 'recognized-table')).toBe(`${t01.label} ${t01.title}按 T01 收入支出决算总表 审核${SAMPLE_SHEETS.T01} A1:F37 · 单位 万元 · 可信度 100%`);
    expect(textOf(markup, 'unrecognized-sheet')).toMatch(/^封面未找到任何标准表/);
    expect(textOf(markup, 'override-item')).toBe('封面（整张工作表） → T10 部门决算公开相关信息统计表已保存，重新审核后生效删除');
    expect(textOf(markup, 'mapping-hint')).toBe('已保存，下次审核时生效重新审核');
    // The editor starts on the unrecognized sheet, offering every table type.
    expect(markup).toMatch(/<option value="封面" selected="">封面<\/option>/);
    expect(count(markup, 'mapping-table')).toBe(1);
    expect(textOf(markup, 'mapping-table')).toContain('T3G 财政拨款“三公”经费支出决算表');
  });

  it('lists the unchecked rules with their reasons', async () => {
    const session = await audited(sampleWorkbook({ omit: ['T3G'] }));
    const markup = html(<UncheckedList unchecked={session.result.unchecked} />);
    expect(count(markup, 'unchecked-item')).toBe(session.result.unchecked.length);
    expect(session.result.unchecked.length).toBeGreaterThan(1);
    expect(textOf(markup, 'unchecked-item')).toContain(session.result.unchecked[0].reason);
  });
});
