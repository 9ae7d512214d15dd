import { entryBytes, makeEntry, readZip, writeZip, type ZipEntry } from './zip';

/**
 * An OPC package (the .xlsx ZIP) open for patching: parts are read as text on demand; only the
 * parts set here are re-compressed when written, all others keep their original entry bytes.
 */
export class OpcPackage {
  private readonly entries: ZipEntry[];
  private readonly byName = new Map<string, number>();
  private readonly texts = new Map<string, string>();
  private readonly changed = new Set<string>();
  private readonly added = new Set<string>();

  constructor(bytes: Uint8Array) {
    this.entries = readZip(bytes);
    this.entries.forEach((e, i) => this.byName.set(e.name.toLowerCase(), i));
  }

  /** Part names are case-insensitive in OPC. */
  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  names(): string[] {
    return this.entries.map((e) => e.name);
  }

  /** The part's XML as a string (UTF-8, or UTF-16 with its BOM); undefined when there is no such part. */
  text(name: string): string | undefined {
    const key = name.toLowerCase();
    const cached = this.texts.get(key);
    if (cached !== undefined) return cached;
    const index = this.byName.get(key);
    if (index === undefined) return undefined;
    const text = decodeXml(entryBytes(this.entries[index]));
    this.texts.set(key, text);
    return text;
  }

  /** Sets a part's text (adding the part when new); written as UTF-8. */
  setText(name: string, text: string): void {
    const key = name.toLowerCase();
    const existing = this.byName.get(key);
    const actual = existing === undefined ? name : this.entries[existing].name;
    if (existing === undefined) {
      this.entries.push(makeEntry(actual, new Uint8Array(0), this.entries[0]));
      this.byName.set(key, this.entries.length - 1);
      this.added.add(key);
    }
    this.texts.set(key, text);
    this.changed.add(key);
  }

  /** The actual spelling of a part name as stored. */
  stored(name: string): string | undefined {
    const index = this.byName.get(name.toLowerCase());
    return index === undefined ? undefined : this.entries[index].name;
  }

  toBytes(): Uint8Array {
    const encoder = new TextEncoder();
    const like = this.entries[0];
    const out = this.entries.map((e) => {
      const key = e.name.toLowerCase();
      if (!this.changed.has(key)) return e;
      const made = makeEntry(e.name, encoder.encode(utf8Declaration(this.texts.get(key) ?? '')), like);
      if (this.added.has(key)) return made;
      // A changed part keeps its stored name, name encoding, extras and attributes.
      return { ...made, nameBytes: e.nameBytes, flags: e.flags & 0x800, extra: e.extra, externalAttributes: e.externalAttributes, versionMadeBy: e.versionMadeBy };
    });
    return writeZip(out);
  }
}

function decodeXml(bytes: Uint8Array): string {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    // Old VML drawings are often windows-1252: read them byte for byte (written back as UTF-8, declared so).
    return new TextDecoder('latin1').decode(bytes);
  }
}

/** A re-encoded part says what it is now: UTF-8 (a UTF-16 part we changed is written as UTF-8). */
function utf8Declaration(text: string): string {
  return text.replace(/^(<\?xml[^>]*?encoding\s*=\s*)(["'])[^"']*\2/, '$1$2UTF-8$2');
}
