import { countText, LIMITS } from './limits';
import { parsePart } from './part-stream';
import { XlsxProblem } from './xlsx-problem';
import type { ZipEntry } from './zip-directory';

/** Shared strings; a string longer than a cell may hold is kept as its length, refused at the cell using it. */
export type SharedString = string | { tooLong: number };

/** The text of each <si>: plain or rich runs joined; phonetic runs (<rPh>) are not shown text. */
export function readSharedStrings(pkg: Uint8Array, entry: ZipEntry): SharedString[] {
  const strings: SharedString[] = [];
  let parts: string[] = [];
  let length = 0;
  let inT = false;
  let phonetic = 0;
  parsePart(
    pkg,
    entry,
    {
      open(name) {
        if (name === 'si') {
          parts = [];
          length = 0;
        } else if (name === 't') inT = phonetic === 0;
        else if (name === 'rPh') phonetic++;
      },
      close(name) {
        if (name === 't') inT = false;
        else if (name === 'rPh') phonetic--;
        else if (name === 'si') {
          if (strings.length >= LIMITS.sharedStrings) throw new XlsxProblem(`共享字符串超过 ${countText(LIMITS.sharedStrings)} 个`);
          strings.push(length > LIMITS.cellChars ? { tooLong: length } : parts.join(''));
          parts = [];
        }
      },
      text(t) {
        if (!inT) return;
        length += t.length;
        // Past the cell limit the text is only counted: a 1 MB string is never assembled.
        if (length <= LIMITS.cellChars) parts.push(t);
      },
    },
    () => ({}),
  );
  return strings;
}
