// The 填充 line of `npm run bench`: syncs and time of 填充 on the in-memory Excel host at 1× and
// 10× the standard workbook (11 and 110 自评表). The sync count must not grow with the number of 自评表.
import { fillChangePlan, planFill } from '../../src/engine/fill';
import { recognizeWorkbook } from '../../src/engine/recognize/recognize-workbook';
import { applyFill } from '../../src/excel/apply-fill';
import { detectFeatures } from '../../src/excel/features';
import { readWorkbook } from '../../src/excel/read-workbook';
import { createExcelHost, installGlobals } from '../../test/excel-host';
import { loadXlsx } from '../../test/excel-host/load-xlsx';
import { standardWorkbook } from './standard-workbook';

export async function fillBench(): Promise<void> {
  const features = detectFeatures(() => true);
  for (const times of [1, 10]) {
    const host = createExcelHost(await loadXlsx(new Uint8Array(await standardWorkbook(times))));
    const uninstall = installGlobals(host);
    try {
      const start = process.hrtime.bigint();
      const { snapshot } = await readWorkbook(features);
      const readSyncs = host.syncCount;
      const tables = recognizeWorkbook(snapshot);
      // The standard workbook's derived cells are already right: rewrite them all as formulas.
      const writes = fillChangePlan(planFill(tables, { replaceSame: true, replace: 'all' })).writes ?? [];
      await applyFill(writes, features);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const selfEvals = tables.selfEvals.filter((s) => s.variant === 'project').length;
      console.log(`Excel（内存宿主）：${times}× 标准工作簿 填充 ${selfEvals} 张自评表 ${writes.length} 个单元格 sync ${host.syncCount} 次（读取 ${readSyncs} 次），${ms.toFixed(0)} ms`);
    } finally {
      uninstall();
    }
  }
}
