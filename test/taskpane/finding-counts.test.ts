import { findingKey } from '../../src/engine/plan/finding-key';
import { canExplain, categoryOf, orderFindings } from '../../src/taskpane/finding-category';
import { countFindings, countLabel, countsLine } from '../../src/taskpane/finding-counts';
import { filterFindings, isSeverityFilter, SEVERITY_FILTERS } from '../../src/taskpane/severity-filter';
import { finding } from './findings';

const E1 = finding('T01-1', 'error', ['C33']);
const E2 = finding('T01-2', 'error', ['C37']);
const E3 = finding('X-1', 'error', ['C33', '公开02表!C7']);
const W = finding('S-2', 'warning', ['A3']);
const R = finding('T02-1', 'info', ['C7'], { rounding: true });
const I = finding('SG-3', 'info', ['B8']);
const ALL = [I, R, W, E1, E2, E3];

describe('categories', () => {
  it('makes 尾差 its own category, apart from the severity', () => {
    expect(ALL.map(categoryOf)).toEqual(['info', 'rounding', 'warning', 'error', 'error', 'error']);
  });

  it('offers 出错说明 for errors and warnings only', () => {
    expect(ALL.map(canExplain)).toEqual([false, false, true, true, true, true]);
  });

  it('orders open findings worst first, explained ones last', () => {
    const explained = { [findingKey(E1)]: '已与财务核对' };
    expect(orderFindings(ALL, explained).map((f) => f.code)).toEqual(['T01-2', 'X-1', 'S-2', 'T02-1', 'SG-3', 'T01-1']);
  });
});

describe('counts', () => {
  it('counts open and explained findings per category', () => {
    const counts = countFindings(ALL, { [findingKey(E2)]: '口径不同', [findingKey(W)]: '已说明' });
    expect(counts).toEqual({ error: { open: 2, explained: 1 }, warning: { open: 0, explained: 1 }, rounding: { open: 1, explained: 0 }, info: { open: 1, explained: 0 } });
    expect(countLabel('error', counts.error)).toBe('错误 2（已说明 1）');
    expect(countLabel('info', counts.info)).toBe('提示 1');
    expect(countLabel('warning', { open: 0, explained: 0 })).toBe('警告 0');
  });

  it('does not count an empty explanation', () => {
    expect(countFindings([E1], { [findingKey(E1)]: '' }).error).toEqual({ open: 1, explained: 0 });
  });

  it('lines up the non-empty categories worst first', () => {
    expect(countsLine(countFindings([I, E1, R], {}))).toBe('错误 1 · 尾差 1 · 提示 1');
    expect(countsLine(countFindings([], {}))).toBe('');
  });
});

describe('severity filter', () => {
  it('offers 全部/错误/警告/尾差/提示', () => {
    expect(SEVERITY_FILTERS.map((f) => f.label)).toEqual(['全部', '错误', '警告', '尾差', '提示']);
    expect(isSeverityFilter('rounding')).toBe(true);
    expect(isSeverityFilter('fatal')).toBe(false);
  });

  it('keeps the findings of the chosen category', () => {
    expect(filterFindings(ALL, 'all')).toHaveLength(6);
    expect(filterFindings(ALL, 'error').map((f) => f.code)).toEqual(['T01-1', 'T01-2', 'X-1']);
    expect(filterFindings(ALL, 'rounding').map((f) => f.code)).toEqual(['T02-1']);
    expect(filterFindings(ALL, 'info').map((f) => f.code)).toEqual(['SG-3']);
  });
});
