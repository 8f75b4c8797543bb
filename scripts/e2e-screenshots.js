#!/usr/bin/env node
"use strict";
/**
 * Runs the browser test (npm run test:e2e) with its screenshots written to docs/screenshots/:
 * the Chinese pane after validation, the English pane and the pane on LTSC 2021.
 */
const { spawnSync } = require("child_process");

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const run = spawnSync(npm, ["run", "test:e2e"], {
  stdio: "inherit",
  env: { ...process.env, JIXIAO_SCREENSHOTS: "docs" },
});
process.exit(run.status === null ? 1 : run.status);
