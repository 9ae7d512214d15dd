import * as path from 'path';
import { ArgumentError } from './argument-error';

const WORKBOOK_EXTENSION = /\.(xlsx|xlsm|xls|et)$/i;

function endsWithSeparator(p: string): boolean {
  return /[\\/]$/.test(p);
}

/**
 * A comparable form of a path. Lower-cased because Windows and macOS file systems ignore
 * case: refusing a few distinct Linux paths is a small price for never overwriting an input.
 */
function samePathKey(p: string): string {
  return path.resolve(p).normalize('NFC').toLowerCase();
}

/** A workbook with macros: its copy must stay .xlsm (Excel refuses an .xlsx holding VBA). */
function isMacroWorkbook(file: string): boolean {
  return /\.xlsm$/i.test(file);
}

/** `<folder>/<name>-审核.xlsx` for `<anything>/<name>.xlsx` (`.xlsm` stays `.xlsm`). */
export function annotatedName(folder: string, file: string): string {
  const base = path.basename(file).replace(/\.[^.]*$/, '');
  return path.join(folder, `${base}-审核.${isMacroWorkbook(file) ? 'xlsm' : 'xlsx'}`);
}

/**
 * Where each input's marked copy goes. One input: `annotate` is the output file (or, ending in
 * a separator, a folder). Several inputs: `annotate` must be a folder. Throws ArgumentError when
 * an output would overwrite an input or another output: the inputs are never modified.
 */
export function annotatedPaths(files: readonly string[], annotate: string): string[] {
  const toFolder = files.length > 1 || endsWithSeparator(annotate);
  if (files.length > 1 && WORKBOOK_EXTENSION.test(annotate)) {
    throw new ArgumentError(`审核多个文件时，--annotate 须指定一个文件夹（每个文件写为 <文件夹>/<文件名>-审核.xlsx），而“${annotate}”像是一个文件`);
  }
  if (!toFolder && !/\.xls[xm]$/i.test(annotate)) {
    throw new ArgumentError(`--annotate 的输出须是 .xlsx（或 .xlsm）文件，或以 / 结尾的文件夹：“${annotate}”`);
  }
  if (!toFolder && isMacroWorkbook(files[0]) !== isMacroWorkbook(annotate)) {
    throw new ArgumentError(isMacroWorkbook(files[0]) ? `“${files[0]}”含宏（.xlsm），标注副本也须是 .xlsm 文件：“${annotate}”` : `“${files[0]}”不含宏，标注副本须是 .xlsx 文件：“${annotate}”`);
  }
  const outputs = files.map((file) => (toFolder ? annotatedName(annotate, file) : annotate));
  const inputs = new Set(files.map(samePathKey));
  const seen = new Map<string, string>();
  outputs.forEach((out, i) => {
    const key = samePathKey(out);
    if (inputs.has(key)) throw new ArgumentError(`标注副本的路径“${out}”与输入文件相同：决算助手不会覆盖原文件，请换一个输出路径`);
    const other = seen.get(key);
    if (other !== undefined) throw new ArgumentError(`“${other}”和“${files[i]}”同名，标注副本都会写到“${out}”：请分两次审核，或先改名`);
    seen.set(key, files[i]);
  });
  return outputs;
}
