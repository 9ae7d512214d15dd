import { deflateSync, inflateSync } from 'fflate';
import { crc32 } from './crc32';

/**
 * A ZIP package read entry by entry, keeping each entry's compressed bytes as they were: a part
 * we do not change is written back with the very same bytes (same compression, same CRC), so
 * "every other part is copied byte for byte" holds for the data, not just for its meaning.
 */
export interface ZipEntry {
  name: string;
  /** The name as stored (its encoding is the producer's). */
  nameBytes: Uint8Array;
  /** General purpose flags as read (bit 11: UTF-8 name); bit 3 is dropped when written back. */
  flags: number;
  /** 0 stored, 8 deflated. */
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** The compressed bytes. */
  raw: Uint8Array;
  /** Central directory extras that are not ZIP64 (timestamps, Unicode paths…). */
  extra: Uint8Array;
  externalAttributes: number;
  versionMadeBy: number;
}

/** A package we cannot patch: the message is Chinese and names the part. */
export class PackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageError';
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEndOfCentralDirectory(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= min; i--) if (view.getUint32(i, true) === EOCD) return i;
  throw new PackageError('不是有效的 ZIP（.xlsx）文件：找不到中央目录');
}

export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw new PackageError('工作簿使用 ZIP64 格式，标注副本暂不支持');
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new PackageError('ZIP 中央目录已损坏');
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameBytes = bytes.slice(at + 46, at + 46 + nameLength);
    const name = decoder.decode(nameBytes);
    if (flags & 1) throw new PackageError(`部件 ${name} 已加密，无法写出标注副本`);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const localOffset = view.getUint32(at + 42, true);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) throw new PackageError('工作簿使用 ZIP64 格式，标注副本暂不支持');
    if (view.getUint32(localOffset, true) !== LOCAL) throw new PackageError(`部件 ${name} 的本地文件头已损坏`);
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    entries.push({
      name,
      nameBytes,
      flags,
      method: view.getUint16(at + 10, true),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      crc: view.getUint32(at + 16, true),
      compressedSize,
      size,
      raw: bytes.subarray(dataStart, dataStart + compressedSize),
      extra: bytes.slice(at + 46 + nameLength, at + 46 + nameLength + extraLength),
      externalAttributes: view.getUint32(at + 38, true),
      versionMadeBy: view.getUint16(at + 4, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The uncompressed bytes of an entry. */
export function entryBytes(entry: ZipEntry): Uint8Array {
  if (entry.method === 0) return entry.raw;
  if (entry.method === 8) return inflateSync(entry.raw, { out: new Uint8Array(entry.size) });
  throw new PackageError(`部件 ${entry.name} 使用了不支持的压缩方式（${entry.method}）`);
}

/** A new or changed entry: deflated, dated like the package's other parts. */
export function makeEntry(name: string, data: Uint8Array, like?: ZipEntry): ZipEntry {
  const raw = deflateSync(data, { level: 6 });
  return {
    name,
    nameBytes: new TextEncoder().encode(name),
    flags: 0x800,
    method: 8,
    time: like?.time ?? 0,
    date: like?.date ?? 0x21,
    crc: crc32(data),
    compressedSize: raw.length,
    size: data.length,
    raw,
    extra: new Uint8Array(0),
    externalAttributes: 0,
    versionMadeBy: 20,
  };
}

export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  let total = 22;
  for (const e of entries) total += 30 + e.nameBytes.length + e.raw.length + 46 + e.nameBytes.length + e.extra.length;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  for (const e of entries) {
    offsets.push(at);
    // The local header is rebuilt from the central directory: sizes and CRC in place, no data descriptor.
    view.setUint32(at, LOCAL, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, e.flags & ~0x8, true);
    view.setUint16(at + 8, e.method, true);
    view.setUint16(at + 10, e.time, true);
    view.setUint16(at + 12, e.date, true);
    view.setUint32(at + 14, e.crc, true);
    view.setUint32(at + 18, e.compressedSize, true);
    view.setUint32(at + 22, e.size, true);
    view.setUint16(at + 26, e.nameBytes.length, true);
    view.setUint16(at + 28, 0, true);
    out.set(e.nameBytes, at + 30);
    out.set(e.raw, at + 30 + e.nameBytes.length);
    at += 30 + e.nameBytes.length + e.raw.length;
  }
  const central = at;
  entries.forEach((e, i) => {
    view.setUint32(at, CENTRAL, true);
    view.setUint16(at + 4, e.versionMadeBy, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, e.flags & ~0x8, true);
    view.setUint16(at + 10, e.method, true);
    view.setUint16(at + 12, e.time, true);
    view.setUint16(at + 14, e.date, true);
    view.setUint32(at + 16, e.crc, true);
    view.setUint32(at + 20, e.compressedSize, true);
    view.setUint32(at + 24, e.size, true);
    view.setUint16(at + 28, e.nameBytes.length, true);
    view.setUint16(at + 30, e.extra.length, true);
    view.setUint16(at + 32, 0, true);
    view.setUint16(at + 34, 0, true);
    view.setUint16(at + 36, 0, true);
    view.setUint32(at + 38, e.externalAttributes, true);
    view.setUint32(at + 42, offsets[i], true);
    out.set(e.nameBytes, at + 46);
    out.set(e.extra, at + 46 + e.nameBytes.length);
    at += 46 + e.nameBytes.length + e.extra.length;
  });
  view.setUint32(at, EOCD, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - central, true);
  view.setUint32(at + 16, central, true);
  return out;
}
