// Hand-built ZIP packages for the reader tests: honest ones through fflate, and raw ones whose
// directory can declare any size (zip bombs lie or tell the truth about what they hold).
import { deflateRawSync, constants } from 'zlib';
import * as zlib from 'zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';

export interface RawEntry {
  name: string;
  /** The bytes as stored (deflated when method is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** The uncompressed size the directory declares. */
  declared: number;
}

const crc32 = (zlib as unknown as { crc32?: (b: Uint8Array) => number }).crc32 ?? (() => 0);

/** A ZIP whose central directory says what `entries` declare (CRC of the stored data when honest). */
export function writeZip(entries: RawEntry[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.method === 0 ? crc32(e.data) >>> 0 : 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(Math.min(e.declared, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    chunks.push(local, name, Buffer.from(e.data));
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(e.method, 10);
    c.writeUInt32LE(e.method === 0 ? crc32(e.data) >>> 0 : 0, 16);
    c.writeUInt32LE(e.data.length, 20);
    c.writeUInt32LE(Math.min(e.declared, 0xffffffff), 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += 30 + name.length + e.data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, dir, end]));
}

export function deflated(name: string, content: string | Uint8Array): RawEntry {
  const bytes = typeof content === 'string' ? strToU8(content) : content;
  return { name, data: new Uint8Array(deflateRawSync(bytes)), method: 8, declared: bytes.length };
}

/**
 * A deflate stream that inflates to head + body × times + tail without ever holding it:
 * each piece ends on a full flush (byte-aligned, dictionary reset), so copies concatenate.
 */
export function repeatedDeflate(head: string, body: string, times: number, tail: string): { data: Uint8Array; size: number } {
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const h = deflateRawSync(Buffer.from(head), flush);
  const b = deflateRawSync(Buffer.from(body), flush);
  const t = deflateRawSync(Buffer.from(tail));
  const out = Buffer.alloc(h.length + b.length * times + t.length);
  h.copy(out, 0);
  for (let i = 0; i < times; i++) b.copy(out, h.length + i * b.length);
  t.copy(out, h.length + b.length * times);
  return { data: new Uint8Array(out), size: Buffer.byteLength(head) + Buffer.byteLength(body) * times + Buffer.byteLength(tail) };
}

/** The parts of a package by name. */
export function partsOf(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

/** An honest package of these parts (fflate, deflated unless `stored`). */
export function zipParts(parts: Map<string, Uint8Array>, stored = false): Uint8Array {
  return zipSync(Object.fromEntries(parts), { level: stored ? 0 : 6 });
}
