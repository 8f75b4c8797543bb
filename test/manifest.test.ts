/**
 * The add-in manifest and the task pane shell. `office-addin-manifest validate` needs a Microsoft
 * web service, so the manifest is checked here: schema element order, GUID id, permissions,
 * locales, https URLs, string lengths, resids and icons. Each check is also run against a broken
 * copy of the manifest, so a check that cannot fail would show.
 */
import * as fs from "fs";
import * as path from "path";
import { XMLParser } from "fast-xml-parser";
import { messages, pickLocale, type MessageKey } from "../src/taskpane/i18n";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

interface OfficeJsSetting {
  mode: "cdn" | "cn" | "local";
  src: string;
  origin: string | null;
}
interface ManifestUrlModule {
  DEV_BASE_URL: string;
  OFFICE_JS_SOURCES: Record<string, string>;
  validateBaseUrl(baseUrl: unknown): string;
  transformManifest(xml: string, baseUrl: string): string;
  baseUrlFromEnv(env: Record<string, string | undefined>): string;
  officeJsFromEnv(env: Record<string, string | undefined>): OfficeJsSetting;
  contentSecurityPolicy(officeJs: OfficeJsSetting): string;
}
const manifestUrl = jest.requireActual<ManifestUrlModule>("../scripts/manifest-url.js");
const { DEV_BASE_URL } = manifestUrl;

// ---------------------------------------------------------------------------------------------
// A small reader over fast-xml-parser's preserveOrder output.

type Attributes = Record<string, string>;
interface XmlElement {
  name: string;
  attributes: Attributes;
  children: XmlElement[];
  text: string;
}
type OrderedNode = Record<string, unknown> & { ":@"?: Attributes };

function toElements(nodes: OrderedNode[]): XmlElement[] {
  const elements: XmlElement[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((key) => key !== ":@");
    if (name === undefined || name === "#text" || name.startsWith("?")) continue;
    const childNodes = (node[name] as OrderedNode[]) ?? [];
    const text = childNodes
      .filter((child) => "#text" in child)
      .map((child) => String(child["#text"]))
      .join("");
    elements.push({ name, attributes: node[":@"] ?? {}, children: toElements(childNodes), text });
  }
  return elements;
}

function parseManifest(xml: string): XmlElement {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
  });
  const roots = toElements(parser.parse(xml) as OrderedNode[]);
  if (roots.length !== 1) throw new Error(`expected one root element, found ${roots.length}`);
  return roots[0];
}

function* walk(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) yield* walk(child);
}

const child = (element: XmlElement, name: string) => element.children.find((c) => c.name === name);

// ---------------------------------------------------------------------------------------------
// The checks. Each returns the problems it finds, as sentences.

/** The OfficeApp schema sequence (appforoffice 1.1): TaskPaneApp elements in the order allowed. */
const SCHEMA_SEQUENCE = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "VersionOverrides",
  "ExtendedOverrides",
];
const REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "Hosts",
  "DefaultSettings",
  "Permissions",
];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkRoot(root: XmlElement): string[] {
  const problems: string[] = [];
  if (root.name !== "OfficeApp") problems.push(`root element is ${root.name}, not OfficeApp`);
  if (root.attributes["xsi:type"] !== "TaskPaneApp") {
    problems.push(`xsi:type is ${root.attributes["xsi:type"]}, not TaskPaneApp`);
  }
  if (root.attributes.xmlns !== "http://schemas.microsoft.com/office/appforoffice/1.1") {
    problems.push(`default namespace is ${root.attributes.xmlns}`);
  }
  return problems;
}

function checkOrder(root: XmlElement): string[] {
  const problems: string[] = [];
  let last = -1;
  const seen = new Set<string>();
  for (const { name } of root.children) {
    const index = SCHEMA_SEQUENCE.indexOf(name);
    if (index < 0) problems.push(`${name} is not a TaskPaneApp element`);
    else if (seen.has(name)) problems.push(`${name} appears twice`);
    else if (index < last) problems.push(`${name} comes after ${SCHEMA_SEQUENCE[last]}`);
    else last = index;
    seen.add(name);
  }
  for (const name of REQUIRED) if (!seen.has(name)) problems.push(`${name} is missing`);
  return problems;
}

function checkIdentity(root: XmlElement): string[] {
  const problems: string[] = [];
  const id = child(root, "Id")?.text ?? "";
  if (!GUID.test(id)) problems.push(`Id ${JSON.stringify(id)} is not a GUID`);
  const version = child(root, "Version")?.text ?? "";
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version))
    problems.push(`Version ${JSON.stringify(version)}`);
  if (!child(root, "ProviderName")?.text) problems.push("ProviderName is empty");
  return problems;
}

