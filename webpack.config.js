/* Task pane, ribbon commands and their dialog. Settings (environment variables):
 *   JIXIAO_BASE_URL   public https URL dist/ is served from, ending in '/' (default: https://localhost:3000/)
 *   JIXIAO_OFFICE_JS  cdn (default, Microsoft's CDN) | cn (21Vianet CDN) | local (copy from @microsoft/office-js)
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const {
  BuildSettingError,
  baseUrlFromEnv,
  officeJsFromEnv,
  pageContentSecurityPolicy,
  transformManifest,
} = require("./scripts/manifest-url");

const DEV_SERVER_PORT = 3000;
const OFFICE_JS_DIST = path.join(
  path.dirname(require.resolve("@microsoft/office-js/package.json")),
  "dist"
);

/** Files of @microsoft/office-js that an Excel task pane never loads (other hosts, debug builds, telemetry). */
const OFFICE_JS_IGNORE = [
  "**/*.debug.js",
  "**/*-vsdoc.js",
  "**/*.d.ts",
  "custom-functions-runtime.js",
  "**/outlook_strings.js",
  "**/{access,onenote,outlook,powerpoint,project,word}*.js",
  "**/{wordios,powerpointios}-*.js",
  "telemetry/**",
  "ariatelemetry/**",
];

/**
 * Largest gzipped size of one of our scripts (PRODUCT.md §9: the pane's first load under 120 KB,
 * office.js excluded). The Word renderer is a chunk loaded when 导出 Word is pressed.
 */
const GZIP_BUDGET = 120 * 1024;

/**
 * Prints the gzipped size of each bundle of ours (office.js excluded) after a production build,
 * and warns when one exceeds the budget.
 */
class GzipBudgetPlugin {
  constructor(limit) {
    this.limit = limit;
  }
  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    const sizes = [];
    compiler.hooks.thisCompilation.tap("GzipBudgetPlugin", (compilation) => {
      sizes.length = 0;
      compilation.hooks.processAssets.tap(
        { name: "GzipBudgetPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ANALYSE },
        (assets) => {
          for (const [name, source] of Object.entries(assets)) {
            if (!name.endsWith(".js") || name.startsWith("office-js/")) continue;
            const size = zlib.gzipSync(source.buffer()).length;
            sizes.push([name, size]);
            if (size > this.limit) {
              compilation.warnings.push(
                new WebpackError(
                  `${name} is ${size} bytes gzipped, over the budget of ${this.limit}`
                )
              );
            }
          }
        }
      );
    });
    compiler.hooks.done.tap("GzipBudgetPlugin", () => {
      const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
      const lines = sizes
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, size]) => `  ${name.padEnd(12)} ${kb(size).padStart(9)}`);
      process.stdout.write(
        `Gzipped scripts (office.js excluded; budget ${kb(this.limit)} each):\n${lines.join("\n")}\n`
      );
    });
  }
}

/**
 * The browser test's host (test/e2e/fake-office.ts: the fake Excel, served in place of
 * office.js), built beside dist/ with `--env e2e`; never part of dist/.
 */
function e2eConfig(dev) {
  return {
    name: "e2e",
    mode: dev ? "development" : "production",
    devtool: false,
    entry: { "fake-office": "./test/e2e/fake-office.ts" },
    output: { path: path.resolve(__dirname, "build", "e2e"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              onlyCompileBundledFiles: true,
              compilerOptions: { module: "es2020", sourceMap: false },
            },
          },
        },
      ],
    },
    performance: { hints: false },
  };
}

/** The Content-Security-Policy of the WPS pages: everything from the add-in's own folder. */
const WPS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'";

/**
 * The WPS 表格 add-in (`--env wps`, npm run build:wps) into build/wps/jixiao, laid out as a wpsjs
 * project (index.html, main.js, ribbon.xml, manifest.xml, package.json, images/) that
 * `wpsjs debug` runs and `wpsjs build` packs for offline install; the task pane is the Excel
 * pane's page and styles with the WPS entry instead of office.js.
 */
