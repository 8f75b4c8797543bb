/* Task pane build. Settings (environment variables):
 *   JIXIAO_BASE_URL   public https URL dist/ is served from, ending in '/' (default: https://localhost:3000/)
 *   JIXIAO_OFFICE_JS  cdn (default, Microsoft's CDN) | cn (21Vianet CDN) | local (copy from @microsoft/office-js)
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const {
  BuildSettingError,
  baseUrlFromEnv,
  officeJsFromEnv,
  contentSecurityPolicy,
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

  return {
    devtool: dev ? "source-map" : false,
    entry: { taskpane: "./src/taskpane/taskpane.ts" },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
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
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        inject: "head",
        scriptLoading: "defer",
        minify: false,
        templateParameters: {
          officeJsSrc: officeJs.src,
          contentSecurityPolicy: contentSecurityPolicy(officeJs),
        },
      }),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
    ],
    performance: {
      hints: dev ? false : "warning",
      maxEntrypointSize: 250000,
      maxAssetSize: 250000,
      assetFilter: (file) => file.endsWith(".js") && !file.startsWith("office-js/"),
    },
    devServer: {
      port: DEV_SERVER_PORT,
      server,
      static: false,
      hot: false,
      client: { overlay: false },
      headers: { "Access-Control-Allow-Origin": "*" },
    },
  };
};
