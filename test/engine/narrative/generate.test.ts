import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recognizeWorkbook } from '../../../src/engine/recognize/recognize-workbook';
import { generateNarrative } from '../../../src/engine/narrative/generate';
import type { WorkbookSnapshot } from '../../../src/engine/model/snapshot';
import { readFixture } from '../../helpers/fixtures';
import { sampleWorkbook } from '../../helpers/sample-workbook';
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

describe('live grade counts', () => {
  /** The seed with the first indicator score of its first 自评表 lowered by `by`. */
  function lowered(seed: string, by: number): WorkbookSnapshot {
    const copy: WorkbookSnapshot = JSON.parse(JSON.stringify(books[seed]));
    const pe = recognizeWorkbook(copy).selfEvals[0];
    const score = pe.indicators.find((i) => i.score.kind === 'number' && i.score.value.greaterThanOrEqualTo(by))!.score;
    const cell = copy.sheets.find((s) => s.name === pe.sheet)!.cells[score.pos.row]![score.pos.col]!;
    const value = score.value.minus(by).toNumber();
    copy.sheets.find((s) => s.name === pe.sheet)!.cells[score.pos.row]![score.pos.col] = { ...cell, value, text: String(value), formula: undefined };
    return copy;
  }

  it.each([
    ['004', 10, '2个项目自评等级为“优”，1个项目自评等级为“良”'],
    ['004', 20, '2个项目自评等级为“优”，0个项目自评等级为“良”，1个项目自评等级为“中”'],
    ['000', 20, '0个项目自评等级为“优”，0个项目自评等级为“良”，1个项目自评等级为“中”，0个项目自评等级为“差”'],
  ])('seed %s: lowering a score by %d in the 自评表 moves the project in the counts the formula writes', (seed, by, counts) => {
    const original = generateNarrative(recognizeWorkbook(books[seed]), { inputs: inputsOf(seed) });
    const edited = lowered(seed, by);
    const sheet = original.plan.newSheets![0];
    const head = sheet.cells.find((w) => w.formula && typeof w.value === 'string' && w.value.includes('个项目自评等级为'))!;
    // The counts are formulas over the 自评表 scores, not numbers written once.
    expect(head.formula).toMatch(/IF\(ROUND\(/);
    const after = evaluatePlan(edited, [sheet]).get(`${sheet.name}!${head.cell}`) as string;
    expect(after).toContain(counts);
    // …and they agree with the text written afresh from the edited workbook.
    const fresh = generateNarrative(recognizeWorkbook(edited), { inputs: inputsOf(seed), mode: 'static' }).rows.map((r) => r.text);
    expect(fresh).toContain(after);
  });
});

it('with very many 自评表 a count too long for one formula is written as its number, and the text still agrees', () => {
  const wb = sampleWorkbook({
    edit: (d) => {
      d.projects = Array.from({ length: 40 }, (_, k) => ({ ...d.projects[0], projectName: `${d.projects[0].projectName}${k + 1}` }));
    },
  });
  const set = recognizeWorkbook(wb);
  expect(set.selfEvals.length).toBe(40);
  const live = generateNarrative(set, { sections: ['预算绩效'] });
  const sheet = live.plan.newSheets![0];
  const values = evaluatePlan(wb, [sheet]);
  const head = sheet.cells.find((w) => typeof w.value === 'string' && w.value.includes('个项目自评等级为'))!;
  expect(head.value).toContain('40个项目自评等级为“优”');
  for (const w of sheet.cells.filter((c) => c.formula)) {
    expect(w.formula!.length).toBeLessThan(8192);
    expect(values.get(`${sheet.name}!${w.cell}`)).toBe(w.value);
  }
});
