import { ProtectedSheetError } from '../../src/excel/apply-marks';
import { WorkbookTooLargeError } from '../../src/excel/read-workbook';
import { describeError } from '../../src/taskpane/describe-error';
import { cellsOnSheet, cellsText, clearedText, exportedText } from '../../src/taskpane/pane-text';
import { finding } from './findings';

describe('describeError', () => {
  it('explains an Office.js error by its code, not its English message', () => {
    const error = Object.assign(new Error('The requested resource is locked'), { name: 'RichApi.Error', code: 'InvalidOperationInCellEditMode' });
    expect(describeError(error)).toBe('Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。（错误代码：InvalidOperationInCellEditMode）');
  });

  it("shows the adapter's own Chinese message", () => {
    expect(describeError(new ProtectedSheetError('公开01表'))).toMatch(/^工作表“公开01表”受保护/);
    expect(describeError(new WorkbookTooLargeError('明细', 6_000_000))).toMatch(/^工作簿过大/);
  });

  it('wraps anything else in a Chinese sentence', () => {
    expect(describeError(new TypeError('x is undefined'))).toBe('操作未完成：x is undefined');
    expect(describeError('boom')).toBe('操作未完成：boom');
  });
});

describe('pane text', () => {
  const f = finding('X-1', 'error', ['C33', 'C7', '公开02表!C7', 'C7']);

  it('lists the cells, qualifying those on other sheets', () => {
    expect(cellsText(f)).toBe('C33、C7、公开02表!C7、C7');
  });

  it('selects the distinct cells on the finding’s own sheet', () => {
    expect(cellsOnSheet(f)).toEqual(['C33', 'C7']);
  });

  it('confirms 清除标记 and 导出审核报告', () => {
    expect(clearedText({ restoredCells: 12, removedNotes: 3 })).toBe('已恢复 12 个单元格，删除 3 条批注');
    expect(exportedText('审核报告(2)')).toBe('已写入工作表 审核报告(2)');
  });
});
