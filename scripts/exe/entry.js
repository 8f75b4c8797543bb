"use strict";
// The single executable's entry: the compiled CLI, run as bin/jixiao.js runs it.
require("../../build/cli/main.js")
  .main(process.argv)
  .then((code) => process.exit(code));
