/**
 * One set of counts: on each seed fixture the JSON summary, the CLI text, the task pane's badges
 * and the 审核报告 sheet (the CLI's annotated copy and the pane's export) show the same
 * 错误/警告/提示/尾差/未检查 — and, after an 出错说明, the pane and its export the same 已说明.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider } from '@fluentui/react-components';
import type { AuditSummary } from '../../src/engine/audit';
import { SUMMARY_PARTS } from '../../src/engine/plan/summary-text';
import { readXlsx } from '../../src/cli/read-xlsx';
import { exportReport, runAudit, saveExplanation } from '../../src/taskpane/audit-session';
import { defaultEngine } from '../../src/taskpane/default-engine';
import { groupFindings } from '../../src/taskpane/group-findings';
import { SummaryPanel } from '../../src/taskpane/SummaryPanel';
import { paneTheme } from '../../src/taskpane/theme';
import { FakeHost } from '../taskpane/fake-host';
import { parseJson, run } from './helpers/memory-io';
import { fixtureBytes, loadWorkbook, sheetOf, type FixtureName } from './helpers/workbooks';

type Counts = Partial<AuditSummary>;

/** “错误 0，警告 7，提示 5，尾差 31，未检查 1” → the counts, by the shared labels. */
function parseLine(line: string): Counts {
  const counts: Counts = {};
  for (const part of SUMMARY_PARTS) {
    const m = new RegExp(`${part.label} (\\d+)`).exec(line);
    if (m) counts[part.key] = Number(m[1]);
  }
  return counts;
}

/** The pane's badges: data-testid="summary-<key>" data-count="N". */
function paneCounts(markup: string): Counts {
  const counts: Counts = {};
  for (const m of markup.matchAll(/data-testid="summary-(\w+)" data-count="(\d+)"/g)) counts[m[1] as keyof AuditSummary] = Number(m[2]);
  return counts;
}

function withoutZeroExplained(s: AuditSummary): Counts {
  const { explained, ...rest } = s;
  return explained > 0 ? s : rest;
}

const SEEDS: FixtureName[] = ['seed-000.xlsx', 'seed-002.xlsx', 'seed-004.xlsx'];

describe.each(SEEDS)('%s', (seed) => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await fixtureBytes(seed);
  });

  test('JSON, CLI text, the annotated copy’s 审核报告 and the pane agree; after an 出错说明 the pane and its export agree', async () => {
    const json = parseJson(await run(['audit', seed, '--format', 'json'], { [seed]: bytes })).files[0].summary;
    const text = await run(['audit', seed, '--annotate', 'out.xlsx'], { [seed]: bytes });
    const textLine = text.stdout.trimEnd().split('\n').pop()!;
    const report = sheetOf(await loadWorkbook(text.io.files.get('out.xlsx') as Uint8Array), '审核报告');
    const reportLine = String(report.getCell('A2').value).startsWith('文件') ? String(report.getCell('A3').value) : String(report.getCell('A2').value);

    const host = new FakeHost(await readXlsx(bytes, seed));
    let session = (await runAudit({ host, engine: defaultEngine })).session;
    const pane = () =>
      paneCounts(
        renderToStaticMarkup(
          <FluentProvider theme={paneTheme}>
            <SummaryPanel result={session.result} explanations={session.explanations} groups={groupFindings(session.result.findings, session.result.tables)} filter="all" onFilter={() => undefined} onShowUnchecked={() => undefined} />
          </FluentProvider>,
        ),
      );

    const expected = withoutZeroExplained(json as AuditSummary);
    expect(json.info + json.rounding + json.error + json.warning).toBeGreaterThan(0);
    expect(parseLine(textLine)).toEqual(expected);
    expect(parseLine(reportLine)).toEqual(expected);
    expect(pane()).toEqual(expected);
    expect(session.result.summary).toEqual(json);

    // An 出错说明 on the first error or warning: counted as 已说明 in the pane and in its export,
    // the other counts unchanged.
    const explainable = session.result.findings.find((f) => !f.rounding && f.severity !== 'info');
    expect(explainable).toBeDefined();
    if (!explainable) return;
    session = await saveExplanation({ host, engine: defaultEngine }, session, explainable, '已与财政核对');
    const after = { ...json, explained: 1 };
    expect(pane()).toEqual(after);
    await exportReport({ host, engine: defaultEngine }, session);
    const plan = host.last('writeReport')!.plan;
    expect(parseLine(String(plan.rows[1].cells[0]))).toEqual(after);
  }, 60_000);
});
