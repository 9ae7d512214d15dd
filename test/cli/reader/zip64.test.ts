// ZIP64: some producers write ZIP64 records even for small workbooks. They are read like any
// other package, and the same size, ratio and count limits apply to the sizes they declare.
import { readXlsx } from '../../../src/cli/read-xlsx';
import { fixtureBytes } from '../helpers/workbooks';
import { deflated, partsOf } from './helpers/zip';
import { writeZip64 } from './helpers/zip64';

async function seedEntries() {
  return [...partsOf(await fixtureBytes('seed-004.xlsx'))].map(([name, bytes]) => deflated(name, bytes));
}

describe('ZIP64 packages', () => {
  test.each([
    ['ZIP64 end records and ZIP64 extra fields everywhere', true],
    ['ZIP64 records beside a classic end record that holds the real values', false],
  ])('%s: read exactly as the plain package', async (_what, markEnd) => {
    const plain = await readXlsx(await fixtureBytes('seed-004.xlsx'), 'seed-004.xlsx');
    const zip64 = await readXlsx(writeZip64(await seedEntries(), { markEnd }), 'seed-004-zip64.xlsx');
    expect(zip64).toEqual(plain);
  });

  test('a part declaring more than 32 MB in its ZIP64 field is refused before inflating, naming the part', async () => {
    const entries = await seedEntries();
    const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    sheet.declared = 40 * 1024 * 1024;
    await expect(readXlsx(writeZip64(entries), 'bomb.xlsx')).rejects.toThrow(/部件 xl\/worksheets\/sheet1\.xml）：部件解压后有 40.0 MB，超过上限 32.0 MB/);
  });

  test('a declared compression ratio beyond 200:1 is refused', async () => {
    const entries = await seedEntries();
    const sheet = entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    sheet.declared = sheet.data.length * 500;
    await expect(readXlsx(writeZip64(entries), 'ratio.xlsx')).rejects.toThrow(/压缩比 \d+:1，超过上限 200:1/);
  });

  test('a total declared in ZIP64 beyond 1 GB is refused as a zip bomb', async () => {
    const entries = await seedEntries();
    for (const e of entries.slice(0, 3)) e.declared = 500 * 1024 * 1024;
    await expect(readXlsx(writeZip64(entries), 'total.xlsx')).rejects.toThrow(/解压后总大小超过上限/);
  });

  test('an entry count beyond 10,000 in the ZIP64 end record is refused', async () => {
    await expect(readXlsx(writeZip64(await seedEntries(), { count: 20_000 }), 'many.xlsx')).rejects.toThrow(/个部件，超过上限/);
  });
});
