#!/usr/bin/env node
"use strict";
/**
 * `npm start` / `npm stop`: sideload manifest.xml into desktop Excel through office-addin-debugging,
 * which only runs on Windows and Mac. Elsewhere, and where that optional dependency could not be
 * installed, say what to do instead of failing with "office-addin-debugging: not found".
 *
 *   node scripts/office-debugging.js start|stop [options passed on to office-addin-debugging]
 */
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");

const HOW_ELSE = `
其他方式 / Other ways:
  - Excel 网页版：运行 npm run dev-server（或把 dist/ 发布到 HTTPS 服务器），在“开始 > 加载项 > 更多加载项 > 上传我的加载项”中上传 manifest.xml。
    Excel on the web: serve the add-in (npm run dev-server, or dist/ on an HTTPS server), then Home > Add-ins > More Add-ins > Upload My Add-in, and pick manifest.xml.
  - Windows 共享文件夹目录、Mac 的 wef 文件夹、Microsoft 365 集中部署：见 README“部署”一节。
    Windows shared-folder catalog, the Mac wef folder, Microsoft 365 centralized deployment: see README, "Deployment".
`;

/** The installed office-addin-debugging command line, or null. */
function debuggingCli() {
  try {
    const pkgFile = require.resolve("office-addin-debugging/package.json", { paths: [ROOT] });
    const pkg = JSON.parse(fs.readFileSync(pkgFile, "utf8"));
    const bin =
      typeof pkg.bin === "string" ? pkg.bin : pkg.bin && pkg.bin["office-addin-debugging"];
    return bin ? path.join(path.dirname(pkgFile), bin) : null;
  } catch {
    return null;
  }
}

function main(argv) {
  const [command = "start", ...rest] = argv;
  if (command !== "start" && command !== "stop") {
    process.stderr.write(`usage: node scripts/office-debugging.js start|stop\n`);
    return 2;
  }
  if (process.platform !== "win32" && process.platform !== "darwin") {
    process.stderr.write(
      `npm ${command}: 旁加载到桌面版 Excel 只能在 Windows 或 Mac 上进行（本机是 ${process.platform}）。\n` +
        `npm ${command}: sideloading into desktop Excel needs Windows or Mac (this machine runs ${process.platform}).\n` +
        HOW_ELSE
    );
    return 1;
  }
  const cli = debuggingCli();
  if (!cli) {
    process.stderr.write(
      "未安装 office-addin-debugging（可选依赖，npm ci 在无法编译其本机依赖时会跳过）。请运行 npm install office-addin-debugging 后重试。\n" +
        "office-addin-debugging is not installed (an optional dependency that npm ci skips where its native parts cannot build). Run npm install office-addin-debugging and try again.\n" +
        HOW_ELSE
    );
    return 1;
  }
  const result = spawnSync(process.execPath, [cli, command, "manifest.xml", ...rest], {
    cwd: ROOT,
    stdio: "inherit",
  });
  return result.status ?? 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { main };
