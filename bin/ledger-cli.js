#!/usr/bin/env node
'use strict';
// The package's `ledger-cli` command. It runs the compiled CLI, which `npm run build` (or `npm start`)
// produces; without it, say so instead of failing with a module-not-found trace.
const path = require('node:path');
const fs = require('node:fs');

const entry = path.join(__dirname, '..', 'dist', 'apps', 'ledger-cli', 'src', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('ledger-cli is not built yet: run `npm run build` in the project root first.\n');
  process.exit(2);
}
require(entry);
