import { writeFileSync, linkSync, mkdirSync } from 'node:fs';
import { standardWorkbook } from './bench/standard-workbook';
(async () => { const d='/tmp/s7/batch'; writeFileSync(d+'/standard.xlsx', await standardWorkbook(1)); mkdirSync(d+'/b',{recursive:true}); for(let i=0;i<2400;i++) linkSync(d+'/standard.xlsx', `${d}/b/u-${String(i).padStart(4,'0')}.xlsx`); })();
