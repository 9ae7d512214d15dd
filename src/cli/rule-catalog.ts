/**
 * The rule catalog: what `juesuan rules` prints of every rule, written by the build next to the
 * compiled registry (`npm run build:cli` runs write-rule-catalog.js after tsc). Loading the
 * registry itself means loading ≈ 190 modules — every rule with its helpers, the layouts and
 * decimal.js — about as long again as Node's own start; the catalog is one small JSON file.
 * It is generated from the registry, never kept by hand, and used only when it is at least as
 * new as the compiled registry; otherwise (sources run through tsx, or tsc run alone) the
 * registry is read.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Rule } from '../engine/rules/rule';
import { ruleSummary, type RuleSummary } from './format-rules';

const CATALOG = 'rule-catalog.json';

/** The compiled registry's folder: lib/engine/rules (src/engine/rules under tsx). */
const REGISTRY_DIR = path.join(__dirname, '..', 'engine', 'rules');

export function summarizeRules(rules: readonly Rule[]): RuleSummary[] {
  return rules.map(ruleSummary);
}

/** Writes the catalog of `rules` into `dir` (the build: the compiled registry's folder). */
export function writeRuleCatalog(rules: readonly Rule[], dir: string = REGISTRY_DIR): void {
  fs.writeFileSync(path.join(dir, CATALOG), `${JSON.stringify(summarizeRules(rules))}\n`);
}

function modified(file: string): number | undefined {
  return fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs;
}

/** The catalog in `dir` when it is at least as new as the registry's index.js there; else undefined. */
export function readRuleCatalog(dir: string = REGISTRY_DIR): RuleSummary[] | undefined {
  const written = modified(path.join(dir, CATALOG));
  const registry = modified(path.join(dir, 'index.js'));
  if (written === undefined || registry === undefined || written < registry) return undefined;
  return JSON.parse(fs.readFileSync(path.join(dir, CATALOG), 'utf8')) as RuleSummary[];
}

/** Every rule's summary: from the catalog when it is current, else from the registry. */
export function ruleSummaries(dir: string = REGISTRY_DIR): readonly RuleSummary[] {
  const catalog = readRuleCatalog(dir);
  if (catalog) return catalog;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy: only without a current catalog
  return summarizeRules((require('../engine/rules') as typeof import('../engine/rules')).RULES);
}
