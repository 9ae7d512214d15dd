import type { Finding } from '../../../../src/engine/finding';
import { fromA1 } from '../../../../src/engine/model/address';
import { dedupeFindings } from '../../../../src/engine/rules/dedupe';

function finding(code: string, cells: string[], extra: Partial<Finding> = {}): Finding {
  return {
    code,
    title: code,
    severity: 'error',
    sheet: '公开02表',
    cells,
    locations: cells.map((cell) => ({ sheet: '公开02表', cell })),
    message: `${code} ${cells[0]}`,
    messageId: 'sum',
    data: {},
    ...extra,
  };
}

const figures = { expected: '430.20', actual: '430.21', difference: '0.01' };
const shift = (cells: string[], by: number) => cells.map((c) => String.fromCharCode(c.charCodeAt(0) + by) + c.slice(1));

describe('one identity broken alike in several columns', () => {
  const rows = ['C47', 'C48', 'C54', 'C58'];

  it.each([2, 3, 7])('joins %i columns with identical figures into one finding naming every cell', (columns) => {
    const input = Array.from({ length: columns }, (_, k) => finding('T02-2', shift(rows, k), figures));
    const out = dedupeFindings(input);
    expect(out).toHaveLength(1);
    expect(out[0].cells).toEqual(input.flatMap((f) => f.cells));
    expect(out[0].data.columns).toBe(String(columns));
    // Without the tables the columns are named by their total cells; long lists are cut to the first few with a count.
    if (columns > 4) expect(out[0].message).toContain(`；C47、D47、E47、F47 等 ${columns} 栏数字相同，是同一问题`);
    else expect(out[0].message).toContain(`；${input.map((f) => f.cells[0]).join('、')}数字相同，是同一问题`);
  });

  it('keeps columns apart when their figures differ', () => {
    const out = dedupeFindings([finding('T02-2', rows, figures), finding('T02-2', shift(rows, 1), { ...figures, actual: '288.68' })]);
    expect(out).toHaveLength(2);
  });

  it('keeps identities on other rows, other rules and other severities apart', () => {
    const other = ['C55', 'C56', 'C57', 'C58'];
    const out = dedupeFindings([
      finding('T02-2', rows, figures),
      finding('T02-2', shift(other, 1), figures),
      finding('T03-2', shift(rows, 1), figures),
      finding('T02-2', shift(rows, 2), { ...figures, severity: 'info', rounding: true }),
    ]);
    expect(out).toHaveLength(4);
  });

  it('leaves findings without figures as they are', () => {
    const input = [finding('S-7', ['B10']), finding('S-7', ['C10'])];
    expect(dedupeFindings(input)).toEqual(input);
  });

  it('keeps the order of the first finding of each group', () => {
    const a = finding('T02-2', rows, figures);
    const b = finding('T01-1', ['C33'], { expected: '1', actual: '2', difference: '1' });
    const c = finding('T02-2', shift(rows, 1), figures);
    const out = dedupeFindings([a, b, c]);
    expect(out.map((f) => f.code)).toEqual(['T02-2', 'T01-1']);
    expect(out[0].cells.map((x) => fromA1(x).col)).toEqual([2, 2, 2, 2, 3, 3, 3, 3]);
  });
});

describe('knock-on findings', () => {
  const pe9 = finding('PE-9', ['E7', 'F7', 'D7', 'D28'], { sheet: '自评表1', locations: ['E7', 'F7', 'D7', 'D28'].map((cell) => ({ sheet: '自评表1', cell })), severity: 'warning', messageId: 'basis' });
  const pe10 = (cell: string, severity: Finding['severity'] = 'warning') =>
    finding('PE-10', [cell, 'H7'], { sheet: '自评表1', locations: [cell, 'H7'].map((c) => ({ sheet: '自评表1', cell: c })), severity, messageId: 'figure', data: { quote: '预算执行率为69%' } });

  it('folds a PE-10 warning on the sentence PE-9 quotes into the PE-9 finding', () => {
    const out = dedupeFindings([pe9, pe10('D28')]);
    expect(out.map((f) => f.code)).toEqual(['PE-9']);
    expect(out[0].data.knockOns).toBe('1');
    expect(out[0].message).toContain('预算执行率为69%');
  });

  it('keeps PE-10 on another sentence, and PE-10 info on the same one', () => {
    const out = dedupeFindings([pe9, pe10('D29'), pe10('D28', 'info')]);
    expect(out.map((f) => f.code)).toEqual(['PE-9', 'PE-10', 'PE-10']);
  });

  it('keeps PE-10 when PE-9 is only an info', () => {
    expect(dedupeFindings([{ ...pe9, severity: 'info' }, pe10('D28')])).toHaveLength(2);
  });

  it('reports an L-1 label problem once per table', () => {
    const dup = finding('L-1', ['A2', "'公开06表'!A2"], { messageId: 'duplicateLabel', severity: 'warning', locations: [{ sheet: '公开05表', cell: 'A2' }, { sheet: '公开06表', cell: 'A2' }] });
    const wrong = finding('L-1', ['A2'], { sheet: '公开06表', messageId: 'wrongLabel', severity: 'warning', locations: [{ sheet: '公开06表', cell: 'A2' }], data: { sheet: '公开06表', cell: 'A2', expected: '06' } });
    const out = dedupeFindings([dup, wrong]);
    expect(out).toHaveLength(1);
    expect(out[0].message).toContain('公开06表 A2 应为“公开06表”');
  });
});

