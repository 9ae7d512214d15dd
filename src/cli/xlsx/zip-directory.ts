import { bytesText, countText, LIMITS } from './limits';
import { XlsxProblem } from './xlsx-problem';

/** One entry of the ZIP central directory: what it declares, before anything is inflated. */
export interface ZipEntry {
  /** Part name as stored (no leading slash). */
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipDirectory {
  /** By lower-cased part name: OPC part names are case-insensitive. */
  entries: Map<string, ZipEntry>;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DAMAGED = '文件已损坏（ZIP 目录不完整，可能是下载或复制中断）';

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}
function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 0x100000000;
}

function findEndRecord(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) if (u32(b, i) === EOCD) return i;
  throw new XlsxProblem(DAMAGED);
}

const decoder = new TextDecoder('utf-8');

/** The values a ZIP64 extra field supplies for the 32-bit fields set to 0xFFFFFFFF. */
function zip64Values(b: Uint8Array, start: number, end: number, want: { size: boolean; compressed: boolean; offset: boolean }) {
  for (let i = start; i + 4 <= end; ) {
    const id = u16(b, i);
    const len = u16(b, i + 2);
    if (id === 0x0001) {
      let p = i + 4;
      const out: { size?: number; compressed?: number; offset?: number } = {};
      if (want.size) {
        out.size = u64(b, p);
        p += 8;
      }
      if (want.compressed) {
        out.compressed = u64(b, p);
        p += 8;
      }
      if (want.offset) out.offset = u64(b, p);
      return out;
    }
    i += 4 + len;
  }
  return {};
}

/**
 * Reads the central directory and refuses, before inflating anything, a package whose declared
 * sizes are beyond LIMITS (zip bombs declare them honestly or are caught while inflating).
 */
export function readZipDirectory(b: Uint8Array): ZipDirectory {
  const end = findEndRecord(b);
  let count = u16(b, end + 10);
  let offset = u32(b, end + 16);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && u32(b, end - 20) === EOCD64_LOCATOR) {
    const at = u64(b, end - 12);
    if (at + 56 > b.length || u32(b, at) !== EOCD64) throw new XlsxProblem(DAMAGED);
    count = u64(b, at + 32);
    offset = u64(b, at + 48);
  }
  if (count > LIMITS.entries) throw new XlsxProblem(`压缩包中有 ${countText(count)} 个部件，超过上限 ${countText(LIMITS.entries)}，不像 Excel 工作簿`);
  const entries = new Map<string, ZipEntry>();
  let total = 0;
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || u32(b, p) !== CENTRAL) throw new XlsxProblem(DAMAGED);
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    let compressedSize = u32(b, p + 20);
    let size = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    let localOffset = u32(b, p + 42);
    const name = decoder.decode(b.subarray(p + 46, p + 46 + nameLen)).replace(/\\/g, '/').replace(/^\//, '');
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      const extraStart = p + 46 + nameLen;
      const z = zip64Values(b, extraStart, extraStart + extraLen, { size: size === 0xffffffff, compressed: compressedSize === 0xffffffff, offset: localOffset === 0xffffffff });
      size = z.size ?? size;
      compressedSize = z.compressed ?? compressedSize;
      localOffset = z.offset ?? localOffset;
    }
    total += size;
    if (total > LIMITS.totalBytes) {
      throw new XlsxProblem(`解压后总大小超过上限 ${bytesText(LIMITS.totalBytes)}（声明的大小；压缩文件只有 ${bytesText(b.length)}），疑似“压缩炸弹”`, { part: name });
    }
    entries.set(name.toLowerCase(), { name, method, encrypted: (flags & 1) === 1, compressedSize, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { entries };
}

/** Where the entry's compressed bytes are, from its local header. */
export function entryData(b: Uint8Array, entry: ZipEntry): Uint8Array {
  const p = entry.localOffset;
  if (p + 30 > b.length || u32(b, p) !== LOCAL) throw new XlsxProblem(DAMAGED, { part: entry.name });
  const start = p + 30 + u16(b, p + 26) + u16(b, p + 28);
  const end = start + entry.compressedSize;
  if (end > b.length) throw new XlsxProblem('文件不完整（部件被截断，可能是下载或复制中断）', { part: entry.name });
  return b.subarray(start, end);
}
