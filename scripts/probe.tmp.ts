import { readXlsx } from '../src/cli/read-xlsx';
import { standardWorkbook } from '../scripts/bench/standard-workbook';
import { recognizeWorkbook } from '../src/engine/recognize/recognize-workbook';
import { checkReadings } from '../src/engine/recognize/reading-check/check-readings';
import { runRules } from '../src/engine/rules/run-rules';
import { RULES } from '../src/engine/rules';
import { dedupeFindings } from '../src/engine/rules/dedupe';
import { planFill, fillableFindings } from '../src/engine/fill';
import { audit } from '../src/engine/audit';
import { performance } from 'node:perf_hooks';
(async () => {
  const one = await readXlsx(await standardWorkbook(1), 'standard.xlsx');
  for (let i = 0; i < 50; i++) audit(one);
  const N = 200;
  const t: Record<string, number[]> = { rec: [], read: [], rules: [], dedupe: [], fill: [], total: [] };
  for (let i = 0; i < N; i++) {
    const a = performance.now();
    const ts = recognizeWorkbook(one);
    const b = performance.now();
    const reading = checkReadings(ts, RULES, {});
    const c = performance.now();
    const res = runRules(RULES, ts, {});
    const d = performance.now();
    const dd = dedupeFindings(res.findings, ts.tables);
    const e = performance.now();
    const ff = fillableFindings(planFill(ts));
    const f = performance.now();
    reading.filter([...dd, ...ff]);
    t.rec.push(b - a); t.read.push(c - b); t.rules.push(d - c); t.dedupe.push(e - d); t.fill.push(f - e);
  }
  for (let i = 0; i < N; i++) { const a = performance.now(); audit(one); t.total.push(performance.now() - a); }
  const med = (x: number[]) => [...x].sort((p, q) => p - q)[x.length >> 1];
  const min = (x: number[]) => Math.min(...x);
  for (const [k, v] of Object.entries(t)) console.log(k.padEnd(8), 'min', min(v).toFixed(2), 'med', med(v).toFixed(2));
  if (process.argv[2] === 'rules') {
    const ts = recognizeWorkbook(one);
    const rows: [string, number][] = [];
    for (const r of RULES) {
      const xs: number[] = [];
      for (let i = 0; i < 100; i++) { const a = performance.now(); runRules([r], ts, {}); xs.push(performance.now() - a); }
      rows.push([r.code, min(xs)]);
    }
    rows.sort((a, b) => b[1] - a[1]);
    console.log(rows.slice(0, 25).map(([c, v]) => `${c} ${v.toFixed(3)}`).join('\n'));
    console.log('sum of mins', rows.reduce((s, r) => s + r[1], 0).toFixed(2), 'rules', rows.length);
  }
})();
