import { findingKey } from '../../src/engine/plan/finding-key';
import { EXPLAINED_FILL, SEVERITY_FILL } from '../../src/engine/plan/colors';
import { FINDING_COLUMNS } from '../../src/engine/plan/report-plan';
import { AUDIT_STEPS, clearMarks, deleteOverride, exportReport, runAudit, saveExplanation, saveOverride, saveUnitType, type AuditStep } from '../../src/taskpane/audit-session';
import { defaultEngine } from '../../src/taskpane/default-engine';
import { groupFindings } from '../../src/taskpane/group-findings';
import { countFindings } from '../../src/taskpane/finding-counts';
import { sampleWorkbook, SAMPLE_SHEETS } from '../helpers/sample-workbook';
import { FakeHost } from './fake-host';

/** The sample workbook with 本年收入合计 (T01 行次27) off by 1.00. */
const broken = () => sampleWorkbook({ edit: (d) => void (d.t01[27] = '321.00') });
const deps = (host: FakeHost) => ({ host, engine: defaultEngine });

describe('runAudit', () => {
  it('reads, audits, marks, announcing the four steps in order', async () => {
    const host = new FakeHost(broken());
    const steps: AuditStep[] = [];
    const session = (await runAudit(deps(host), (step) => void steps.push(step))).session;
    expect(steps).toEqual(AUDIT_STEPS.map((s) => s.step));
    expect(host.calls.map((c) => c.kind)).toEqual(['readWorkbook', 'applyMarks']);
    expect(session.marked).toBe(true);
    expect(session.sheetNames).toEqual(host.snapshot.sheets.map((s) => s.name));
    const codes = session.result.findings.filter((f) => f.severity === 'error').map((f) => f.code);
    // One wrong total, one finding: 总计 (T01-2) and the 收入决算表 are off by the same 1.00 because of it.
    expect(codes).toEqual(['T01-1']);
    expect(session.result.findings.find((f) => f.code === 'T01-1')!.message).toMatch(/T01-2 .*X-1 .*因此相差同样的 1\.00，不另报/);
    // The broken total is painted in the error colour.
    const plan = host.last('applyMarks')!.plan;
    expect(plan.highlights.some((h) => h.sheet === SAMPLE_SHEETS.T01 && h.color === SEVERITY_FILL.error)).toBe(true);
  });

  it('files the T01 findings under T01, with nothing under 其他', async () => {
    const session = (await runAudit(deps(new FakeHost(broken())))).session;
    const groups = groupFindings(session.result.findings, session.result.tables);
    const t01 = groups.find((g) => g.table?.table === 'T01');
    expect(t01?.findings.map((f) => f.code)).toContain('T01-1');
    expect(groups.some((g) => g.table === undefined)).toBe(false);
  });

  it('finds no error in the consistent sample', async () => {
    const session = (await runAudit(deps(new FakeHost(sampleWorkbook())))).session;
    expect(session.result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('audits with the saved corrections', async () => {
    const wb = sampleWorkbook();
    const host = new FakeHost(wb);
    host.overrides = [{ sheet: SAMPLE_SHEETS.T02, table: 'T03' }];
    const session = (await runAudit(deps(host))).session;
    expect(session.overrides).toEqual(host.overrides);
    expect(session.result.tables.find((t) => t.sheet === SAMPLE_SHEETS.T02)?.table).not.toBe('T02');
  });
});

describe('出错说明', () => {
  it('saves the explanation under findingKey, repaints the cells green and counts it as explained', async () => {
    const host = new FakeHost(broken());
    let session = (await runAudit(deps(host))).session;
    const t01 = session.result.findings.find((f) => f.code === 'T01-1')!;
    const before = session.result.summary;
    expect(before.explained).toBe(0);
    session = await saveExplanation(deps(host), session, t01, '  收入合计含待核实的其他收入 1.00 万元  ');
    expect(host.last('saveSettings')!.patch).toEqual({ explanations: { [findingKey(t01)]: '收入合计含待核实的其他收入 1.00 万元' } });
    expect(host.count('applyMarks')).toBe(2);
    // A cell whose only finding is T01-1 turns green (C7 … C14 are only in T01-1).
    const plan = host.last('applyMarks')!.plan;
    expect(plan.highlights.some((h) => h.sheet === SAMPLE_SHEETS.T01 && h.color === EXPLAINED_FILL)).toBe(true);
    // The session's summary is recounted: the same errors, one of them explained.
    expect(session.result.summary).toEqual({ ...before, explained: 1 });
    expect(countFindings(session.result.findings, session.explanations)).toEqual({ ...before, unchecked: 0, explained: 1 });
  });

  it('is kept by the next audit, and withdrawn by saving it empty', async () => {
    const host = new FakeHost(broken());
    let session = (await runAudit(deps(host))).session;
    const t01 = session.result.findings.find((f) => f.code === 'T01-1')!;
    await saveExplanation(deps(host), session, t01, '已说明');
    session = (await runAudit(deps(host))).session;
    expect(session.explanations[findingKey(t01)]).toBe('已说明');
    session = await saveExplanation(deps(host), session, t01, '   ');
    expect(session.explanations).toEqual({});
    expect(host.explanations).toEqual({});
  });

  it('does not paint again after 清除标记', async () => {
    const host = new FakeHost(broken());
    let session = (await runAudit(deps(host))).session;
    session = (await clearMarks(deps(host), session)).session!;
    await saveExplanation(deps(host), session, session.result.findings[0], '说明');
    expect(host.count('applyMarks')).toBe(1);
  });
});

describe('识别更正', () => {
  it('saves a correction for the next audit, replacing one for the same target', async () => {
    const host = new FakeHost(sampleWorkbook());
    let session = (await runAudit(deps(host))).session;
    session = await saveOverride(deps(host), session, { sheet: '自评表1', range: 'A1:J22', table: 'PE' });
    session = await saveOverride(deps(host), session, { sheet: '自评表1', range: 'A1:J22', table: 'T10' });
    expect(host.last('saveSettings')!.patch).toEqual({ overrides: [{ sheet: '自评表1', range: 'A1:J22', table: 'T10' }] });
    session = await deleteOverride(deps(host), session, { sheet: '自评表1', range: 'A1:J22', table: 'T10' });
    expect(session.overrides).toEqual([]);
    expect(host.overrides).toEqual([]);
  });
});

describe('单位类型', () => {
  it('is saved in the workbook and used by the next audit (机关运行经费 rules)', async () => {
    // 参公 line of 相关信息统计表 filled: fine for an unknown unit, wrong for a 事业单位.
    const host = new FakeHost(sampleWorkbook({ edit: (d) => void (d.t10[6] = '25.00') }));
    let session = (await runAudit(deps(host))).session;
    expect(session.result.findings.filter((f) => f.code === 'T10-3')).toEqual([]);
    session = await saveUnitType(deps(host), session, '事业单位');
    expect(host.last('saveSettings')!.patch).toEqual({ unitType: '事业单位' });
    session = (await runAudit(deps(host))).session;
    expect(session.unitType).toBe('事业单位');
    expect(session.result.findings.some((f) => f.code === 'T10-3' && f.severity === 'warning')).toBe(true);
    session = await saveUnitType(deps(host), session, undefined);
    expect(host.unitType).toBeUndefined();
    expect((await runAudit(deps(host))).session.result.findings.filter((f) => f.code === 'T10-3')).toEqual([]);
  });
});

describe('清除标记 and 导出审核报告', () => {
  it('reports what was restored, also before any audit', async () => {
    const host = new FakeHost(broken());
    const session = (await runAudit(deps(host))).session;
    const cleared = await clearMarks(deps(host), session);
    expect(cleared.restoredCells).toBeGreaterThan(0);
    expect(cleared.removedNotes).toBe(host.last('applyMarks')!.plan.notes.length);
    expect(cleared.session?.marked).toBe(false);
    expect(cleared.session?.cleared).toBe(true); // the pane shows the list as stale, with 重新审核
    expect((await clearMarks(deps(host), undefined)).session).toBeUndefined();
  });

  it('writes the report to a new sheet each time, with the explanations', async () => {
    const host = new FakeHost(broken());
    let session = (await runAudit(deps(host))).session;
    const t01 = session.result.findings.find((f) => f.code === 'T01-1')!;
    session = await saveExplanation(deps(host), session, t01, '口径差异');
    const first = await exportReport(deps(host), session);
    expect(first.sheetName).toBe('审核报告');
    const second = await exportReport(deps(host), first.session);
    expect(second.sheetName).toBe('审核报告(2)');
    const rows = host.last('writeReport')!.plan.rows.map((r) => r.cells);
    const [code, explanation] = [FINDING_COLUMNS.indexOf('规则'), FINDING_COLUMNS.indexOf('出错说明')];
    expect(rows.some((cells) => cells[code] === 'T01-1' && cells[explanation] === '口径差异')).toBe(true);
  });
});

describe('errors', () => {
  it('lets a failed read through to App (which shows it)', async () => {
    const host = new FakeHost(broken());
    host.failNext.readWorkbook = Object.assign(new Error('busy'), { code: 'Conflict' });
    await expect(runAudit(deps(host))).rejects.toMatchObject({ code: 'Conflict' });
  });

  it('keeps the findings when only the marking fails', async () => {
    const host = new FakeHost(broken());
    const locked = Object.assign(new Error('locked'), { code: 'AccessDenied' });
    host.failNext.applyMarks = locked;
    const { session, markError } = await runAudit(deps(host));
    expect(markError).toBe(locked);
    expect(session.marked).toBe(false);
    expect(session.result.findings.length).toBeGreaterThan(0);
  });
});
