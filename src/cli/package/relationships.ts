import type { OpcPackage } from './opc-package';
import { elements, escapeXml, getAttr, splice } from './xml-text';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source part (absolute targets start with '/'). */
export function resolveTarget(source: string, target: string): string {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of decodeURI(target).split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

/** The target of `to` as written in the rels of `from` (relative, like Excel writes). */
export function relativeTarget(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

export function relationships(pkg: OpcPackage, part: string): Relationship[] {
  const xml = pkg.text(relsPathOf(part));
  if (!xml) return [];
  return elements(xml, 'Relationship').map((e) => ({
    id: getAttr(e.text, 'Id') ?? '',
    type: getAttr(e.text, 'Type') ?? '',
    target: getAttr(e.text, 'Target') ?? '',
    external: getAttr(e.text, 'TargetMode') === 'External',
  }));
}

/** The part names `part` links to with a relationship type ending in `/kind`. */
export function relatedParts(pkg: OpcPackage, part: string, kind: string): { id: string; part: string }[] {
  return relationships(pkg, part)
    .filter((r) => !r.external && r.type.endsWith(`/${kind}`))
    .map((r) => ({ id: r.id, part: resolveTarget(part, r.target) }));
}

const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Adds a relationship from `part` (creating its rels part) and returns its new id. */
export function addRelationship(pkg: OpcPackage, part: string, type: string, targetPart: string): string {
  const relsPath = relsPathOf(part);
  const xml = pkg.text(relsPath) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;
  const taken = new Set(elements(xml, 'Relationship').map((e) => getAttr(e.text, 'Id')));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(relativeTarget(part, targetPart))}"/>`;
  pkg.setText(relsPath, insertBeforeClose(xml, 'Relationships', rel));
  return id;
}

/** Removes a relationship by id (its target part stays: the caller decides). */
export function removeRelationship(pkg: OpcPackage, part: string, id: string): void {
  const relsPath = relsPathOf(part);
  const xml = pkg.text(relsPath);
  if (!xml) return;
  const found = elements(xml, 'Relationship').find((e) => getAttr(e.text, 'Id') === id);
  if (found) pkg.setText(relsPath, splice(xml, found.start, found.end, ''));
}

/** Inserts `insert` just before the closing tag of the root element `local` (expanding `<x/>`). */
export function insertBeforeClose(xml: string, local: string, insert: string): string {
  const close = new RegExp(`</([\\w.-]+:)?${local}\\s*>`).exec(xml);
  if (close) return splice(xml, close.index, close.index, insert);
  const empty = new RegExp(`<([\\w.-]+:)?${local}\\b([^>]*?)\\s*/>`).exec(xml);
  if (!empty) throw new Error(`no <${local}> element`);
  const p = empty[1] ?? '';
  return splice(xml, empty.index, empty.index + empty[0].length, `<${p}${local}${empty[2]}>${insert}</${p}${local}>`);
}

/** The relationship type URI of `kind` in the package's flavour (Transitional or Strict). */
export function relType(strict: boolean, kind: string): string {
  return strict ? `http://purl.oclc.org/ooxml/officeDocument/relationships/${kind}` : `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${kind}`;
}

const TYPES = '[Content_Types].xml';

/** Declares a part's content type ([Content_Types].xml Override), unless already declared. */
export function addOverride(pkg: OpcPackage, partName: string, contentType: string): void {
  const xml = pkg.text(TYPES) ?? '';
  const name = `/${partName}`;
  if (elements(xml, 'Override').some((e) => (getAttr(e.text, 'PartName') ?? '').toLowerCase() === name.toLowerCase())) return;
  pkg.setText(TYPES, insertBeforeClose(xml, 'Types', `<Override PartName="${escapeXml(name)}" ContentType="${contentType}"/>`));
}

/** Declares the content type of an extension ([Content_Types].xml Default), unless already declared. */
export function addDefault(pkg: OpcPackage, extension: string, contentType: string): void {
  const xml = pkg.text(TYPES) ?? '';
  if (elements(xml, 'Default').some((e) => (getAttr(e.text, 'Extension') ?? '').toLowerCase() === extension)) return;
  pkg.setText(TYPES, insertBeforeClose(xml, 'Types', `<Default Extension="${extension}" ContentType="${contentType}"/>`));
}

/** A part name not yet used: `xl/comments1.xml`, `xl/comments2.xml`… */
export function freePartName(pkg: OpcPackage, prefix: string, suffix: string): string {
  for (let n = 1; ; n++) if (!pkg.has(`${prefix}${n}${suffix}`)) return `${prefix}${n}${suffix}`;
}
