// ZIP64 packages built by hand: every size and offset in the local headers and the central
// directory set to 0xFFFFFFFF with the real values in ZIP64 extra fields, and the end records in
// ZIP64 form — as some producers write even for small files. `declare` lets a test lie about
// an entry's uncompressed size (a zip bomb in ZIP64 form).
import * as zlib from 'zlib';
import type { RawEntry } from './zip';

const crc32 = (zlib as unknown as { crc32?: (b: Uint8Array) => number }).crc32 ?? (() => 0);

export interface Zip64Options {
  /** Also set the classic end record's count and offset to their ZIP64 markers (default true). */
  markEnd?: boolean;
  /** Entry count written in the ZIP64 end record (default: the real count). */
  count?: number;
}

function u64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
}

export function writeZip64(entries: RawEntry[], options: Zip64Options = {}): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const crc = e.method === 0 ? crc32(e.data) >>> 0 : 0;
    const localExtra = Buffer.concat([Buffer.from([0x01, 0x00, 16, 0x00]), u64(e.declared), u64(e.data.length)]);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(0xffffffff, 18);
    local.writeUInt32LE(0xffffffff, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(localExtra.length, 28);
    chunks.push(local, name, localExtra, Buffer.from(e.data));
    const extra = Buffer.concat([Buffer.from([0x01, 0x00, 24, 0x00]), u64(e.declared), u64(e.data.length), u64(offset)]);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(45, 4);
    c.writeUInt16LE(45, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(e.method, 10);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(0xffffffff, 20);
    c.writeUInt32LE(0xffffffff, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt16LE(extra.length, 30);
    c.writeUInt32LE(0xffffffff, 42);
    central.push(c, name, extra);
    offset += 30 + name.length + localExtra.length + e.data.length;
  }
  const dir = Buffer.concat(central);
  const count = options.count ?? entries.length;
  // ZIP64 end of central directory record (56 bytes), then its locator (20 bytes).
  const end64 = Buffer.concat([Buffer.alloc(4), u64(44), Buffer.alloc(4), Buffer.alloc(8), u64(count), u64(count), u64(dir.length), u64(offset)]);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  const locator = Buffer.concat([Buffer.alloc(8), u64(offset + dir.length), Buffer.alloc(4)]);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeUInt32LE(1, 16);
  const mark = options.markEnd ?? true;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(mark ? 0xffff : Math.min(count, 0xffff), 8);
  end.writeUInt16LE(mark ? 0xffff : Math.min(count, 0xffff), 10);
  end.writeUInt32LE(mark ? 0xffffffff : dir.length, 12);
  end.writeUInt32LE(mark ? 0xffffffff : offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, dir, end64, locator, end]));
}
