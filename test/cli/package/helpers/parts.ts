import { entryBytes, readZip, type ZipEntry } from '../../../../src/cli/package/zip';

/** A package's entries by name. */
export function entriesOf(bytes: Uint8Array): Map<string, ZipEntry> {
  return new Map(readZip(bytes).map((e) => [e.name, e]));
}

/** A part's text (UTF-8). */
export function partText(bytes: Uint8Array, name: string): string {
  const entry = entriesOf(bytes).get(name);
  if (!entry) throw new Error(`no part ${name}`);
  return new TextDecoder().decode(entryBytes(entry));
}

/** Names of the parts whose stored bytes differ, and of the parts added. */
export function diffParts(before: Uint8Array, after: Uint8Array): { changed: string[]; added: string[]; removed: string[] } {
  const a = entriesOf(before);
  const b = entriesOf(after);
  const same = (x: ZipEntry, y: ZipEntry) => x.method === y.method && x.crc === y.crc && Buffer.from(x.raw).equals(Buffer.from(y.raw));
  return {
    changed: [...a.keys()].filter((n) => b.has(n) && !same(a.get(n) as ZipEntry, b.get(n) as ZipEntry)).sort(),
    added: [...b.keys()].filter((n) => !a.has(n)).sort(),
    removed: [...a.keys()].filter((n) => !b.has(n)).sort(),
  };
}
