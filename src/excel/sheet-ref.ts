/** Sheet-qualified address for workbook-level collections (notes, comments): 'My sheet'!C9. */
export function qualifiedAddress(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}