function checkPermissions(root: XmlElement): string[] {
  const permissions = root.children.filter((c) => c.name === "Permissions").map((c) => c.text);
  return permissions.length === 1 && permissions[0] === "ReadWriteDocument"
    ? []
    : [`Permissions is ${JSON.stringify(permissions)}, not exactly ReadWriteDocument`];
}

const LIMITS: Record<string, number> = { DisplayName: 125, Description: 250 };

function checkLocales(root: XmlElement): string[] {
  const problems: string[] = [];
  const defaultLocale = child(root, "DefaultLocale")?.text;
  if (defaultLocale !== "zh-CN") problems.push(`DefaultLocale is ${defaultLocale}, not zh-CN`);
  for (const [name, limit] of Object.entries(LIMITS)) {
    const element = child(root, name);
    if (!element) continue; // reported by checkOrder
    const defaultValue = element.attributes.DefaultValue ?? "";
    if (defaultValue.trim() === "") problems.push(`${name} has no DefaultValue`);
    if (!/[\u4e00-\u9fff]/.test(defaultValue)) problems.push(`${name} DefaultValue is not Chinese`);
    const overrides = element.children.filter((c) => c.name === "Override");
    const en = overrides.find((o) => o.attributes.Locale === "en-US");
    if (!en || (en.attributes.Value ?? "").trim() === "") {
      problems.push(`${name} has no en-US Override`);
    }
    for (const value of [defaultValue, ...overrides.map((o) => o.attributes.Value ?? "")]) {
      if ([...value].length > limit) problems.push(`${name} is longer than ${limit}: ${value}`);
    }
  }
  return problems;
}

/** Every attribute that holds a URL, and every Url/SourceLocation element, must be https. */
function checkHttps(root: XmlElement): string[] {
  const problems: string[] = [];
  for (const element of walk(root)) {
    const urlElement = /(Url|SourceLocation)$/.test(element.name);
    for (const [attribute, value] of Object.entries(element.attributes)) {
      if (attribute === "xmlns" || attribute.startsWith("xmlns:")) continue;
      const looksLikeUrl = /^[a-z][a-z0-9+.-]*:/i.test(value) && value.includes("/");
      const holdsUrl = urlElement && (attribute === "DefaultValue" || attribute === "Value");
      if ((looksLikeUrl || holdsUrl) && !value.startsWith("https://")) {
        problems.push(`${element.name} ${attribute}=${value} is not https`);
      }
    }
    if (/^https?:\/\//.test(element.text) && !element.text.startsWith("https://")) {
      problems.push(`${element.name} ${element.text} is not https`);
    }
  }
  return problems;
}

/** Every resid must name a bt:Image, bt:Url, bt:String or bt:ShortString/LongString resource. */
function checkResids(root: XmlElement): string[] {
  const defined = new Set<string>();
  for (const element of walk(root)) {
    if (/^(bt:)?(Image|Url|String)$/.test(element.name) && element.attributes.id) {
      defined.add(element.attributes.id);
    }
  }
  const problems: string[] = [];
  for (const element of walk(root)) {
    const resid = element.attributes.resid;
    if (resid !== undefined && !defined.has(resid)) {
      problems.push(`${element.name} resid="${resid}" has no resource`);
    }
  }
  for (const element of walk(root)) {
    const limit = element.name.endsWith("ShortStrings")
      ? 125
      : element.name.endsWith("LongStrings")
        ? 250
        : 0;
    if (limit === 0) continue;
    for (const s of walk(element)) {
      for (const value of [s.attributes.DefaultValue, s.attributes.Value]) {
        if (value !== undefined && [...value].length > limit) {
          problems.push(`${s.attributes.id ?? s.name} is longer than ${limit}`);
        }
      }
    }
  }
  return problems;
}

/** Width and height from a PNG file's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = "89504e470d0a1a0a";
  if (
    bytes.subarray(0, 8).toString("hex") !== signature ||
    bytes.subarray(12, 16).toString() !== "IHDR"
  ) {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Icons and images the manifest references must be files under assets/ of the declared size. */
