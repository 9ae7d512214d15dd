import { readXlsx } from '../src/cli/read-xlsx';
import { standardWorkbook } from './bench/standard-workbook';
import { audit } from '../src/engine/audit';
(async () => {
  const one = await readXlsx(await standardWorkbook(1), 'standard.xlsx');
  for (let i = 0; i < 100; i++) audit(one);
  const a = Date.now();
  for (let i = 0; i < 1500; i++) audit(one);
  console.log('per audit', (Date.now() - a) / 1500);
})();
