import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fillChangePlan, type FillPlan } from '../../src/engine/fill';
import type ExcelJS from 'exceljs';
import { editBytes } from './fill-edit';
import { blankedFixture, planOf } from './fill-helpers';
import { run } from './helpers/memory-io';
import type { FixtureName } from './helpers/workbooks';

// LibreOffice recalculates every formula when it loads the file (OOXMLRecalcMode 0 = always),
// so the CSV shows what the fill's formulas compute, not the cached values we wrote.
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

/** CSV field of a simple comma-separated line with "…" quoting. */
function parseCsv(text: string): string[][] {
  return text.split(/\r?\n/).map((line) => {
    const out: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted && ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) {
        out.push(cur);
        cur = '';
      } else cur += ch;
    }
    out.push(cur);
    return out;
  });
}

interface Case {
  name: string;
  bytes: Uint8Array;
  plan: FillPlan;
}

const dir = mkdtempSync(join(tmpdir(), 'juesuan-fill-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('LibreOffice Calc, recalculating on load, shows the engine’s value in every filled cell (filled seeds, and 000/004 with a changed 全年执行数)', async () => {
  const cases: Case[] = [];
  const mutations: [FixtureName, string, (v: number) => number][] = [
    ['seed-000.xlsx', '000', (v) => v],
    ['seed-004.xlsx', '004', (v) => v],
    ['seed-002.xlsx', '002', (v) => v],
    ['seed-000.xlsx', '000m', () => 10],
    ['seed-004.xlsx', '004m', (v) => Math.round(v * 500) / 1000],
  ];
  for (const [fixture, name, change] of mutations) {
    const { bytes } = await blankedFixture(fixture);
    const filled = await run(['fill', 'in.xlsx', '-o', 'out.xlsx'], { 'in.xlsx': bytes });
    expect(filled.code).toBe(0);
    let out = filled.io.files.get('out.xlsx')!;
    let expected = await planOf(out);
    if (name.endsWith('m')) {
      // The filled copy with each project's 全年执行数 changed (the cached results left stale):
      // only the formulas can follow. The engine's values come from the same change on the blank input.
      const mutate = (wb: ExcelJS.Workbook) => {
        for (const ws of wb.worksheets) if (/自评表/.test(ws.name) && typeof ws.getCell('F7').value === 'number') ws.getCell('F7').value = change(ws.getCell('F7').value as number);
      };
      out = await editBytes(out, mutate);
      expected = await planOf((await blankedFixture(fixture, mutate)).bytes);
      expect(expected.items.every((i) => i.status === 'empty')).toBe(true);
    }
    cases.push({ name, bytes: out, plan: expected });
    writeFileSync(join(dir, `${name}.xlsx`), out);
  }
  const profile = join(dir, 'profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', join(dir, 'csv'), ...cases.map((c) => join(dir, `${c.name}.xlsx`))],
    { stdio: 'pipe', timeout: 180_000 },
  );
  const csvFiles = readdirSync(join(dir, 'csv'));
  let compared = 0;
  for (const c of cases) {
    // The fill planned on the (possibly mutated) copy: every derived cell is 'same' when the formulas followed.
    for (const item of c.plan.items) {
      const file = csvFiles.find((f) => f === `${c.name}-${item.sheet}.csv`);
      expect([c.name, item.sheet, file !== undefined]).toEqual([c.name, item.sheet, true]);
      const rows = parseCsv(readFileSync(join(dir, 'csv', file!), 'utf8'));
      const m = /^([A-Z]+)(\d+)$/.exec(item.cell)!;
      const shown = rows[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65] ?? '';
      const value = fillChangePlan({ items: [{ ...item, chosen: true }], notes: [] }).writes![0].value;
      const agrees = typeof value === 'number' ? Math.abs(Number(shown.replace(/[,%]/g, '')) / (shown.endsWith('%') ? 100 : 1) - value) < 1e-6 : shown === value;
      expect([c.name, item.key, shown, agrees]).toEqual([c.name, item.key, shown, true]);
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(40);
}, 240_000);