function checkIcons(root: XmlElement): string[] {
  const problems: string[] = [];
  for (const element of walk(root)) {
    const isIcon = /IconUrl$/.test(element.name) || /^(bt:)?Image$/.test(element.name);
    if (!isIcon) continue;
    const url = element.attributes.DefaultValue ?? "";
    if (!url.startsWith(DEV_BASE_URL + "assets/")) {
      problems.push(`${element.name} ${url} is not under ${DEV_BASE_URL}assets/`);
      continue;
    }
    const file = path.join(ROOT, url.slice(DEV_BASE_URL.length));
    if (!fs.existsSync(file)) {
      problems.push(`${element.name} ${url}: ${path.relative(ROOT, file)} does not exist`);
      continue;
    }
    const declared = /icon-(\d+)\.png$/.exec(file);
    const size = pngSize(file);
    if (declared && (size.width !== Number(declared[1]) || size.height !== Number(declared[1]))) {
      problems.push(`${path.relative(ROOT, file)} is ${size.width}x${size.height}`);
    }
  }
  return problems;
}

function checkHostAndSource(root: XmlElement): string[] {
  const problems: string[] = [];
  const hosts = child(root, "Hosts")?.children.map((h) => h.attributes.Name) ?? [];
  if (hosts.join() !== "Workbook")
    problems.push(`Hosts are ${JSON.stringify(hosts)}, not Workbook`);
  const sets = [...walk(child(root, "Requirements") ?? root)].filter((e) => e.name === "Set");
  const excelApi = sets.find((s) => s.attributes.Name === "ExcelApi");
  if (!excelApi || excelApi.attributes.MinVersion !== "1.7")
    problems.push("ExcelApi 1.7 is not required");
  const source = child(child(root, "DefaultSettings") ?? root, "SourceLocation")?.attributes
    .DefaultValue;
  if (source !== `${DEV_BASE_URL}taskpane.html`) problems.push(`SourceLocation is ${source}`);
  return problems;
}

const ALL_CHECKS = [
  checkRoot,
  checkOrder,
  checkIdentity,
  checkPermissions,
  checkLocales,
  checkHttps,
  checkResids,
  checkIcons,
  checkHostAndSource,
];
const allProblems = (xml: string) => ALL_CHECKS.flatMap((check) => check(parseManifest(xml)));

function mutate(from: string | RegExp, to: string): string {
  const changed = MANIFEST.replace(from, to);
  if (changed === MANIFEST) throw new Error(`mutation ${String(from)} did not apply`);
  return changed;
}

// ---------------------------------------------------------------------------------------------

