#!/usr/bin/env node
"use strict";
/**
 * Renders the add-in icons assets/icon-{16,32,64,80,128}.png: the character 绩 in white on a deep
 * teal rounded square, with a small check badge from 64 px up (16 px: a lighter, larger glyph). Drawn as SVG and screenshotted in
 * headless Chromium, so it needs /usr/bin/chromium (or CHROMIUM_PATH) and a CJK font
 * (Debian: fonts-noto-cjk).
 *
 *   node scripts/icons.js            writes assets/icon-*.png
 *   node scripts/icons.js --out DIR  writes them to DIR instead
 */
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const SIZES = [16, 32, 64, 80, 128];
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];
const FONT =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

/** The icon as SVG in a 128-unit box. Small sizes get a larger glyph and no badge. */
function iconSvg(size) {
  const small = size <= 32;
  const inset = size <= 16 ? 0 : 4;
  const box = 128 - 2 * inset;
  const radius = size <= 16 ? 24 : 26;
  const glyphSize = size <= 16 ? 112 : small ? 104 : 84;
  const glyphWeight = size <= 16 ? 500 : 700;
  const glyphY = small ? 64 : 60;
  const glyphX = small ? 64 : 60;
  const badge = small
    ? ""
    : `<circle cx="100" cy="100" r="21" fill="#f2b632" stroke="#ffffff" stroke-width="5"/>
       <path d="M90 100.5 L97.5 108 L111 93.5" fill="none" stroke="#ffffff" stroke-width="6.5"
             stroke-linecap="round" stroke-linejoin="round"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#137c89"/>
      <stop offset="1" stop-color="#0b5361"/>
    </linearGradient>
  </defs>
  <rect x="${inset}" y="${inset}" width="${box}" height="${box}" rx="${radius}" fill="url(#bg)"/>
  <text x="${glyphX}" y="${glyphY}" text-anchor="middle" dominant-baseline="central"
        font-family="${FONT}" font-weight="${glyphWeight}" font-size="${glyphSize}" fill="#ffffff">绩</text>
  ${badge}
</svg>`;
}

async function main() {
  const outIndex = process.argv.indexOf("--out");
  const outDir =
    outIndex > 0 ? path.resolve(process.argv[outIndex + 1]) : path.join(__dirname, "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({
        viewport: { width: size, height: size },
        deviceScaleFactor: 1,
      });
      const html = `<!doctype html><html><head><meta charset="utf-8"><style>
        html, body { margin: 0; padding: 0; background: transparent; overflow: hidden; }
        svg { display: block; }
      </style></head><body>${iconSvg(size)}</body></html>`;
      await page.setContent(html);
      await page.evaluate(() => document.fonts.ready);
      const file = path.join(outDir, `icon-${size}.png`);
      await page.screenshot({
        path: file,
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      await page.close();
      process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  process.stderr.write(`icons: ${error && error.message ? error.message : error}\n`);
  process.exit(1);
});
