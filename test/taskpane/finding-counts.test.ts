import { findingKey } from '../../src/engine/plan/finding-key';
import { canExplain, categoryOf, orderFindings } from '../../src/taskpane/finding-category';
import { countFindings, countsLine } from '../../src/taskpane/finding-counts';
import { filterFindings, findingsTitle, FILTER_LABEL } from '../../src/taskpane/severity-filter';
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

  it('orders 错误 → 警告 → 提示 → 尾差, the engine order within each', () => {
    expect(orderFindings(ALL).map((f) => f.code)).toEqual(['T01-1', 'T01-2', 'X-1', 'S-2', 'SG-3', 'T02-1']);
  });
});

describe('counts (the engine summary)', () => {
  it('counts each category once, 尾差 apart from 提示, and the explained ones', () => {
    const counts = countFindings(ALL, { [findingKey(E2)]: '口径不同', [findingKey(W)]: '已说明' });
    expect(counts).toEqual({ error: 3, warning: 1, info: 1, rounding: 1, unchecked: 0, explained: 2 });
  });

  it('does not count an empty explanation', () => {
    expect(countFindings([E1], { [findingKey(E1)]: '' }).explained).toBe(0);
  });

  it('lines up the non-empty categories, the important first', () => {
    expect(countsLine(countFindings([R, I, E1], {}))).toBe('错误 1 · 提示 1 · 尾差 1');
    expect(countsLine(countFindings([E1], { [findingKey(E1)]: '说明' }))).toBe('错误 1 · 已说明 1');
    expect(countsLine(countFindings([], {}))).toBe('');
  });
});

describe('severity filter (the summary badges)', () => {
  it('keeps the findings of the chosen category; 已说明 keeps the explained ones', () => {
    expect(filterFindings(ALL, 'all')).toHaveLength(6);
    expect(filterFindings(ALL, 'error').map((f) => f.code)).toEqual(['T01-1', 'T01-2', 'X-1']);
    expect(filterFindings(ALL, 'rounding').map((f) => f.code)).toEqual(['T02-1']);
    expect(filterFindings(ALL, 'info').map((f) => f.code)).toEqual(['SG-3']);
    expect(filterFindings(ALL, 'explained', { [findingKey(W)]: '口径' }).map((f) => f.code)).toEqual(['S-2']);
    expect(FILTER_LABEL.rounding).toBe('尾差');
  });

  it('titles the findings section with the count shown', () => {
    expect(findingsTitle(ALL, 'all', {})).toBe('审核结果（6）');
    expect(findingsTitle(ALL, 'error', {})).toBe('审核结果（错误 3 / 共 6）');
    expect(findingsTitle(ALL, 'explained', {})).toBe('审核结果（已说明 0 / 共 6）');
  });
});
