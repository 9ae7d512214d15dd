import { numfmt } from './numfmt-lib';
import { parsePart } from './part-stream';
import type { ZipEntry } from './zip-directory';

/** For each cell style index (the `s` of a cell), its number format code; undefined for General. */
export type CellFormats = (string | undefined)[];

function builtIn(id: number): string | undefined {
  // zh-CN: the built-in date formats (14, 27–36, 50–58) show as a Chinese Excel shows them.
  const code = numfmt.getFormatFromId(id, 'zh-CN');
  return code && code !== 'General' ? code : undefined;
}

export function readCellFormats(pkg: Uint8Array, entry: ZipEntry | undefined): CellFormats {
  if (!entry) return [];
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  parsePart(
    pkg,
    entry,
    {
      open(name, a) {
        if (name === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
        else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'xf' && inCellXfs) ids.push(Number(a.numFmtId ?? 0));
      },
      close(name) {
        if (name === 'cellXfs') inCellXfs = false;
      },
    },
    () => ({}),
  );
  return ids.map((id) => {
    const code = custom.get(id) ?? builtIn(id);
    return code && code !== 'General' ? code : undefined;
  });
}
