import type ExcelJS from 'exceljs';
import { readXlsx } from '../../src/cli/read-xlsx';
import { planFill, type FillPlan } from '../../src/engine/fill';
import { recognizeWorkbook } from '../../src/engine/recognize/recognize-workbook';
import { editFixture, type FixtureName } from './helpers/workbooks';

export async function planOf(bytes: Uint8Array): Promise<FillPlan> {
  return planFill(recognizeWorkbook(await readXlsx(bytes, 'x.xlsx')));
}

/** The fixture with every derived cell the fill knows emptied (as a user deleting them), optionally edited further. */
export async function blankedFixture(name: FixtureName, more?: (wb: ExcelJS.Workbook) => void): Promise<{ bytes: Uint8Array; keys: string[] }> {
  const plain = await editFixture(name, () => undefined);
  const keys = (await planOf(plain)).items.map((i) => i.key);
  const bytes = await editFixture(name, (wb) => {
    for (const key of keys) {
      const [sheet, cell] = key.split('!');
      wb.getWorksheet(sheet)!.getCell(cell).value = null;
    }
    more?.(wb);
  });
  return { bytes, keys };
}
