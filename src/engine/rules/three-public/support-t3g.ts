import type { Table } from '../../tables/table';
import type { Term } from '../support/identity';

export const T3G_NAME = '财政拨款“三公”经费支出决算表';

/** 栏次 1–6 预算数, 7–12 决算数, in the same order. */
const ITEMS = ['合计', '因公出国（境）费', '公务用车购置及运行维护费小计', '公务用车购置费', '公务用车运行维护费', '公务接待费'];

export function columnName(col: number): string {
  return `${col <= 6 ? '预算数' : '决算数'}${ITEMS[(col - 1) % 6]}（栏次${col}）`;
}

export function t3gTerm(table: Table, col: number): Term {
  return { cell: table.value('data', col), name: columnName(col) };
}

/** The two sides of the table: 预算数 starts at 栏次1, 决算数 at 栏次7. */
export const SIDES = [
  { name: '预算数', offset: 0 },
  { name: '决算数', offset: 6 },
] as const;
