import { attr, parsePart } from './part-stream';
import type { ZipDirectory } from './zip-directory';

export interface Relationship {
  id: string;
  /** Relationship type URI; compare by its last segment (transitional and Strict differ before it). */
  type: string;
  /** Resolved part name (no leading slash), or undefined for an external target. */
  target?: string;
}

/** “xl/worksheets/../sharedStrings.xml” → “xl/sharedStrings.xml”; absolute targets from the root. */
export function resolvePartName(sourcePart: string, target: string): string {
  const decoded = (() => {
    try {
      return decodeURIComponent(target);
    } catch {
      return target;
    }
  })().replace(/\\/g, '/');
  const baseDir = sourcePart.includes('/') ? sourcePart.slice(0, sourcePart.lastIndexOf('/')) : '';
  const parts = decoded.startsWith('/') ? [] : baseDir.split('/').filter(Boolean);
  for (const seg of decoded.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}

/** The .rels part of `sourcePart` (“xl/workbook.xml” → “xl/_rels/workbook.xml.rels”). */
export function relsPartOf(sourcePart: string): string {
  const slash = sourcePart.lastIndexOf('/');
  return `${sourcePart.slice(0, slash + 1)}_rels/${sourcePart.slice(slash + 1)}.rels`;
}

export function typeIs(rel: Relationship, last: string): boolean {
  return rel.type.slice(rel.type.lastIndexOf('/') + 1).toLowerCase() === last.toLowerCase();
}

/** The relationships of a part; none when it has no .rels part. */
export function readRelationships(pkg: Uint8Array, dir: ZipDirectory, sourcePart: string): Relationship[] {
  const entry = dir.entries.get(relsPartOf(sourcePart).toLowerCase());
  if (!entry) return [];
  const rels: Relationship[] = [];
  parsePart(
    pkg,
    entry,
    {
      open(name, a) {
        if (name !== 'Relationship') return;
        const target = attr(a, 'Target') ?? '';
        const external = (attr(a, 'TargetMode') ?? '').toLowerCase() === 'external';
        rels.push({ id: attr(a, 'Id') ?? '', type: attr(a, 'Type') ?? '', target: external ? undefined : resolvePartName(sourcePart, target) });
      },
    },
    () => ({}),
  );
  return rels;
}
