#!/usr/bin/env node
'use strict';
// The installed command. It runs the compiled CLI (lib/, built by `npm run build:cli`, which
// `npm ci` / `npm install` run as the prepare step) when lib/ is newer than every source file;
// otherwise — a development checkout, or sources edited since the build — the TypeScript
// sources through tsx, so a stale build never runs. The check stats about 300 files (~2 ms);
// starting tsx and compiling on the fly costs far more, which is why lib/ is preferred.
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const compiled = path.join(root, 'lib', 'cli', 'main.js');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function compiledIsFresh() {
  let built;
  try {
    built = fs.statSync(compiled).mtimeMs;
  } catch {
    return false;
  }
  const src = path.join(root, 'src');
  if (!fs.existsSync(src)) return true; // a package without sources: lib/ is all there is
  return ['cli', 'engine'].every((dir) => newestSource(path.join(src, dir)) <= built);
}

if (compiledIsFresh()) {
  require(compiled);
} else {
  require('tsx/cjs');
  require(path.join(root, 'src', 'cli', 'main.ts'));
}
