import type { RangeRect } from './snapshot';

/** A cell position inside the engine: zero-based row and column. A1 text only at the edges. */
export interface CellPos {
  row: number;
  col: number;
}

export function columnLetters(col: number): string {
  let letters = '';
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function toA1(pos: CellPos): string {
  return `${columnLetters(pos.col)}${pos.row + 1}`;
}

export class AddressError extends Error {
  constructor(address: string) {
    super(`不是有效的单元格地址：${JSON.stringify(address)}`);
    this.name = 'AddressError';
  }
}

export function fromA1(address: string): CellPos {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.trim().toUpperCase());
  if (!match) throw new AddressError(address);
  let col = 0;
  for (const ch of match[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

export function rangeToA1(rect: RangeRect): string {
  const start = toA1({ row: rect.top, col: rect.left });
  const end = toA1({ row: rect.bottom, col: rect.right });
  return start === end ? start : `${start}:${end}`;
}

export function rangeFromA1(address: string): RangeRect {
  const [a, b] = address.split(':');
  const start = fromA1(a);
  const end = b ? fromA1(b) : start;
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}
