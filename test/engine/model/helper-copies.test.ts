import { Grid } from '../../../src/engine/model/grid';
import { sheet, type CellInput } from '../../helpers/sheet';

/**
 * A hidden column that prints what a visible column prints (a lookup key beside the table, a
 * formula copy, a pasted backup) is read as blank; a hidden column that is the table's only copy
 * of something is read. Column D (index 3) is the hidden one in every case.
 */
function gridOf(rows: CellInput[][], hidden = [3]): Grid {
  return new Grid({ ...sheet('s', rows), hiddenColumns: hidden });
}

const CODES: CellInput[][] = [
  ['科目编码', '科目名称', '决算数', '科目编码'],
  ["'301", '工资福利支出', 262.49, "'301"],
  ["'30101", '基本工资', 100.5, "'30101"],
  ["'30102", '津贴补贴', 50, "'30102"],
];

describe('Grid: hidden copies of visible columns', () => {
  it.each([
    ['a copy of the code column, caption and all', CODES],
    ['a formula copy of the amounts, body rows only', [['项目', '行次', '金额', ''], ['收入', 1, 430.21, 430.21], ['支出', 2, 12.5, 12.5], ['结余', 3, 7, 7]]],
    ['a copy of the 行次 column', [['项目', '行次', '金额', '行次'], ['收入', 1, 430.21, 1], ['支出', 2, 12.5, 2], ['结余', 3, 0, 3]]],
  ])('reads %s as blank', (_name, rows) => {
    const grid = gridOf(rows);
    expect([...grid.helperCopyColumns()]).toEqual([3]);
    for (let r = 0; r < rows.length; r++) {
      expect(grid.cell(r, 3)).toBeUndefined();
      expect(grid.text(r, 3)).toBe('');
    }
    // The visible original is read as it is.
    expect(grid.text(1, 0)).toBe(String(rows[1][0]).replace(/^'/, ''));
  });

  it.each([
    ['the only 行次 column, hidden by the user', [['项目', '金额', '', '行次'], ['收入', 430.21, '', 1], ['支出', 12.5, '', 2], ['结余', 7, '', 3]]],
    ['a caption and zeros beside a visible column of zeros under the same caption', [['公务接待费', '决算数', '', '决算数'], ['', 0, '', 0], ['', 0, '', 0]]],
    ['a copy of only two figures', [['项目', '金额', '', ''], ['收入', 430.21, '', 430.21], ['支出', 12.5, '', 12.5]]],
    ['a formula copy in 元 (other figures)', [['项目', '金额', '', '金额'], ['收入', 430.21, '', 4302100], ['支出', 12.5, '', 125000], ['结余', 7, '', 70000]]],
    ['a copy whose one cell differs', [['项目', '行次', '金额', '行次'], ['收入', 1, 430.21, 1], ['支出', 2, 12.5, 2], ['结余', 3, 0, 4]]],
  ])('reads %s', (_name, rows) => {
    const grid = gridOf(rows);
    expect([...grid.helperCopyColumns()]).toEqual([]);
    expect(grid.cell(1, 3)).toBeDefined();
  });

  it('reads a visible duplicate column, and a hidden copy of a hidden column', () => {
    expect([...gridOf(CODES, []).helperCopyColumns()]).toEqual([]);
    expect(gridOf(CODES, []).text(1, 3)).toBe('301');
    expect([...gridOf(CODES, [0, 3]).helperCopyColumns()]).toEqual([]);
  });
});
