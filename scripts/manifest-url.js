"use strict";
/**
 * Build settings for the task pane (used by webpack.config.js, tested by test/manifest.test.ts).
 *
 * - JIXIAO_BASE_URL: the public https URL dist/ is served from; the checked-in manifest.xml uses
 *   DEV_BASE_URL and the copy in dist/ has it replaced.
 * - JIXIAO_OFFICE_JS: where the task pane loads office.js from (cdn, cn or local).
 */

const DEV_BASE_URL = "https://localhost:3000/";

/** Where office.js comes from, by build setting. `local` is relative to the task pane page. */
const OFFICE_JS_SOURCES = {
  cdn: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  cn: "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
  local: "office-js/office.js",
};

class BuildSettingError extends Error {
  constructor(message) {
    super(message);
    this.name = "BuildSettingError";
  }
}

/**
 * Checks a public base URL and returns it unchanged. Throws BuildSettingError with a message a
 * person can act on when it is not an absolute https URL ending in '/'.
 */
function validateBaseUrl(baseUrl, name = "JIXIAO_BASE_URL") {
  if (typeof baseUrl !== "string" || baseUrl.trim() === "") {
    throw new BuildSettingError(
      `${name} is empty: give the https URL dist/ is served from, e.g. https://addins.example.gov.cn/jixiao/`
    );
  }
  if (baseUrl !== baseUrl.trim() || /[\s"'<>&\\]/.test(baseUrl)) {
    throw new BuildSettingError(
      `${name} must not contain spaces, quotes, '<', '>', '&' or '\\': ${JSON.stringify(baseUrl)}`
    );
  }
  let parsed;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new BuildSettingError(`${name} is not an absolute URL: ${JSON.stringify(baseUrl)}`);
  }
  if (parsed.protocol !== "https:") {
    throw new BuildSettingError(
      `${name} must be an https URL (Office loads add-ins over https only): ${JSON.stringify(baseUrl)}`
    );
  }
  if (
    parsed.search !== "" ||
    parsed.hash !== "" ||
    parsed.username !== "" ||
    parsed.password !== ""
  ) {
    throw new BuildSettingError(
      `${name} must not carry a query, fragment or credentials: ${JSON.stringify(baseUrl)}`
    );
  }
  if (!baseUrl.endsWith("/")) {
    throw new BuildSettingError(
      `${name} must end with '/': ${JSON.stringify(baseUrl)} (did you mean ${JSON.stringify(baseUrl + "/")}?)`
    );
  }
  return baseUrl;
}

/** Returns the manifest text with every occurrence of DEV_BASE_URL replaced by baseUrl. */
function transformManifest(manifestXml, baseUrl) {
  validateBaseUrl(baseUrl);
  const text = String(manifestXml);
  if (!text.includes(DEV_BASE_URL)) {
    throw new BuildSettingError(
      `manifest.xml does not contain the development base URL ${DEV_BASE_URL}; nothing to replace`
    );
  }
  return text.split(DEV_BASE_URL).join(baseUrl);
}

/** Reads JIXIAO_BASE_URL from env (unset or empty: DEV_BASE_URL). */
function baseUrlFromEnv(env = process.env) {
  const value = env.JIXIAO_BASE_URL;
  if (value === undefined || value === "") return DEV_BASE_URL;
  return validateBaseUrl(value);
}

/** Reads JIXIAO_OFFICE_JS from env (unset or empty: cdn) and returns { mode, src, origin }. */
function officeJsFromEnv(env = process.env) {
  const mode =
    env.JIXIAO_OFFICE_JS === undefined || env.JIXIAO_OFFICE_JS === ""
      ? "cdn"
      : env.JIXIAO_OFFICE_JS;
  if (!Object.prototype.hasOwnProperty.call(OFFICE_JS_SOURCES, mode)) {
    throw new BuildSettingError(
      `JIXIAO_OFFICE_JS must be one of ${Object.keys(OFFICE_JS_SOURCES).join(", ")}; got ${JSON.stringify(mode)}`
    );
  }
  const src = OFFICE_JS_SOURCES[mode];
  const origin = mode === "local" ? null : new URL(src).origin;
  return { mode, src, origin };
}

/**
 * The task pane's Content-Security-Policy: scripts from our own origin and, for a CDN build, the
 * office.js origin (office.js loads its host files and locale strings from the folder it came from).
 */
function contentSecurityPolicy(officeJs) {
  const office = officeJs.origin ? ` ${officeJs.origin}` : "";
  return [
    "default-src 'self'",
    `script-src 'self'${office}`,
    `style-src 'self'${office}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * The pages' policy as built (task pane, function file, dialog): the base policy with inline
 * styles allowed, because office.js sets style attributes on a page's elements inside Office
 * (office-js#1687) — in the function file and the dialog as in the pane. Scripts stay strict.
 */
function pageContentSecurityPolicy(officeJs) {
  return contentSecurityPolicy(officeJs)
    .split("; ")
    .map((d) => (d.startsWith("style-src ") ? `${d} 'unsafe-inline'` : d))
    .join("; ");
}

module.exports = {
  DEV_BASE_URL,
  OFFICE_JS_SOURCES,
  BuildSettingError,
  validateBaseUrl,
  transformManifest,
  baseUrlFromEnv,
  officeJsFromEnv,
  contentSecurityPolicy,
  pageContentSecurityPolicy,
};
