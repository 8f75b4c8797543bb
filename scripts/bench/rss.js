// Preloaded into a measured process: writes its peak resident memory (KB) on exit.
const { writeFileSync } = require("node:fs");
process.on("exit", () => {
  if (process.env.JIXIAO_RSS_FILE)
    writeFileSync(process.env.JIXIAO_RSS_FILE, String(process.resourceUsage().maxRSS));
});
