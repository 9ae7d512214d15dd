/**
 * The argument forms of Office.js load(): "values, text", ["values"], { values: true },
 * "items/name,items/visibility", "format/fill/color", { select, expand }, or nothing (all scalars).
 */

export interface LoadTree {
  /** Load every scalar property (load() with no argument). */
  all: boolean;
  scalars: Set<string>;
  navs: Map<string, LoadTree>;
}

export type LoadArg = string | string[] | { [key: string]: unknown } | undefined;

export function emptyTree(all = false): LoadTree {
  return { all, scalars: new Set(), navs: new Map() };
}

export function parseLoadSpec(arg: LoadArg): LoadTree {
  if (arg === undefined || arg === null) return emptyTree(true);
  const tree = emptyTree();
  if (typeof arg === 'string') splitPaths(arg).forEach((p) => addPath(tree, p));
  else if (Array.isArray(arg)) arg.forEach((p) => splitPaths(String(p)).forEach((q) => addPath(tree, q)));
  else if ('select' in arg || 'expand' in arg) {
    // LoadOption: { select: "a,b/c", expand: "format" } — expanded navigations load all their scalars.
    splitPaths(String(arg.select ?? '')).forEach((p) => addPath(tree, p));
    splitPaths(String(arg.expand ?? '')).forEach((p) => addPath(tree, p));
    if (!arg.select && !arg.expand) tree.all = true;
  } else addObject(tree, arg, '');
  return tree;
}

function splitPaths(s: string): string[] {
  return s
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
}

function addObject(tree: LoadTree, obj: { [key: string]: unknown }, prefix: string): void {
  for (const [key, v] of Object.entries(obj)) {
    if (key === '$all' && v) tree.all = true;
    else if (v === true) addPath(tree, prefix + key);
    else if (v && typeof v === 'object') addObject(tree, v as { [key: string]: unknown }, `${prefix}${key}/`);
  }
}

function addPath(tree: LoadTree, path: string): void {
  const [head, ...rest] = path.split('/').map((s) => s.trim());
  if (!head) return;
  if (rest.length === 0) {
    tree.scalars.add(head);
    return;
  }
  let sub = tree.navs.get(head);
  if (!sub) tree.navs.set(head, (sub = emptyTree()));
  addPath(sub, rest.join('/'));
}

/** Merges `b` into `a` (used when a collection is loaded as "items/x" and as "y"). */
export function mergeTrees(a: LoadTree, b: LoadTree): LoadTree {
  a.all ||= b.all;
  b.scalars.forEach((s) => a.scalars.add(s));
  for (const [k, v] of b.navs) a.navs.set(k, a.navs.has(k) ? mergeTrees(a.navs.get(k)!, v) : v);
  return a;
}
