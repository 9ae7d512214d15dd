import { overrideLabel, overrideOutcome, parseRangeInput, recognizedTableOf, removeOverride, upsertOverride } from '../../src/taskpane/mapping';
import { table } from './findings';

describe('parseRangeInput', () => {
  it('takes an empty range as the whole sheet', () => {
    expect(parseRangeInput('  ')).toEqual({ ok: true });
  });

  it('normalizes what accountants type', () => {
    expect(parseRangeInput('a1:f40')).toEqual({ ok: true, range: 'A1:F40' });
    expect(parseRangeInput('$A$1:$F$40')).toEqual({ ok: true, range: 'A1:F40' });
    expect(parseRangeInput('A1：F40')).toEqual({ ok: true, range: 'A1:F40' });
    expect(parseRangeInput('F40:A1')).toEqual({ ok: true, range: 'A1:F40' });
    expect(parseRangeInput('B3')).toEqual({ ok: true, range: 'B3' });
  });

  it('refuses what is not a range, with a Chinese message', () => {
    for (const bad of ['A0:F4', '公开01表!A1:F40', 'A1:', '1:40', 'ABCD1']) {
      const r = parseRangeInput(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/A1:F40/);
    }
  });
});

describe('overrides', () => {
  const a = { sheet: '表一', table: 'T01' as const };
  const b = { sheet: '表一', range: 'A40:F80', table: 'T02' as const };

  it('adds a correction, and replaces one for the same sheet and range', () => {
    let list = upsertOverride([], a);
    list = upsertOverride(list, b);
    list = upsertOverride(list, { sheet: '表一', table: 'T04', range: undefined });
    expect(list).toEqual([{ sheet: '表一', table: 'T04' }, b]);
  });

  it('removes a correction', () => {
    expect(removeOverride([a, b], { ...b })).toEqual([a]);
  });

  it('describes a correction', () => {
    expect(overrideLabel(a)).toBe('表一（整张工作表） → T01 收入支出决算总表');
    expect(overrideLabel(b)).toBe('表一 A40:F80 → T02 收入决算表');
  });

  it('preselects what recognition found on a sheet', () => {
    const tables = [table('T05', '公开05表', 'A1:E18')];
    expect(recognizedTableOf('公开05表', tables)).toBe('T05');
    expect(recognizedTableOf('说明', tables)).toBeUndefined();
  });
});

describe('overrideOutcome (after 重新审核)', () => {
  const tables = [table('T05', '公开05表', 'A1:F40'), table('T01', '合并表', 'A50:F90')];
  const result = { tables, unrecognized: [{ sheet: '封面', reason: '按用户指定，整张工作表应为收入决算表，但未找到表头' }] };
  const names = ['公开05表', '合并表', '封面'];

  it('says applied when a table of its type was read there (inside its rows when it has a range)', () => {
    expect(overrideOutcome({ sheet: '公开05表', table: 'T05' }, result, names)).toEqual({ applied: true, text: '已生效：公开05表 A1:F40 按一般公共预算财政拨款支出决算表审核' });
    expect(overrideOutcome({ sheet: '合并表', range: 'A45:F95', table: 'T01' }, result, names).applied).toBe(true);
    expect(overrideOutcome({ sheet: '合并表', range: 'A1:F40', table: 'T01' }, result, names).applied).toBe(false);
  });

  it('says why not: the reason recognition gave, or a missing sheet', () => {
    expect(overrideOutcome({ sheet: '封面', table: 'T02' }, result, names)).toEqual({ applied: false, text: '未生效：按用户指定，整张工作表应为收入决算表，但未找到表头' });
    expect(overrideOutcome({ sheet: '旧表', table: 'T02' }, result, names)).toEqual({ applied: false, text: '未生效：工作簿中没有工作表“旧表”' });
    expect(overrideOutcome({ sheet: '公开05表', table: 'T06' }, result, names).text).toMatch(/^未生效：未能按/);
  });
});
