import { ArgumentError } from '../argument-error';
import type { CliIo } from '../io';

/**
 * The files to audit: each argument as given, a folder replaced by the .xlsx/.xlsm files under
 * it (sorted, Excel's ~$ lock files left out). A folder without any is an argument error.
 */
export async function expandInputs(args: readonly string[], io: CliIo): Promise<string[]> {
  if (!io.listWorkbooks) return [...args];
  const files: string[] = [];
  for (const arg of args) {
    const inside = await io.listWorkbooks(arg);
    if (inside === undefined) files.push(arg);
    else if (inside.length === 0) throw new ArgumentError(`文件夹“${arg}”中没有 .xlsx 或 .xlsm 工作簿`);
    else files.push(...inside);
  }
  return files;
}