describe('one wrong total, one finding', () => {
  const off = { expected: '95.00', actual: '96.00', difference: '1.00' };

  it('a row identity that fails because a wrong total enters it, by the same amount, is told in the total’s finding', () => {
    const column = finding('GF-3', ['D194', 'D195', 'D199'], off);
    const row = finding('GF-2', ['H194', 'C194', 'D194', 'E194'], { expected: '4.50', actual: '3.50', difference: '1.00' });
    const out = dedupeFindings([row, column]);
    expect(out).toHaveLength(1);
    expect(out[0].code).toBe('GF-3');
    expect(out[0].cells).toEqual(['D194', 'D195', 'D199', 'H194', 'C194', 'E194']);
    expect(out[0].message).toContain('D194 参与的 GF-2 H194 因此相差同样的 1.00，不另报');
  });

  it.each([
    ['another difference', { expected: '4.50', actual: '3.00', difference: '1.50' }, 'error' as const],
    ['a 尾差 on the other identity', { expected: '4.50', actual: '4.49', difference: '0.01', rounding: true }, 'info' as const],
  ])('keeps them apart with %s', (_name, figures2, severity) => {
    const column = finding('GF-3', ['D194', 'D195', 'D199'], off);
    const row = finding('GF-2', ['H194', 'C194', 'D194', 'E194'], { ...figures2, severity });
    expect(dedupeFindings([row, column])).toHaveLength(2);
  });

  it('the same figure in another table, off by the same amount, is a consequence too (named by its other cell)', () => {
    const total = finding('T01-1', ['C33', 'C7', 'C14'], { expected: '320.00', actual: '321.00', difference: '1.00' });
    const cross = finding('X-1', ['C33', '公开02表!C7'], { messageId: 'equal', expected: '320.00', actual: '321.00', difference: '1.00' });
    const out = dedupeFindings([total, cross]);
    expect(out.map((f) => f.code)).toEqual(['T01-1']);
    expect(out[0].message).toContain('C33 参与的 X-1 公开02表!C7 因此相差同样的 1.00，不另报');
    expect(out[0].cells).toContain('公开02表!C7');
  });

  it('keeps them apart when the shared cell is not the failing total', () => {
    const a = finding('GF-3', ['D194', 'D195', 'D199'], off);
    const b = finding('GF-2', ['H195', 'C195', 'D195', 'E195'], off);
    expect(dedupeFindings([a, b])).toHaveLength(2);
  });
});

describe('a fund table with data beside an empty 总表 column', () => {
  const off = { expected: '0.00', actual: '95.00', difference: '95.00' };

  it('X-10 tells the line-by-line X-8 differences of that fund, not those of the other fund', () => {
    const x10 = finding('X-10', ['C194', 'D194'], { messageId: 'tableNotEmpty', data: { table: '政府性基金预算财政拨款收入支出决算表' } });
    const x8 = [finding('X-8', ['公开04表!E40', 'D194'], { messageId: 'equal', ...off }), finding('X-8', ['公开04表!E41', 'D195'], { messageId: 'missingRow' })];
    const x9 = finding('X-9', ['公开04表!F40', 'C211'], { messageId: 'equal', ...off });
    const out = dedupeFindings([x10, ...x8, x9]);
    expect(out.map((f) => f.code)).toEqual(['X-10', 'X-9']);
    expect(out[0].message).toContain('两表逐项核对的 2 处不一致不另报');
  });
});
