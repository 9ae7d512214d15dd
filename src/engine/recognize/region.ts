import type { Grid } from '../model/grid';

/** The rows of one sheet that hold one table: from its title (or the sheet top) to before the next. */
export interface Region {
  grid: Grid;
  top: number;
  bottom: number;
  /** The row of the title cell, when the table has one. */
  titleRow?: number;
  titleCol?: number;
}

/** How far below the title the header rows and the 栏次 line may lie. */
export const HEADER_SCAN_ROWS = 14;
