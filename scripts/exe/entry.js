"use strict";
// The single executable's entry: the compiled CLI, run as bin/jixiao.js runs it.
// V8's memory-saving mode: a report at 100x rows peaks near 170 MB instead of 225 MB, for
// about a quarter more time (docs/benchmarks.md); old government PCs are short of memory first.
require("node:v8").setFlagsFromString("--optimize-for-size");
require("../../build/cli/main.js")
  .main(process.argv)
  .then((code) => process.exit(code));
