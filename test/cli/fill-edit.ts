import ExcelJS from 'exceljs';

/** Edits a workbook's bytes with ExcelJS (formulas and their cached results are kept as loaded). */
export async function editBytes(bytes: Uint8Array, edit: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  edit(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
