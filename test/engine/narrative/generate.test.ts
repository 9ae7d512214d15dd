import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recognizeWorkbook } from '../../../src/engine/recognize/recognize-workbook';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import type { WorkbookSnapshot } from '../../../src/engine/model/snapshot';
import { readFixture } from '../../helpers/fixtures';
import { evaluatePlan } from './support/hyperformula';

const SEEDS = ['000', '002', '004'] as const;
const books: Record<string, WorkbookSnapshot> = {};

function inputsOf(seed: string): Record<string, string | number> {
  return JSON.parse(readFileSync(join(__dirname, '../../data/narrative-inputs', `seed-${seed}.json`), 'utf8')).inputs;
}

beforeAll(async () => {
  for (const s of SEEDS) books[s] = await readFixture(`seed-${s}.xlsx`);
});

describe.each(SEEDS)('seed %s', (seed) => {
  it.each([
    ['with the inputs its narrative implies', true],
    ['without inputs (placeholders)', false],
  ])('formula and static text agree character for character (%s)', (_, withInputs) => {
    const set = recognizeWorkbook(books[seed]);
    const inputs = withInputs ? inputsOf(seed) : {};
    const live = generateNarrative(set, { inputs });
    const plain = generateNarrative(set, { inputs, mode: 'static' });
    const values = evaluatePlan(books[seed], live.plan.newSheets!);
    const sheet = live.plan.newSheets![0];
    let formulas = 0;
    for (const w of sheet.cells) {
      if (!w.formula) continue;
      formulas++;
      expect(w.formula.length).toBeLessThan(8192);
      expect(values.get(`${sheet.name}!${w.cell}`)).toBe(w.value);
    }
    expect(formulas).toBeGreaterThan(10);
    expect(live.rows.map((r) => r.text)).toEqual(plain.rows.map((r) => r.text));
    expect(plain.plan.newSheets![0].cells.some((w) => w.formula)).toBe(false);
  });
});
