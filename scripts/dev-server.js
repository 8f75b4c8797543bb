#!/usr/bin/env node
"use strict";
/**
 * `npm run dev-server`: webpack's dev server on https://localhost:3000 with the certificate of
 * office-addin-dev-certs (webpack.config.js reads it from ~/.office-addin-dev-certs). On Windows
 * and Mac a missing certificate is created and trusted first (the system asks for permission);
 * on Linux its installer needs sudo and changes the system's trust store, so this script only
 * says how, and serves plain http meanwhile (enough for a browser preview, not for Office).
 *
 *   node scripts/dev-server.js [options passed on to webpack serve]
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { pathToFileURL } = require("url");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const CERT_FILES = ["localhost.key", "localhost.crt", "ca.crt"];

const haveCertificates = () => CERT_FILES.every((f) => fs.existsSync(path.join(CERT_DIR, f)));

/** office-addin-dev-certs' API where it is installed (it comes with office-addin-debugging). */
async function devCerts() {
  let resolved;
  try {
    resolved = require.resolve("office-addin-dev-certs", { paths: [ROOT] });
  } catch {
    return null;
  }
  const mod = await import(pathToFileURL(resolved).href);
  return typeof mod.ensureCertificatesAreInstalled === "function" ? mod : mod.default;
}

const say = (zh, en) => process.stderr.write(`${zh}\n${en}\n`);

async function ensureCertificates() {
  if (haveCertificates()) return;
  const desktop = process.platform === "win32" || process.platform === "darwin";
  if (!desktop) {
    say(
      `未找到开发证书（${CERT_DIR}），调试服务器将以 http 运行：可在浏览器中预览任务窗格，但 Office 只从 https 加载加载项。` +
        "\n如需在本机用 Excel 网页版调试，请先运行一次 npx office-addin-dev-certs install（需要 sudo，会把开发用根证书加入本机信任列表；不要在 CI 中运行），再重新运行 npm run dev-server。",
      `No development certificate in ${CERT_DIR}: the dev server runs on plain http, fine for a browser preview, but Office loads add-ins over https only.` +
        "\nTo debug in Excel on the web from this machine, run npx office-addin-dev-certs install once (it uses sudo and adds a development root certificate to this machine's trust store; never in CI), then npm run dev-server again."
    );
    return;
  }
  const api = await devCerts();
  if (!api) {
    say(
      "未安装 office-addin-dev-certs（随可选依赖 office-addin-debugging 安装）。请运行 npx office-addin-dev-certs install 安装开发证书，再重新运行 npm run dev-server。现以 http 运行。",
      "office-addin-dev-certs is not installed (it comes with the optional office-addin-debugging). Run npx office-addin-dev-certs install, then npm run dev-server again. Serving plain http meanwhile."
    );
    return;
  }
  try {
    say(
      "正在安装并信任 localhost 开发证书（系统可能要求授权）…",
      "Installing and trusting the localhost development certificate (the system may ask for permission)…"
    );
    await api.ensureCertificatesAreInstalled();
  } catch (e) {
    say(
      `开发证书安装失败：${e && e.message ? e.message : e}。可手动运行 npx office-addin-dev-certs install。现以 http 运行。`,
      `Installing the development certificate failed: ${e && e.message ? e.message : e}. Run npx office-addin-dev-certs install by hand. Serving plain http meanwhile.`
    );
  }
}

async function main(args) {
  await ensureCertificates();
  const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const result = spawnSync(
    process.execPath,
    [webpackCli, "serve", "--mode", "development", ...args],
    { cwd: ROOT, stdio: "inherit" }
  );
  return result.status ?? 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
      process.exitCode = 1;
    }
  );
}

module.exports = { haveCertificates, CERT_DIR };
