import type { Table } from '../../tables/table';
import type { Term } from '../support/identity';
import { lineTerm } from '../support/lines';

export const T10_NAME = '部门决算公开相关信息统计表';

/** 行次 of the counts: 车辆数合计 7, vehicle kinds 8–15 (no 16 in either 山西 seed), 设备 17. */
export const VEHICLE_TOTAL = 7;
export const VEHICLE_KINDS = [8, 9, 10, 11, 12, 13, 14, 15];
export const EQUIPMENT = 17;

/** 统计数 is 栏次1 (采购金额 / 统计数 column). */
export function t10Term(table: Table, line: number): Term {
  return lineTerm(table, line, 1);
}

/** Terms for the 行次 the table prints (a variant may leave some out). */
export function t10Terms(table: Table, lines: readonly number[]): Term[] {
  return lines.filter((n) => table.line(n)?.values.get(1)).map((n) => t10Term(table, n));
}
