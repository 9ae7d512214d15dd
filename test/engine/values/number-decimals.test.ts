import { cellDecimal } from '../../../src/engine/money/decimal';
import { Grid } from '../../../src/engine/model/grid';
import { NumberDecimals } from '../../../src/engine/values/number-decimals';
import { readValueCell } from '../../../src/engine/values/read-cell';
import { sheet } from '../../helpers/sheet';

describe('NumberDecimals', () => {
  it('gives each raw number the Decimal cellDecimal(n) gives, built once', () => {
    const numbers = new NumberDecimals();
    for (const n of [0.1, 0.30000000000000004, 1234.5, -29.099, 1e-7, 123456789012.34, 42, -0]) {
      const first = numbers.of(n);
      expect(first.equals(cellDecimal(n))).toBe(true);
      expect(first.toString()).toBe(cellDecimal(n).toString());
      expect(numbers.of(n)).toBe(first);
    }
    expect(numbers.of(0.1)).not.toBe(numbers.of(0.2));
  });

  it('reads the same cells as readValueCell without it', () => {
    const s = sheet('s', [[362.07, '1,234.50', '——', null, 0, 362.07, '#REF!', 'x']]);
    const grid = new Grid(s);
    for (let c = 0; c < 8; c++) {
      const shared = grid.valueCell(0, c, '万元');
      const plain = readValueCell('s', { row: 0, col: c }, s.cells[0][c], '万元');
      expect({ ...shared, value: shared.value.toString() }).toEqual({ ...plain, value: plain.value.toString() });
    }
    // The two cells printing 362.07 share one Decimal.
    expect(grid.valueCell(0, 5).value).toBe(grid.valueCell(0, 0).value);
  });
});
