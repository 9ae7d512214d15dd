import { NARRATIVE_VARIANTS, type NarrativeVariant } from '../engine/narrative/variant';
import { ArgumentError } from './argument-error';
import type { OutputFormat } from './parse-args';

export interface NarrativeCommand {
  kind: 'narrative';
  file: string;
  output: string;
  variant?: NarrativeVariant;
  inputs?: string;
  prior?: string;
  static: boolean;
  /** Replace an existing output file. */
  force: boolean;
  format: OutputFormat;
}

const VALUED = new Set(['--output', '--variant', '--inputs', '--prior', '--format']);

/** `juesuan narrative <in.xlsx> -o <out.xlsx> [--variant 山西|河南|上海] [--inputs f.json | --prior prior.xlsx] [--static] [--force] [--format text|json]` */
export function parseNarrative(rest: readonly string[]): NarrativeCommand {
  const positional: string[] = [];
  const options = new Map<string, string>();
  let isStatic = false;
  let force = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] === '-o' ? '--output' : rest[i];
    if (arg === '--') {
      positional.push(...rest.slice(i + 1));
      break;
    }
    if (arg === '--static' || arg === '--force') {
      if (arg === '--static') isStatic = true;
      else force = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (!VALUED.has(name)) throw new ArgumentError(`narrative 命令没有选项 ${arg}`);
    const value = eq >= 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined || value === '' || value.startsWith('--')) throw new ArgumentError(`选项 ${name} 需要一个值`);
    if (options.has(name)) throw new ArgumentError(`选项 ${name} 只能给一次`);
    options.set(name, value);
  }
  if (positional.length !== 1) throw new ArgumentError('narrative 命令要一个输入文件，例如：juesuan narrative 决算公开.xlsx -o 决算公开-情况说明.xlsx');
  const output = options.get('--output');
  if (output === undefined) throw new ArgumentError('narrative 命令要用 -o <输出.xlsx> 指定写入情况说明的副本（原文件不会被修改）');
  const variant = options.get('--variant');
  if (variant !== undefined && !NARRATIVE_VARIANTS.includes(variant as NarrativeVariant)) throw new ArgumentError(`--variant 只能是 ${NARRATIVE_VARIANTS.join('、')} 之一，不能是“${variant}”`);
  if (options.has('--inputs') && options.has('--prior')) throw new ArgumentError('--inputs 与 --prior 只能选一个');
  const format = options.get('--format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new ArgumentError(`--format 只能是 text 或 json，不能是“${format}”`);
  return { kind: 'narrative', file: positional[0], output, variant: variant as NarrativeVariant | undefined, inputs: options.get('--inputs'), prior: options.get('--prior'), static: isStatic, force, format };
}
