import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../../src/engine/rules';
import { ALL_CASES } from './cases';

/** The catalog the product must deliver (copied from the domain spec into the project): audit and narrative rules. */
function auditCodes(): string[] {
  const lines = readFileSync(join(__dirname, '../../data/rule-catalog.tsv'), 'utf8').trim().split('\n').slice(1);
  return lines.map((l) => l.split('\t')).filter((f) => f[3] === 'audit' || f[3] === 'narrative').map((f) => f[0]);
}

describe('rule registry', () => {
  const codes = auditCodes();

  it('the catalog lists 85 audit rules and 13 narrative rules', () => expect(codes).toHaveLength(98));

  it.each(codes)('%s has exactly one rule', (code) => {
    expect(RULES.filter((r) => r.code === code)).toHaveLength(1);
  });

  it('every rule has a catalog code, a Chinese title and a description', () => {
    for (const rule of RULES) {
      expect(codes).toContain(rule.code);
      expect(rule.title).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.description.length).toBeGreaterThan(0);
    }
  });

  it.each(codes)('%s has at least one accept and one reject case', (code) => {
    const cases = ALL_CASES[code];
    expect(cases?.accept.length ?? 0).toBeGreaterThan(0);
    expect(cases?.reject.length ?? 0).toBeGreaterThan(0);
  });
});
