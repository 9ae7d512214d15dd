import type { WorkbookSnapshot } from '../engine/model/snapshot';
import { bytesText, LIMITS } from './xlsx/limits';
import { readPackage } from './xlsx/read-package';
import { XlsxProblem } from './xlsx/xlsx-problem';

/** A file we cannot read: the message is for the user, in Chinese. */
export class UnreadableWorkbookError extends Error {
  constructor(file: string, why: string) {
    super(`无法读取 ${file}：${why}`);
    this.name = 'UnreadableWorkbookError';
  }
}

/** Files above this size are refused before reading: a 决算 workbook is a few hundred KB. */
export const MAX_FILE_BYTES = LIMITS.fileBytes;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function tooLargeWhy(size: number): string {
  return `文件过大（${bytesText(size)}，上限 ${bytesText(MAX_FILE_BYTES)}）`;
}

/**
 * Reads an .xlsx into the engine's snapshot (src/cli/xlsx: fflate + saxes + numfmt); refuses
 * encrypted, legacy, foreign, oversized or hostile files with a Chinese message naming the
 * part, sheet and cell.
 */
export async function readXlsx(bytes: Uint8Array, file: string): Promise<WorkbookSnapshot> {
  if (bytes.length === 0) throw new UnreadableWorkbookError(file, '文件为空');
  if (bytes.length > MAX_FILE_BYTES) throw new UnreadableWorkbookError(file, tooLargeWhy(bytes.length));
  if (startsWith(bytes, CFB_MAGIC)) {
    throw new UnreadableWorkbookError(file, '文件已加密（受密码保护）或为旧版 .xls 格式。请在 Excel 中取消密码保护，或另存为 .xlsx 后再审核');
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new UnreadableWorkbookError(file, '不是 Excel 工作簿（.xlsx）文件');
  try {
    return readPackage(bytes);
  } catch (error) {
    if (error instanceof XlsxProblem) throw new UnreadableWorkbookError(file, error.describe());
    if (error instanceof RangeError) throw new UnreadableWorkbookError(file, '工作簿过大或结构异常，超出了可处理的范围');
    throw new UnreadableWorkbookError(file, '工作簿已损坏或格式不正确（读取时遇到无法识别的结构）');
  }
}
