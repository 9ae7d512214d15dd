import type { CellWrite } from '../../engine/plan/change-plan';
import { internalLink } from '../sheet-ref';
import type { CellOp } from './sheet-cells';
import type { StyleBook, StyleChange } from './styles';
import { escapeXml, getAttr, setAttr, startTag, xmlSafe } from './xml-text';

function styleOf(cell: string | undefined): number | null {
  const s = cell === undefined ? undefined : getAttr(startTag(cell), 's');
  return s === undefined ? null : Number(s);
}

function withStyle(cell: string | undefined, ref: string, p: string, s: number | null): string {
  const text = cell ?? `<${p}c r="${ref}"/>`;
  const tag = startTag(text);
  return setAttr(tag, 's', s === null ? undefined : String(s)) + text.slice(tag.length);
}

/** Fills the cell on top of its own format; `marked` learns the format before and after. */
export function fillOp(styles: StyleBook, p: string, color: string, marked?: (original: number | null, now: number) => void): CellOp {
  return (cell, ref, base) => {
    const original = styleOf(cell);
    const now = styles.derive(original ?? base, { fill: color });
    marked?.(original, now);
    return withStyle(cell, ref, p, now);
  };
}

/** Puts back the format a fill replaced, unless the cell's format changed since (the user's choice wins). */
export function restoreOp(p: string, original: number | null, marked: number): CellOp {
  return (cell, ref) => (cell !== undefined && styleOf(cell) === marked ? withStyle(cell, ref, p, original) : (cell ?? `<${p}c r="${ref}"/>`));
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  return String(n);
}

/**
 * A written cell: the value (text as an inline string, so sharedStrings stays as it was), or
 * a formula with its computed result cached (`t="str"` for a text result); number format,
 * bold, wrap and a link's look added to the cell's own format.
 */
export function writeOp(styles: StyleBook, p: string, write: CellWrite): CellOp {
  return (cell, ref, base) => {
    let original = styleOf(cell);
    const change: StyleChange = {};
    if (write.numFmt !== undefined) change.numFmt = write.numFmt;
    if (write.bold) change.bold = true;
    if (write.wrap) change.wrap = true;
    if (write.link) change.link = true;
    if (Object.keys(change).length > 0) original = styles.derive(original ?? base, change);
    else if (original === null && base) original = base;
    let formula = write.formula?.replace(/^=/, '');
    let value = write.value;
    if (write.link && formula === undefined) {
      const link = internalLink(write.link.sheet, write.link.cell, value === null ? write.link.cell : String(value));
      formula = link.formula;
      value = link.result;
    }
    const s = original === null || original === 0 ? '' : ` s="${original}"`;
    const f = formula === undefined ? '' : `<${p}f>${escapeXml(xmlSafe(formula))}</${p}f>`;
    if (value === null || value === undefined) return `<${p}c r="${ref}"${s}>${f}</${p}c>`.replace(`></${p}c>`, '/>');
    if (typeof value === 'number') return `<${p}c r="${ref}"${s}>${f}<${p}v>${numberText(value)}</${p}v></${p}c>`;
    if (typeof value === 'boolean') return `<${p}c r="${ref}"${s} t="b">${f}<${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
    const text = escapeXml(xmlSafe(value));
    if (formula !== undefined) return `<${p}c r="${ref}"${s} t="str">${f}<${p}v>${text}</${p}v></${p}c>`;
    return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${text}</${p}t></${p}is></${p}c>`;
  };
}

