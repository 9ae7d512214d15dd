#!/usr/bin/env node
'use strict';
// The installed command: the compiled CLI when `npm run build:cli` has produced lib/,
// otherwise the TypeScript sources through tsx (a development checkout).
const fs = require('fs');
const path = require('path');

const compiled = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
if (fs.existsSync(compiled)) {
  require(compiled);
} else {
  require('tsx/cjs');
  require(path.join(__dirname, '..', 'src', 'cli', 'main.ts'));
}
