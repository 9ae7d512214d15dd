import { composeNote, noteText, ORIGINAL_NOTE_MARK } from '../../src/cli/cell-note';
import { internalLink } from '../../src/cli/sheet-ref';
import { NOTE_PREFIX } from '../../src/engine/plan/colors';
import { findingNote } from '../../src/engine/plan/finding-note';
import { uniqueSheetName } from '../../src/engine/plan/report-plan';
import { finding } from './helpers/reports';

describe('cell notes', () => {
  const error = finding({ code: 'T01-2', severity: 'error', title: '收入总计', message: '总计不符', expected: '5570.34', actual: '5570.35', difference: '0.01', tolerance: '0.02' });
  const info = finding({ code: 'S-7', severity: 'info', title: '标点', message: '半角标点' });

  test('our prefix, then each finding with its amounts', () => {
    expect(composeNote(findingNote([error, info]), '')).toBe(`${NOTE_PREFIX}\n错误 T01-2 收入总计\n总计不符\n期望 5,570.34，实际 5,570.35，差额 0.01（尾差范围 0.02）\n\n提示 S-7 标点\n半角标点`);
  });

  test('the user’s note is kept below ours; our own old note is replaced', () => {
    const once = composeNote(findingNote([info]), '请核对（张三）');
    expect(once.endsWith(`${ORIGINAL_NOTE_MARK}\n请核对（张三）`)).toBe(true);
    const twice = composeNote(findingNote([error]), once);
    expect(twice.split(NOTE_PREFIX)).toHaveLength(2);
    expect(twice).not.toContain('S-7');
    expect(twice.endsWith('请核对（张三）')).toBe(true);
    expect(composeNote(findingNote([error]), composeNote(findingNote([info]), ''))).toBe(findingNote([error]));
  });

  test('rich-text notes are read as their plain text', () => {
    expect(noteText({ texts: [{ text: '第一段' }, { text: '第二段' }] })).toBe('第一段第二段');
    expect(noteText(undefined)).toBe('');
  });
});

describe('links and sheet names', () => {
  test('a HYPERLINK formula with the sheet quoted, quotes doubled', () => {
    expect(internalLink('公开01表', 'C39')).toEqual({ formula: 'HYPERLINK("#\'公开01表\'!C39","C39")', result: 'C39' });
    expect(internalLink("Tom's 表", 'A1', 'A1:F40').formula).toBe('HYPERLINK("#\'Tom\'\'s 表\'!A1","A1:F40")');
    expect(internalLink('a"b', 'B2').formula).toBe('HYPERLINK("#\'a""b\'!B2","B2")');
  });

  test('unique report sheet names, ignoring case as Excel does', () => {
    expect(uniqueSheetName('审核报告', ['公开01表'])).toBe('审核报告');
    expect(uniqueSheetName('审核报告', ['审核报告', '审核报告(2)'])).toBe('审核报告(3)');
    expect(uniqueSheetName('report', ['REPORT'])).toBe('report(2)');
  });
});
