import type { MappedTable } from '../../src/engine/audit';
import type { Finding } from '../../src/engine/finding';

/** A finding as the engine reports it; cells may be qualified ('公开02表!C7'). */
export function finding(code: string, severity: Finding['severity'], cells: string[], options: { sheet?: string; rounding?: boolean } = {}): Finding {
  const sheet = options.sheet ?? '公开01表';
  const locations = cells.map((c) => (c.includes('!') ? { sheet: c.split('!')[0], cell: c.split('!')[1] } : { sheet, cell: c }));
  return { code, title: `${code} 标题`, severity, sheet: cells.length > 0 ? sheet : '', cells, locations, message: `${code} 的算式`, messageId: 'sum', data: {}, rounding: options.rounding };
}

export function table(table: MappedTable['table'], sheet: string, range: string): MappedTable {
  return { table, sheet, range, unit: '万元', confidence: 1 };
}