describe("manifest.xml", () => {
  const root = parseManifest(MANIFEST);

  test("is a TaskPaneApp OfficeApp", () => {
    expect(checkRoot(root)).toEqual([]);
    expect(
      checkRoot(parseManifest(mutate('xsi:type="TaskPaneApp"', 'xsi:type="MailApp"')))
    ).toEqual(["xsi:type is MailApp, not TaskPaneApp"]);
  });

  test("top-level elements follow the schema sequence", () => {
    expect(root.children.map((c) => c.name)).toEqual([
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
    ]);
    expect(checkOrder(root)).toEqual([]);
    const swapped = mutate(/(<Permissions>[^<]*<\/Permissions>)\s*$/m, "").replace(
      "<Hosts>",
      "<Permissions>ReadWriteDocument</Permissions>\n  <Hosts>"
    );
    expect(checkOrder(parseManifest(swapped))).toEqual([
      "Hosts comes after Permissions",
      "Requirements comes after Permissions",
      "DefaultSettings comes after Permissions",
    ]);
    expect(checkOrder(parseManifest(mutate(/\s*<SupportUrl [^>]*\/>/, "")))).toEqual([
      "SupportUrl is missing",
    ]);
  });

  test("has a GUID Id, a version and a provider", () => {
    expect(checkIdentity(root)).toEqual([]);
    expect(checkIdentity(parseManifest(mutate(/<Id>[^<]*<\/Id>/, "<Id>jixiao</Id>")))).toEqual([
      'Id "jixiao" is not a GUID',
    ]);
  });

  test("asks for ReadWriteDocument and nothing more", () => {
    expect(checkPermissions(root)).toEqual([]);
    const more = mutate("<Permissions>ReadWriteDocument<", "<Permissions>ReadWriteMailbox<");
    expect(checkPermissions(parseManifest(more))).toHaveLength(1);
  });

  test("is zh-CN with en-US overrides, within the length limits", () => {
    expect(checkLocales(root)).toEqual([]);
    const noEnglish = mutate(
      /\s*<Override Locale="en-US" Value="[^"]*"\/>\s*(?=<\/DisplayName>)/,
      ""
    );
    expect(checkLocales(parseManifest(noEnglish))).toEqual(["DisplayName has no en-US Override"]);
    const long = mutate(
      /(<Override Locale="en-US" Value=")([^"]*)("\/>\s*<\/Description>)/,
      `$1${"x".repeat(251)}$3`
    );
    expect(checkLocales(parseManifest(long))).toEqual([
      `Description is longer than 250: ${"x".repeat(251)}`,
    ]);
    const english = mutate("<DefaultLocale>zh-CN<", "<DefaultLocale>en-US<");
    expect(checkLocales(parseManifest(english))).toEqual(["DefaultLocale is en-US, not zh-CN"]);
  });

  test("uses https for every URL", () => {
    expect(checkHttps(root)).toEqual([]);
    const plain = mutate(/<SupportUrl DefaultValue="https:/, '<SupportUrl DefaultValue="http:');
    expect(checkHttps(parseManifest(plain))).toEqual([
      `SupportUrl DefaultValue=http://localhost:3000/taskpane.html is not https`,
    ]);
  });

  test("every resid resolves to a resource", () => {
    expect(checkResids(root)).toEqual([]);
    const withOverrides = mutate(
      "</OfficeApp>",
      `<VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xsi:type="VersionOverridesV1_0">
        <Hosts><Host xsi:type="Workbook"><DesktopFormFactor>
          <GetStarted><Title resid="Title"/><Description resid="Missing"/></GetStarted>
        </DesktopFormFactor></Host></Hosts>
        <Resources><bt:ShortStrings><bt:String id="Title" DefaultValue="绩效自评助手"/></bt:ShortStrings></Resources>
      </VersionOverrides></OfficeApp>`
    );
    expect(checkResids(parseManifest(withOverrides))).toEqual([
      'Description resid="Missing" has no resource',
    ]);
  });

  test("icons exist under assets/ at their stated size", () => {
    expect(checkIcons(root)).toEqual([]);
    const missing = mutate("assets/icon-64.png", "assets/icon-65.png");
    expect(checkIcons(parseManifest(missing))).toEqual([
      `HighResolutionIconUrl ${DEV_BASE_URL}assets/icon-65.png: assets/icon-65.png does not exist`,
    ]);
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(ROOT, "assets", `icon-${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    }
  });

  test("runs in Excel (Workbook, ExcelApi 1.7) from taskpane.html", () => {
    expect(checkHostAndSource(root)).toEqual([]);
    expect(fs.existsSync(path.join(ROOT, "src/taskpane/taskpane.html"))).toBe(true);
    const word = mutate('<Host Name="Workbook"/>', '<Host Name="Document"/>');
    expect(checkHostAndSource(parseManifest(word))).toEqual([
      'Hosts are ["Document"], not Workbook',
    ]);
  });

  test("all checks pass together and the dev base URL is the only origin", () => {
    expect(allProblems(MANIFEST)).toEqual([]);
    const urls = [...walk(root)]
      .flatMap((e) => Object.values(e.attributes))
      .filter((v) => v.startsWith("https://"));
    expect(urls.length).toBeGreaterThanOrEqual(4);
    for (const url of urls) expect(url.startsWith(DEV_BASE_URL)).toBe(true);
  });
});

describe("build settings (scripts/manifest-url.js)", () => {
  const publicBase = "https://addins.example.gov.cn/jixiao/";

  test("transformManifest replaces every dev URL with the public base URL", () => {
    const devCount = MANIFEST.split(DEV_BASE_URL).length - 1;
    expect(devCount).toBeGreaterThanOrEqual(4);
    const built = manifestUrl.transformManifest(MANIFEST, publicBase);
    expect(built).not.toContain(DEV_BASE_URL);
    expect(built.split(publicBase).length - 1).toBe(devCount);
    const root = parseManifest(built);
    expect(child(child(root, "DefaultSettings")!, "SourceLocation")!.attributes.DefaultValue).toBe(
      `${publicBase}taskpane.html`
    );
    expect(checkHttps(root)).toEqual([]);
    expect(checkOrder(root)).toEqual([]);
  });

  test.each([
    ["http://addins.example.gov.cn/jixiao/", /https/],
    ["https://addins.example.gov.cn/jixiao", /end with '\/'/],
    ["addins.example.gov.cn/jixiao/", /absolute URL/],
    ["", /empty/],
    ["https://addins.example.gov.cn/jixiao/?v=1/", /query/],
    ['https://addins.example.gov.cn/a"b/', /quotes/],
  ])("rejects the base URL %j", (url, message) => {
    expect(() => manifestUrl.transformManifest(MANIFEST, url)).toThrow(message);
    expect(() => manifestUrl.baseUrlFromEnv({ JIXIAO_BASE_URL: url || " " })).toThrow();
  });

  test("the base URL defaults to the dev URL and accepts a root URL", () => {
    expect(manifestUrl.baseUrlFromEnv({})).toBe(DEV_BASE_URL);
    expect(manifestUrl.baseUrlFromEnv({ JIXIAO_BASE_URL: "https://jixiao.example.cn/" })).toBe(
      "https://jixiao.example.cn/"
    );
  });

  test("office.js comes from the CDN, the 21Vianet CDN or a local copy", () => {
    expect(manifestUrl.officeJsFromEnv({})).toEqual({
      mode: "cdn",
      src: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      origin: "https://appsforoffice.microsoft.com",
    });
    expect(manifestUrl.officeJsFromEnv({ JIXIAO_OFFICE_JS: "cn" }).origin).toBe(
      "https://appsforoffice.cdn.partner.office365.cn"
    );
    expect(manifestUrl.officeJsFromEnv({ JIXIAO_OFFICE_JS: "local" })).toEqual({
      mode: "local",
      src: "office-js/office.js",
      origin: null,
    });
    expect(() => manifestUrl.officeJsFromEnv({ JIXIAO_OFFICE_JS: "unpkg" })).toThrow(
      /cdn, cn, local/
    );
  });

  test("the Content-Security-Policy allows scripts from self and the chosen office.js origin only", () => {
    const scriptSrc = (csp: string) => /(?:^|; )script-src ([^;]*)/.exec(csp)?.[1];
    const cdn = manifestUrl.contentSecurityPolicy(manifestUrl.officeJsFromEnv({}));
    expect(scriptSrc(cdn)).toBe("'self' https://appsforoffice.microsoft.com");
    const cn = manifestUrl.contentSecurityPolicy(
      manifestUrl.officeJsFromEnv({ JIXIAO_OFFICE_JS: "cn" })
    );
    expect(scriptSrc(cn)).toBe("'self' https://appsforoffice.cdn.partner.office365.cn");
    const local = manifestUrl.contentSecurityPolicy(
      manifestUrl.officeJsFromEnv({ JIXIAO_OFFICE_JS: "local" })
    );
    expect(scriptSrc(local)).toBe("'self'");
    for (const csp of [cdn, cn, local]) {
      expect(csp).not.toMatch(/unsafe-|\*/);
      expect(csp).toMatch(/(^|; )default-src 'self'(;|$)/);
      expect(csp).toMatch(/(^|; )object-src 'none'(;|$)/);
    }
  });
});

describe("task pane shell", () => {
  const html = fs.readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");
  const sources = ["taskpane.ts", "i18n.ts"].map((f) =>
    fs.readFileSync(path.join(ROOT, "src/taskpane", f), "utf8")
  );

  test("the page has a CSP from the build, no inline script, style or handler", () => {
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="<%= contentSecurityPolicy %>"/
    );
    const scripts = html.match(/<script\b(?:[^>"]|"[^"]*")*>/g) ?? [];
    expect(scripts).toEqual(['<script src="<%= officeJsSrc %>">']);
    expect(html).not.toMatch(/<script\b(?:[^>"]|"[^"]*")*>[^<\s]/);
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  test("the code uses no Excel.* and no innerHTML", () => {
    for (const source of sources) {
      expect(source).not.toMatch(/\bExcel\.[A-Za-z_$]/);
      expect(source).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    }
  });
});

describe("task pane strings", () => {
  test("zh-CN for Chinese or unknown display languages, en-US otherwise", () => {
    expect(pickLocale("zh-CN")).toBe("zh-CN");
    expect(pickLocale("zh-TW")).toBe("zh-CN");
    expect(pickLocale(undefined)).toBe("zh-CN");
    expect(pickLocale("")).toBe("zh-CN");
    expect(pickLocale("en-US")).toBe("en-US");
    expect(pickLocale("EN-gb")).toBe("en-US");
    expect(pickLocale("ja-JP")).toBe("en-US");
  });

  test("both tables are complete and the page's built-in text is the zh-CN table's", () => {
    const keys = Object.keys(messages["zh-CN"]).sort();
    expect(Object.keys(messages["en-US"]).sort()).toEqual(keys);
    for (const key of keys as MessageKey[]) {
      expect(messages["zh-CN"][key]).toMatch(/[\u4e00-\u9fff]/);
      expect(messages["en-US"][key]).toMatch(/^[\x20-\x7e\u2026]+$/);
    }
    const html = fs.readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");
    const marked = [...html.matchAll(/data-i18n="([^"]+)"[^>]*>\s*([^<]*?)\s*</g)];
    expect(marked.length).toBeGreaterThanOrEqual(6);
    for (const [, key, text] of marked) {
      expect(keys).toContain(key);
      expect(text).toBe(messages["zh-CN"][key as MessageKey]);
    }
  });
});
