import { rangeToA1 } from '../engine/model/address';
import type { RangeRect } from '../engine/model/snapshot';

/** Excel refuses getRanges addresses longer than 8,192 characters; stay well under. */
export const MAX_ADDRESS_CHARS = 7000;

/** Rectangles as comma-separated A1 lists, each list under the limit. */
export function addressChunks(rects: readonly RangeRect[], limit = MAX_ADDRESS_CHARS): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const rect of rects) {
    const a1 = rangeToA1(rect);
    if (current && current.length + 1 + a1.length > limit) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current},${a1}` : a1;
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Every cell of the rectangles, row by row: for saving original fills. */
export function cellsOf(rect: RangeRect): { row: number; col: number }[] {
  const cells: { row: number; col: number }[] = [];
  for (let row = rect.top; row <= rect.bottom; row++) for (let col = rect.left; col <= rect.right; col++) cells.push({ row, col });
  return cells;
}
