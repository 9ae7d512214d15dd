import { inflateRawSync } from 'zlib';
import { Inflate } from 'fflate';
import { SaxesParser } from 'saxes';
import { bytesText, LIMITS } from './limits';
import { XlsxProblem, type ProblemPlace } from './xlsx-problem';
import { entryData, type ZipEntry } from './zip-directory';

/** Element names without their namespace prefix (“x:c” → “c”): producers differ in prefixes. */
export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** The local name of a prefixed element or attribute. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by local name, whatever its prefix (r:id, relationships namespace in Strict or not). */
export function attr(attributes: Record<string, string>, local: string): string | undefined {
  const direct = attributes[local];
  if (direct !== undefined) return direct;
  for (const key in attributes) if (localName(key) === local && key !== local) return attributes[key];
  return undefined;
}

const SLICE = 16 * 1024;
/**
 * Parts up to this size (every part of a real 决算 workbook) are inflated in one native call,
 * bounded by the declared size; larger ones stream through fflate in slices. fflate's streaming
 * inflater spends most of its time growing buffers on small parts.
 */
const ONE_CALL_BYTES = 4 * 1024 * 1024;

function encodingOf(first: Uint8Array): string {
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf-16le';
  if (first[0] === 0xfe && first[1] === 0xff) return 'utf-16be';
  if (first[0] === 0x3c && first[1] === 0x00) return 'utf-16le';
  if (first[0] === 0x00 && first[1] === 0x3c) return 'utf-16be';
  return 'utf-8';
}

/** Checks the part's declared size and ratio before inflating it. */
function checkDeclared(entry: ZipEntry, place: ProblemPlace): void {
  if (entry.encrypted) throw new XlsxProblem('部件已加密，无法读取', place);
  if (entry.method !== 0 && entry.method !== 8) throw new XlsxProblem(`部件使用了不支持的压缩方式（${entry.method}）`, place);
  if (entry.size > LIMITS.partBytes) {
    throw new XlsxProblem(`部件解压后有 ${bytesText(entry.size)}，超过上限 ${bytesText(LIMITS.partBytes)}（一个决算工作表通常不到 1 MB），疑似“压缩炸弹”或异常文件`, place);
  }
  if (entry.size > LIMITS.ratioFloorBytes && entry.size > entry.compressedSize * LIMITS.ratio) {
    const ratio = Math.round(entry.size / Math.max(1, entry.compressedSize));
    throw new XlsxProblem(`部件压缩比 ${ratio}:1，超过上限 ${LIMITS.ratio}:1，疑似“压缩炸弹”`, place);
  }
}

/**
 * Inflates one part in slices and streams it through a SAX parser: memory stays bounded by
 * the slice, whatever the part. Refuses a part that inflates beyond what it declared or
 * beyond LIMITS.partBytes. `where` names the place of a problem (the current cell).
 */
export function parsePart(pkg: Uint8Array, entry: ZipEntry, handlers: XmlHandlers, where: () => ProblemPlace): void {
  const base: ProblemPlace = { part: entry.name };
  checkDeclared(entry, { ...base, ...where() });
  const data = entryData(pkg, entry);
  const parser = new SaxesParser({ xmlns: false, fragment: false });
  const { open, close, text } = handlers;
  parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes as Record<string, string>));
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  parser.on('doctype', () => {
    throw new XlsxProblem('XML 中含有 DOCTYPE 声明（Excel 工作簿不会有），拒绝读取', { ...base, ...where() });
  });
  parser.on('error', (error) => {
    // Control characters that XML 1.0 forbids appear in files from some exporters; Excel reads
    // them. Anything else is a malformed part.
    if (/disallowed character|character reference/i.test(error.message)) return;
    throw new XlsxProblem(`XML 格式错误（第 ${parser.line} 行第 ${parser.column} 列），文件可能已损坏`, { ...base, ...where() });
  });
  let decoder: TextDecoder | undefined;
  let inflated = 0;
  const limit = Math.min(entry.size, LIMITS.partBytes);
  const feed = (chunk: Uint8Array, final: boolean): void => {
    inflated += chunk.length;
    if (inflated > limit) {
      const why = inflated > LIMITS.partBytes ? `部件解压后超过上限 ${bytesText(LIMITS.partBytes)}，疑似“压缩炸弹”` : `部件解压后的大小超过 ZIP 目录中声明的 ${bytesText(entry.size)}，文件已损坏或被篡改`;
      throw new XlsxProblem(why, { ...base, ...where() });
    }
    if (!decoder && chunk.length > 0) decoder = new TextDecoder(encodingOf(chunk));
    if (decoder) {
      const s = decoder.decode(chunk, { stream: !final });
      if (s) parser.write(s);
    }
  };
  if (entry.method === 8 && entry.size <= ONE_CALL_BYTES) {
    let bytes: Buffer;
    try {
      // One byte more than declared: a part that inflates beyond its declaration is caught.
      bytes = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new XlsxProblem(`部件解压后的大小超过 ZIP 目录中声明的 ${bytesText(entry.size)}，文件已损坏或被篡改`, { ...base, ...where() });
      }
      throw new XlsxProblem('部件的压缩数据已损坏，无法解压', { ...base, ...where() });
    }
    if (bytes.length > entry.size) throw new XlsxProblem(`部件解压后的大小超过 ZIP 目录中声明的 ${bytesText(entry.size)}，文件已损坏或被篡改`, { ...base, ...where() });
    feed(bytes, true);
  } else if (entry.method === 0) {
    for (let i = 0; i < data.length; i += SLICE) feed(data.subarray(i, Math.min(data.length, i + SLICE)), i + SLICE >= data.length);
    if (data.length === 0) feed(data, true);
  } else {
    const inflate = new Inflate((chunk, final) => feed(chunk, final));
    try {
      for (let i = 0; i < data.length; i += SLICE) inflate.push(data.subarray(i, Math.min(data.length, i + SLICE)), i + SLICE >= data.length);
      if (data.length === 0) inflate.push(data, true);
    } catch (error) {
      // fflate's own errors carry a numeric code; anything else is ours and goes on as it is.
      if (error instanceof XlsxProblem || typeof (error as { code?: unknown }).code !== 'number') throw error;
      throw new XlsxProblem('部件的压缩数据已损坏，无法解压', { ...base, ...where() });
    }
  }
  if (decoder) {
    const rest = decoder.decode();
    if (rest) parser.write(rest);
  }
  parser.close();
}
