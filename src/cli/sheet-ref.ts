/** A sheet name as a formula reference: always quoted, a quote inside doubled ('It''s'). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * A link to a cell of the same workbook, as a HYPERLINK formula with its cached text.
 * Not ExcelJS's `{ text, hyperlink: '#Sheet!A1' }`: ExcelJS 4.4 writes that as an external
 * relationship *and* a `location`, which Excel joins into “#Sheet!A1##Sheet!A1” and cannot
 * follow (exceljs/exceljs#3027). HYPERLINK("#…") works in Excel, WPS and LibreOffice.
 */
export function internalLink(sheet: string, cell: string, text: string = cell): { formula: string; result: string } {
  const target = `#${quoteSheet(sheet)}!${cell}`;
  const literal = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return { formula: `HYPERLINK(${literal(target)},${literal(text)})`, result: text };
}
