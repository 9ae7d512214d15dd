import { tooLargeWhy, UnreadableWorkbookError } from './read-xlsx';
import { OutputRefusedError } from './safe-write';
import { PackageError } from './package/zip';

const REASONS: Record<string, string> = {
  ENOENT: '文件不存在（请检查路径和文件名）',
  EISDIR: '这是一个文件夹，不是文件',
  ENOTDIR: '路径中的某一级不是文件夹',
  EACCES: '没有读取权限',
  EPERM: '没有读取权限（文件可能正被其他程序占用）',
  EBUSY: '文件正被其他程序占用（请先在 Excel 或 WPS 中关闭它）',
  EMFILE: '同时打开的文件过多',
  ENOTREG: '不是普通文件（可能是管道、设备或特殊文件），未读取',
  ELOOP: '符号链接循环',
};

function codeOf(error: unknown): string | undefined {
  return error && typeof error === 'object' && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/** A Chinese sentence for a failed read of `file` (fs errors by code, our own errors as they are). */
export function readFailure(file: string, error: unknown): string {
  if (error instanceof UnreadableWorkbookError) return error.message;
  if (codeOf(error) === 'EFBIG') return `无法读取 ${file}：${tooLargeWhy(Number((error as { size?: unknown }).size ?? 0))}`;
  const reason = REASONS[codeOf(error) ?? ''];
  if (reason) return `无法读取 ${file}：${reason}`;
  // Never an English internal message: the code tells what the system said.
  const code = codeOf(error);
  return `无法读取 ${file}：读取文件时出错${code ? `（系统错误 ${code}）` : ''}`;
}

/** A Chinese sentence for a failed write of the annotated copy. */
export function writeFailure(file: string, error: unknown): string {
  if (error instanceof OutputRefusedError) return error.message;
  if (error instanceof PackageError) return `无法写出 ${file}：${error.message}`;
  const code = codeOf(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') return `无法写出 ${file}：磁盘空间不足（已有的文件未被改动）`;
  if (code === 'EROFS') return `无法写出 ${file}：所在的磁盘或文件夹是只读的`;
  if (code === 'EACCES' || code === 'EPERM') return `无法写出 ${file}：没有写入权限（所在文件夹可能是只读的）`;
  if (code === 'EBUSY') return `无法写出 ${file}：文件正被其他程序占用（请先在 Excel 或 WPS 中关闭它）`;
  if (code === 'EISDIR') return `无法写出 ${file}：同名的文件夹已存在`;
  if (code === 'ENOTDIR') return `无法写出 ${file}：路径中的某一级不是文件夹`;
  return `无法写出 ${file}：写出文件时出错${code ? `（系统错误 ${code}）` : ''}`;
}
