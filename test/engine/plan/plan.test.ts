import type { Finding } from '../../../src/engine/finding';
import { EXPLAINED_FILL, NOTE_PREFIX, SEVERITY_FILL } from '../../../src/engine/plan/colors';
import { findingKey } from '../../../src/engine/plan/finding-key';
import { planMarks } from '../../../src/engine/plan/mark-plan';
import { toRectangles } from '../../../src/engine/plan/rectangles';
import { planReport, uniqueSheetName } from '../../../src/engine/plan/report-plan';
import { fromA1 } from '../../../src/engine/model/address';

function finding(code: string, severity: Finding['severity'], cells: string[], sheet = '公开01表'): Finding {
  return {
    code,
    title: `${code} 标题`,
    severity,
    sheet,
    cells,
    locations: cells.map((cell) => ({ sheet, cell })),
    message: `${code} 的算式`,
    messageId: 'sum',
    data: {},
  };
}

describe('toRectangles', () => {
  it('merges a column run and side-by-side runs into one rectangle', () => {
    const cells = ['C5', 'C6', 'C7', 'D5', 'D6', 'D7', 'F9'].map(fromA1);
    expect(toRectangles(cells)).toEqual([
      { top: 4, bottom: 6, left: 2, right: 3 },
      { top: 8, bottom: 8, left: 5, right: 5 },
    ]);
  });

  it('keeps duplicates once', () => {
    expect(toRectangles([fromA1('A1'), fromA1('A1')])).toEqual([{ top: 0, bottom: 0, left: 0, right: 0 }]);
  });
});

describe('planMarks', () => {
  it('gives a cell the worst colour and one note listing every finding on it', () => {
    const plan = planMarks([finding('T01-2', 'info', ['C33', 'C7']), finding('T01-5', 'error', ['C33', 'F37'])]);
    const red = plan.highlights.find((h) => h.color === SEVERITY_FILL.error)!;
    expect(red.rects).toEqual(expect.arrayContaining([{ top: 32, bottom: 32, left: 2, right: 2 }]));
    const note = plan.notes.find((n) => n.cell === 'C33')!;
    expect(note.text.startsWith(NOTE_PREFIX)).toBe(true);
    expect(note.text).toContain('T01-2');
    expect(note.text).toContain('T01-5');
    expect(plan.notes.filter((n) => n.cell === 'C33')).toHaveLength(1);
  });

  it('turns a cell green when all its findings are explained', () => {
    const f = finding('X-16', 'warning', ['D9']);
    const plan = planMarks([f], { [findingKey(f)]: '经济分类与功能分类口径不同' });
    expect(plan.highlights).toEqual([{ sheet: '公开01表', color: EXPLAINED_FILL, rects: [{ top: 8, bottom: 8, left: 3, right: 3 }] }]);
    expect(plan.notes[0].text).toContain('已说明：经济分类与功能分类口径不同');
  });
});

describe('planReport', () => {
  it('lists findings worst first with a link to their first cell, under a unique sheet name', () => {
    const result = {
      findings: [finding('T01-1', 'info', ['C33']), finding('T01-5', 'error', ['C37'])],
      tables: [{ sheet: '公开01表', range: 'A1:F37', table: 'T01' as const, label: '公开01表', unit: '万元' as const, confidence: 1 }],
      unrecognized: [{ sheet: '封面', reason: '未找到任何标准表的标题或表头' }],
      unchecked: [{ code: 'X-8', title: '政府性基金', reason: '未找到政府性基金预算财政拨款收入支出决算表' }],
    };
    const plan = planReport(result, ['公开01表', '审核报告']);
    expect(plan.sheetName).toBe('审核报告(2)');
    const findingRows = plan.rows.filter((r) => r.severity);
    expect(findingRows.map((r) => r.cells[1])).toEqual(['T01-5', 'T01-1']);
    expect(findingRows[0].link).toEqual({ sheet: '公开01表', cell: 'C37', column: 4 });
    expect(plan.rows.some((r) => r.cells[0] === '封面')).toBe(true);
    expect(plan.rows.some((r) => r.cells[0] === 'X-8')).toBe(true);
  });

  it('picks the first free name', () => {
    expect(uniqueSheetName('审核报告', ['审核报告', '审核报告(2)'])).toBe('审核报告(3)');
    expect(uniqueSheetName('审核报告', [])).toBe('审核报告');
  });
});