function wpsConfig(dev) {
  const out = path.resolve(__dirname, "build", "wps", "jixiao");
  const pkg = require("./package.json");
  const paneHtml = fs
    .readFileSync(path.resolve(__dirname, "src/taskpane/taskpane.html"), "utf8")
    .replace(/\s*<script src="<%= officeJsSrc %>"><\/script>/, "")
    .replace("<%= contentSecurityPolicy %>", WPS_CSP);
  return {
    name: "wps",
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: { main: "./src/wps/main.ts", taskpane: "./src/wps/taskpane.ts" },
    output: { path: out, filename: "[name].js", clean: true },
    optimization: { splitChunks: { cacheGroups: { defaultVendors: false, default: false } } },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              onlyCompileBundledFiles: true,
              compilerOptions: { module: "es2020", sourceMap: dev },
            },
          },
        },
      ],
    },
    plugins: [
      ...(dev ? [] : [new GzipBudgetPlugin(GZIP_BUDGET)]),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/wps/index.html",
        chunks: ["main"],
        inject: "head",
        scriptLoading: "defer",
        minify: false,
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        templateContent: paneHtml,
        chunks: ["taskpane"],
        inject: "head",
        scriptLoading: "defer",
        minify: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/wps/ribbon.xml", to: "ribbon.xml" },
          { from: "src/wps/manifest.xml", to: "manifest.xml" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "assets/icon-*.png", to: "images/[name][ext]" },
          // The pane's page refers to its icons under assets/, as in Excel.
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          {
            // What a unit's IT puts in jsaddons/ (docs/wps.md): this version, offline, for 表格.
            from: "src/wps/manifest.xml",
            to: "jsplugins.example.xml",
            transform: () =>
              `<jsplugins>\n  <jsplugin name="jixiao" type="et" version="${pkg.version}" enable="true"\n            url="file:///home/USER/.local/share/Kingsoft/wps/jsaddons/jixiao.7z"/>\n</jsplugins>\n`,
          },
          {
            from: "src/wps/manifest.xml",
            to: "package.json",
            // wpsjs reads the project's name and version from package.json (its 7z is name.7z).
            transform: () =>
              JSON.stringify(
                { name: "jixiao", version: pkg.version, description: pkg.description },
                null,
                2
              ) + "\n",
          },
        ],
      }),
    ],
    performance: { hints: false },
  };
}

/** The WPS browser test's host (test/e2e/fake-wps-page.ts), built with `--env wps --env e2e`. */
function wpsE2eConfig(dev) {
  const config = e2eConfig(dev);
  return {
    ...config,
    name: "wps-e2e",
    entry: { "fake-wps": "./test/e2e/fake-wps-page.ts" },
    output: { ...config.output, path: path.resolve(__dirname, "build", "e2e-wps") },
  };
}

function fail(message) {
  process.stderr.write(`\nJixiao build setting error: ${message}\n\n`);
  process.exit(1);
}

/** https options for the dev server when office-addin-dev-certs has created certificates; else null. */
function devServerHttps() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]));
  if (!Object.values(paths).every((p) => fs.existsSync(p))) return null;
  return Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, fs.readFileSync(p)]));
}

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  let baseUrl;
  let officeJs;
  try {
    baseUrl = baseUrlFromEnv(process.env);
    officeJs = officeJsFromEnv(process.env);
  } catch (e) {
    if (e instanceof BuildSettingError) fail(e.message);
    throw e;
  }

  const copyPatterns = [
    { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
    { from: "src/commands/dialog.css", to: "dialog.css" },
    { from: "assets/icon-*.png", to: "assets/[name][ext]" },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => transformManifest(content.toString("utf8"), baseUrl),
    },
  ];
  if (officeJs.mode === "local") {
    copyPatterns.push({
      from: "**/*",
      context: OFFICE_JS_DIST,
      to: "office-js/",
      globOptions: { ignore: OFFICE_JS_IGNORE },
      // Microsoft's files are copied as they are: not minimized again (slow, and not ours to change).
      info: { minimized: true },
    });
  }

  let server = "http";
  if (env && env.WEBPACK_SERVE) {
    const https = devServerHttps();
    if (https) {
      server = { type: "https", options: https };
    } else {
      process.stderr.write(
        "Warning: no certificates in ~/.office-addin-dev-certs; the dev server runs on plain http. " +
          "Office needs https to sideload the add-in (Windows/Mac: npx office-addin-dev-certs install).\n"
      );
    }
  }

  const main = {
    name: "dist",
    devtool: dev ? "source-map" : false,
    // Three bundles: the pane, the function file of the ribbon commands (a runtime of its own, no
    // shared runtime) and the small message dialog the commands open.
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
      dialog: "./src/commands/dialog-page.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    // The Word renderer and its libraries (docx, jszip) load as one chunk, word.js, on 导出 Word.
    optimization: { splitChunks: { cacheGroups: { defaultVendors: false, default: false } } },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              onlyCompileBundledFiles: true,
              compilerOptions: { module: "es2020", sourceMap: dev },
            },
          },
        },
      ],
    },
    plugins: [
      ...[
        ["taskpane", "./src/taskpane/taskpane.html"],
        ["commands", "./src/commands/commands.html"],
        ["dialog", "./src/commands/dialog.html"],
      ].map(
        ([chunk, template]) =>
          new HtmlWebpackPlugin({
            filename: `${chunk}.html`,
            template,
            chunks: [chunk],
            inject: "head",
            scriptLoading: "defer",
            minify: false,
            templateParameters: {
              officeJsSrc: officeJs.src,
              contentSecurityPolicy: pageContentSecurityPolicy(officeJs),
            },
          })
      ),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
      ...(dev ? [] : [new GzipBudgetPlugin(GZIP_BUDGET)]),
    ],
    // The budget (PRODUCT.md §9) is gzipped size; webpack's own hints measure raw bytes.
    performance: { hints: false },
    devServer: {
      port: DEV_SERVER_PORT,
      server,
      static: false,
      hot: false,
      client: { overlay: false },
      headers: { "Access-Control-Allow-Origin": "*" },
    },
  };
  if (env && env.wps) return env.e2e ? [wpsConfig(dev), wpsE2eConfig(dev)] : wpsConfig(dev);
  return env && env.e2e ? [main, e2eConfig(dev)] : main;
};
