#!/usr/bin/env node
"use strict";
// The CLI is compiled by `npm run build:cli` (run by `npm ci` through the prepare script).
require("../build/cli/main.js")
  .main(process.argv)
  .then((code) => process.exit(code));
