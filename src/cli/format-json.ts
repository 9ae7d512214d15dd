import { figuresUnit } from '../engine/plan/figures';
import type { FileReport } from './audit-report';

/**
 * The machine-readable report, version 1. Keys are stable: an absent amount or label is null,
 * never a missing key. New fields may be added; existing ones keep their meaning.
 */
export interface JsonReport {
  version: 1;
  files: JsonFile[];
}

export interface JsonFile {
  file: string;
  /** audited; unaudited: read, but no table recognized (nothing checked); unreadable: see error. */
  status: 'audited' | 'unaudited' | 'unreadable';
  /** Only for a file that could not be read or audited (its lists are then empty). */
  error?: string;
  /** Only when an annotated copy was written. */
  annotated?: string;
  /** Only when the annotated copy could not be written. */
  annotateError?: string;
  tables: { sheet: string; range: string; table: string; label: string | null; unit: string | null; confidence: number; title: string | null }[];
  unrecognized: { sheet: string; reason: string; cell: string | null }[];
  findings: {
    code: string;
    title: string;
    severity: string;
    rounding: boolean;
    sheet: string;
    cells: string[];
    expected: string | null;
    actual: string | null;
    difference: string | null;
    tolerance: string | null;
    /** What the figures measure (amount, rate, count, score, number, text), their unit (万元, 元, 分) and decimals. */
    kind: string | null;
    unit: string | null;
    decimals: number | null;
    message: string;
  }[];
  unchecked: { code: string; title: string; reason: string; sheet: string | null }[];
  /** The engine's counts: info excludes 尾差 (counted in rounding); explained is 0 in the CLI. */
  summary: { error: number; warning: number; rounding: number; info: number; unchecked: number; explained: number };
}

export function jsonFile(entry: FileReport): JsonFile {
  const head = {
    file: entry.file,
    status: !entry.report ? ('unreadable' as const) : entry.report.tables.length === 0 ? ('unaudited' as const) : ('audited' as const),
    ...(entry.error !== undefined ? { error: entry.error } : {}),
    ...(entry.annotated !== undefined ? { annotated: entry.annotated } : {}),
    ...(entry.annotateError !== undefined ? { annotateError: entry.annotateError } : {}),
  };
  const r = entry.report;
  if (!r) return { ...head, tables: [], unrecognized: [], findings: [], unchecked: [], summary: { error: 0, warning: 0, rounding: 0, info: 0, unchecked: 0, explained: 0 } };
  return {
    ...head,
    tables: r.tables.map((t) => ({ sheet: t.sheet, range: t.range, table: t.table, label: t.label ?? null, unit: t.unit ?? null, confidence: t.confidence, title: t.title ?? null })),
    unrecognized: r.unrecognized.map((u) => ({ sheet: u.sheet, reason: u.reason, cell: u.cell ?? null })),
    findings: r.findings.map((f) => ({
      code: f.code,
      title: f.title,
      severity: f.severity,
      rounding: f.rounding ?? false,
      sheet: f.sheet,
      cells: [...f.cells],
      expected: f.expected ?? null,
      actual: f.actual ?? null,
      difference: f.difference ?? null,
      tolerance: f.tolerance ?? null,
      kind: f.kind ?? null,
      unit: figuresUnit(f) ?? null,
      decimals: f.decimals ?? null,
      message: f.message,
    })),
    unchecked: r.unchecked.map((u) => ({ code: u.code, title: u.title, reason: u.reason, sheet: u.sheet ?? null })),
    summary: { error: r.summary.error, warning: r.summary.warning, rounding: r.summary.rounding, info: r.summary.info, unchecked: r.summary.unchecked, explained: r.summary.explained },
  };
}

export function formatJson(files: readonly FileReport[]): string {
  const report: JsonReport = { version: 1, files: files.map(jsonFile) };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * The same report written one file at a time, so a batch never holds every file's report:
 * JSON_HEAD, the entries joined by JSON_SEPARATOR, JSON_TAIL — byte for byte what formatJson
 * prints for the same files.
 */
export const JSON_HEAD = '{\n  "version": 1,\n  "files": [\n';
export const JSON_SEPARATOR = ',\n';
export const JSON_TAIL = '\n  ]\n}\n';

export function formatJsonEntry(entry: FileReport): string {
  return JSON.stringify(jsonFile(entry), null, 2).replace(/^/gm, '    ');
}

/** `--format jsonl`: one file per line, each line a JsonFile object. */
export function formatJsonLine(entry: FileReport): string {
  return `${JSON.stringify(jsonFile(entry))}\n`;
}
