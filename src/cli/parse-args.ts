import { ArgumentError } from './argument-error';
import { parseNarrative, type NarrativeCommand } from './narrative-args';

export type OutputFormat = 'text' | 'json';
/** `audit` also writes JSON Lines: one file per line, as each file is done. */
export type AuditFormat = OutputFormat | 'jsonl';
export type UnitType = '行政单位' | '参公事业单位' | '事业单位';

export const UNIT_TYPES: readonly UnitType[] = ['行政单位', '参公事业单位', '事业单位'];

export type Command =
  /** `explicit` is false when no argument was given at all (usage, but exit code 2). */
  | { kind: 'help'; explicit: boolean }
  | { kind: 'rules'; format: OutputFormat }
  /** `jobs`: worker threads; undefined means one per core. `force`: replace an existing annotated copy. */
  | { kind: 'audit'; files: string[]; format: AuditFormat; annotate?: string; unitType?: UnitType; jobs?: number; force?: boolean }
  | { kind: 'fill'; file: string; output: string; format: OutputFormat; replaceConflicts: boolean; force?: boolean }
  | NarrativeCommand;

type OptionName = 'format' | 'annotate' | 'unit-type' | 'output' | 'jobs' | 'force';

/** Options that take no value. */
const FLAGS: readonly OptionName[] = ['force'];

const OPTIONS_OF: Record<'audit' | 'rules' | 'fill', readonly OptionName[]> = {
  audit: ['format', 'annotate', 'unit-type', 'jobs', 'force'],
  rules: ['format'],
  fill: ['format', 'output', 'force'],
};

const HELP_FLAGS = new Set(['-h', '--help', '-?', '/?']);

function parseFormat(value: string): OutputFormat {
  if (value === 'text' || value === 'json') return value;
  throw new ArgumentError(`--format 只能是 text 或 json，不能是“${value}”`);
}

function parseAuditFormat(value: string): AuditFormat {
  if (value === 'jsonl') return value;
  if (value === 'text' || value === 'json') return value;
  throw new ArgumentError(`--format 只能是 text、json 或 jsonl，不能是“${value}”`);
}

/** At most this many worker threads: more only adds memory. */
export const MAX_JOBS = 64;

function parseJobs(value: string): number {
  const jobs = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) throw new ArgumentError(`--jobs 应是 1 到 ${MAX_JOBS} 之间的整数，不能是“${value}”`);
  return jobs;
}

function parseUnitType(value: string): UnitType {
  const found = UNIT_TYPES.find((t) => t === value);
  if (!found) throw new ArgumentError(`--unit-type 只能是 ${UNIT_TYPES.join('、')} 之一，不能是“${value}”`);
  return found;
}

/** Splits `--name=value` / `--name value` options from positional arguments; `--` ends options. */
function splitOptions(command: 'audit' | 'rules' | 'fill', args: string[]): { positional: string[]; options: Map<OptionName, string> } {
  const positional: string[] = [];
  const options = new Map<OptionName, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq >= 0 ? arg.slice(2, eq) : arg.slice(2)) as OptionName;
    if (!arg.startsWith('--') || !OPTIONS_OF[command].includes(name)) {
      const known = (OPTIONS_OF.audit as readonly string[]).includes(name);
      throw new ArgumentError(known ? `${command} 命令没有选项 ${arg}` : `未知选项：${arg}`);
    }
    if (FLAGS.includes(name)) {
      if (eq >= 0) throw new ArgumentError(`选项 --${name} 不带值`);
      options.set(name, 'true');
      continue;
    }
    let value: string | undefined = eq >= 0 ? arg.slice(eq + 1) : args[i + 1];
    if (eq < 0) {
      if (value === undefined || (value.startsWith('--') && value.length > 2)) value = undefined;
      else i++;
    }
    if (value === undefined || value === '') throw new ArgumentError(`选项 --${name} 需要一个值`);
    if (options.has(name)) throw new ArgumentError(`选项 --${name} 只能给一次`);
    options.set(name, value);
  }
  return { positional, options };
}

/** Reads the command line; throws ArgumentError with a Chinese message when it is wrong. */
export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0) return { kind: 'help', explicit: false };
  const end = argv.indexOf('--');
  const beforeFiles = end >= 0 ? argv.slice(0, end) : argv;
  if (beforeFiles.some((a) => HELP_FLAGS.has(a)) || argv[0] === 'help') return { kind: 'help', explicit: true };
  const [name, ...rest] = argv;
  if (name === 'rules') {
    const { positional, options } = splitOptions('rules', rest);
    if (positional.length > 0) throw new ArgumentError(`rules 命令不接受参数：${positional.join(' ')}`);
    return { kind: 'rules', format: parseFormat(options.get('format') ?? 'text') };
  }
  if (name === 'audit') {
    const { positional, options } = splitOptions('audit', rest);
    if (positional.length === 0) throw new ArgumentError('请指定要审核的 .xlsx 文件，例如：juesuan audit 决算公开.xlsx');
    const unitType = options.get('unit-type');
    const jobs = options.get('jobs');
    return {
      kind: 'audit',
      files: positional,
      format: parseAuditFormat(options.get('format') ?? 'text'),
      annotate: options.get('annotate'),
      unitType: unitType === undefined ? undefined : parseUnitType(unitType),
      ...(jobs === undefined ? {} : { jobs: parseJobs(jobs) }),
      ...(options.has('force') ? { force: true } : {}),
    };
  }
  if (name === 'fill') return parseFill(rest);
  if (name === 'narrative') return parseNarrative(rest);
  if (name.startsWith('-')) throw new ArgumentError(`未知选项：${name}（选项要写在命令之后，例如 juesuan audit 文件.xlsx --format json）`);
  if (/\.xls[xm]?$/i.test(name)) throw new ArgumentError(`未知命令：${name}。要审核文件，请用：juesuan audit ${argv.join(' ')}`);
  throw new ArgumentError(`未知命令：${name}（可用命令：audit、fill、narrative、rules）`);
}

/** `juesuan fill <in.xlsx> -o <out.xlsx> [--replace-conflicts] [--force] [--format text|json]`. */
function parseFill(rest: readonly string[]): Command {
  const end = rest.indexOf('--');
  const head = end >= 0 ? rest.slice(0, end) : [...rest];
  const replaceConflicts = head.includes('--replace-conflicts');
  const args = [...head.filter((a) => a !== '--replace-conflicts').map((a) => (a === '-o' ? '--output' : a)), ...(end >= 0 ? rest.slice(end) : [])];
  const { positional, options } = splitOptions('fill', args);
  if (positional.length !== 1) throw new ArgumentError('fill 命令要一个输入文件，例如：juesuan fill 决算公开.xlsx -o 决算公开-填充.xlsx');
  const output = options.get('output');
  if (output === undefined) throw new ArgumentError('fill 命令要用 -o <输出.xlsx> 指定填充后的副本（原文件不会被修改）');
  return { kind: 'fill', file: positional[0], output, format: parseFormat(options.get('format') ?? 'text'), replaceConflicts, ...(options.has('force') ? { force: true } : {}) };
}
