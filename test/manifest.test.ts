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
import { COMMAND_NAMES } from "../src/commands/messages";

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
  pageContentSecurityPolicy(officeJs: OfficeJsSetting): string;
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
    // An image inside an Icon names its resource by resid; the resource holds the URL.
    if (!isIcon || element.attributes.resid !== undefined) continue;
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
  if (!excelApi || excelApi.attributes.MinVersion !== "1.14")
    problems.push("ExcelApi 1.14 is not required");
  const source = child(child(root, "DefaultSettings") ?? root, "SourceLocation")?.attributes
    .DefaultValue;
  if (source !== `${DEV_BASE_URL}taskpane.html`) problems.push(`SourceLocation is ${source}`);
  return problems;
}

// ---------------------------------------------------------------------------------------------
// VersionOverrides: the ribbon commands.

/** The VersionOverrides element under OfficeApp, if any. */
const overridesOf = (root: XmlElement) => child(root, "VersionOverrides");

interface Sequence {
  /** Children in the order the schema allows them (each may repeat where the schema says so). */
  sequence: string[];
  required: string[];
}
const seq = (sequence: string[], required: string[] = []): Sequence => ({ sequence, required });
const LEAF = seq([]);

/**
 * The VersionOverrides 1.0 task-pane schema (taskpaneappversionoverrides), the part a ribbon of
 * buttons uses: each element's children in schema order, and which are required. An element
 * under VersionOverrides that is not listed here is reported as unknown.
 */
const OVERRIDES_SCHEMA: Record<string, Sequence> = {
  VersionOverrides: seq(
    [
      "Description",
      "Requirements",
      "Hosts",
      "Resources",
      "VersionOverrides",
      "WebApplicationInfo",
      "EquivalentAddins",
    ],
    ["Hosts"]
  ),
  Hosts: seq(["Host"], ["Host"]),
  Host: seq(["Runtimes", "AllFormFactors", "DesktopFormFactor", "MobileFormFactor"]),
  DesktopFormFactor: seq(["GetStarted", "FunctionFile", "ExtensionPoint"], ["FunctionFile"]),
  GetStarted: seq(["Title", "Description", "LearnMoreUrl"], ["Title", "Description"]),
  ExtensionPoint: seq(["CustomTab", "OfficeTab", "OfficeMenu"]),
  OfficeTab: seq(["Group"], ["Group"]),
  Group: seq(["Label", "Icon", "Control", "OverriddenByRibbonApi"], ["Label", "Icon", "Control"]),
  "Control:Button": seq(
    ["Label", "Supertip", "Icon", "Action", "Enabled", "OverriddenByRibbonApi"],
    ["Label", "Supertip", "Icon", "Action"]
  ),
  Supertip: seq(["Title", "Description"], ["Title", "Description"]),
  Icon: seq(["bt:Image"], ["bt:Image"]),
  "Action:ExecuteFunction": seq(["FunctionName"], ["FunctionName"]),
  "Action:ShowTaskpane": seq(
    ["TaskpaneId", "SourceLocation", "Title", "SupportsPinning"],
    ["SourceLocation"]
  ),
  Resources: seq(["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]),
  "bt:Images": seq(["bt:Image"]),
  "bt:Urls": seq(["bt:Url"]),
  "bt:ShortStrings": seq(["bt:String"]),
  "bt:LongStrings": seq(["bt:String"]),
  "bt:String": seq(["bt:Override"]),
  "bt:Image": seq(["bt:Override"]),
  "bt:Url": seq(["bt:Override"]),
  Description: LEAF,
  Label: LEAF,
  Title: LEAF,
  LearnMoreUrl: LEAF,
  FunctionFile: LEAF,
  FunctionName: LEAF,
  TaskpaneId: LEAF,
  SourceLocation: LEAF,
  "bt:Override": LEAF,
};

/** Schema key of an element: Control and Action by their xsi:type. */
const schemaKey = (e: XmlElement) =>
  e.name === "Control" || e.name === "Action" ? `${e.name}:${e.attributes["xsi:type"]}` : e.name;

const describeElement = (e: XmlElement) =>
  e.attributes.id ? `${e.name} ${e.attributes.id}` : schemaKey(e);

function checkSequence(element: XmlElement, schema: Sequence): string[] {
  const problems: string[] = [];
  const where = describeElement(element);
  let last = -1;
  for (const { name } of element.children) {
    const index = schema.sequence.indexOf(name);
    if (index < 0) problems.push(`${where}: ${name} is not allowed here`);
    else if (index < last) problems.push(`${where}: ${name} comes after ${schema.sequence[last]}`);
    else last = index;
  }
  for (const name of schema.required) {
    if (!element.children.some((c) => c.name === name))
      problems.push(`${where}: ${name} is missing`);
  }
  return problems;
}

/** Element order and required children under VersionOverrides, against OVERRIDES_SCHEMA. */
function checkOverridesOrder(root: XmlElement): string[] {
  const overrides = overridesOf(root);
  if (!overrides) return ["VersionOverrides is missing"];
  if (overrides.attributes["xsi:type"] !== "VersionOverridesV1_0") {
    return [`VersionOverrides is ${overrides.attributes["xsi:type"]}, not VersionOverridesV1_0`];
  }
  const problems: string[] = [];
  for (const element of walk(overrides)) {
    const schema = OVERRIDES_SCHEMA[schemaKey(element)];
    if (!schema) problems.push(`${describeElement(element)} is not a known element`);
    else problems.push(...checkSequence(element, schema));
  }
  return problems;
}

/** Which resource kind each resid-bearing element needs. */
const RESID_KIND: Record<string, string> = {
  Label: "bt:ShortStrings",
  Title: "bt:ShortStrings",
  Description: "bt:LongStrings",
  "bt:Image": "bt:Images",
  FunctionFile: "bt:Urls",
  SourceLocation: "bt:Urls",
  LearnMoreUrl: "bt:Urls",
};
const STRING_LIMITS: Record<string, number> = { "bt:ShortStrings": 125, "bt:LongStrings": 250 };
const RESID_MAX = 32;

/** Resource id → its kind (bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings) and element. */
function resources(root: XmlElement): Map<string, { kind: string; element: XmlElement }> {
  const found = new Map<string, { kind: string; element: XmlElement }>();
  const resourcesElement = child(overridesOf(root) ?? root, "Resources");
  for (const group of resourcesElement?.children ?? []) {
    for (const element of group.children) {
      const id = element.attributes.id;
      if (id !== undefined) found.set(id, { kind: group.name, element });
    }
  }
  return found;
}

/**
 * Every resid names a resource of the right kind and is at most 32 characters; resource ids are
 * unique and each is used; ShortStrings ≤ 125 and LongStrings ≤ 250 characters in every locale.
 */
function checkResids(root: XmlElement): string[] {
  const problems: string[] = [];
  const defined = resources(root);
  const ids = [...walk(child(overridesOf(root) ?? root, "Resources") ?? root)]
    .map((e) => e.attributes.id)
    .filter((id): id is string => id !== undefined);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) {
    problems.push(`resource id ${id} is defined twice`);
  }
  const used = new Set<string>();
  for (const element of walk(root)) {
    const resid = element.attributes.resid;
    if (resid === undefined) continue;
    used.add(resid);
    const resource = defined.get(resid);
    if ([...resid].length > RESID_MAX) {
      problems.push(`${element.name} resid="${resid}" is longer than ${RESID_MAX}`);
    }
    if (!resource) problems.push(`${element.name} resid="${resid}" has no resource`);
    else if (RESID_KIND[element.name] && resource.kind !== RESID_KIND[element.name]) {
      problems.push(
        `${element.name} resid="${resid}" is in ${resource.kind}, not ${RESID_KIND[element.name]}`
      );
    }
  }
  for (const [id] of defined) if (!used.has(id)) problems.push(`resource ${id} is never used`);
  for (const { kind, element } of defined.values()) {
    const limit = STRING_LIMITS[kind];
    if (!limit) continue;
    for (const s of walk(element)) {
      for (const value of [s.attributes.DefaultValue, s.attributes.Value]) {
        if (value !== undefined && [...value].length > limit) {
          problems.push(`${element.attributes.id} is longer than ${limit}: ${value}`);
        }
      }
    }
  }
  return problems;
}

/** Every visible string is Chinese by default and has a non-empty English en-US override. */
function checkStringLocales(root: XmlElement): string[] {
  const problems: string[] = [];
  for (const [id, { kind, element }] of resources(root)) {
    if (!STRING_LIMITS[kind]) continue;
    const value = element.attributes.DefaultValue ?? "";
    if (!/[\u4e00-\u9fff]/.test(value)) problems.push(`${id} DefaultValue is not Chinese`);
    const overrides = element.children.filter((c) => c.name === "bt:Override");
    const en = overrides.find((o) => o.attributes.Locale === "en-US")?.attributes.Value ?? "";
    if (en.trim() === "") problems.push(`${id} has no en-US Override`);
    else if (!/^[A-Za-z]/.test(en)) problems.push(`${id} en-US Override is not English: ${en}`);
  }
  return problems;
}

/** No shared runtime: no Runtimes element and no SharedRuntime requirement anywhere. */
function checkNoSharedRuntime(root: XmlElement): string[] {
  const problems: string[] = [];
  for (const element of walk(root)) {
    if (element.name === "Runtimes" || element.name === "Runtime") {
      problems.push(`${element.name} declares a shared runtime`);
    }
    if (/(^|:)Set$/.test(element.name) && element.attributes.Name === "SharedRuntime") {
      problems.push("SharedRuntime is required");
    }
  }
  return problems;
}

/** The buttons of the 绩效自评 group, in ribbon order. */
const BUTTONS = [
  { label: "校验", en: "Validate", functionName: "validate" },
  { label: "生成报告", en: "Generate Report", functionName: "report" },
  { label: "清除标记", en: "Clear Marks", functionName: "clearMarks" },
  { label: "插入模板", en: "Insert Template", functionName: "insertTemplate" },
  { label: "打开助手", en: "Open Assistant", taskpane: "taskpane.html" },
];

/**
 * The ribbon: one group 绩效自评 on the Home tab with the five buttons; the four commands run
 * functions the function file (commands.html) registers, the fifth opens the task pane.
 */
function checkRibbon(root: XmlElement): string[] {
  const problems: string[] = [];
  const defined = resources(root);
  const text = (e: XmlElement | undefined, locale?: string) => {
    const resource = defined.get(e?.attributes.resid ?? "")?.element;
    if (!locale) return resource?.attributes.DefaultValue;
    return resource?.children.find((o) => o.attributes.Locale === locale)?.attributes.Value;
  };
  const url = (e: XmlElement | undefined) =>
    defined.get(e?.attributes.resid ?? "")?.element.attributes.DefaultValue;
  const all = [...walk(overridesOf(root) ?? root)];
  const functionFile = all.find((e) => e.name === "FunctionFile");
  if (url(functionFile) !== `${DEV_BASE_URL}commands.html`) {
    problems.push(`FunctionFile is ${url(functionFile)}, not ${DEV_BASE_URL}commands.html`);
  }
  const groups = all.filter((e) => e.name === "Group");
  const tab = all.find((e) => e.name === "OfficeTab");
  if (tab?.attributes.id !== "TabHome")
    problems.push(`the group is on ${tab?.attributes.id}, not TabHome`);
  if (groups.length !== 1) return [...problems, `${groups.length} groups, not 1`];
  const group = groups[0];
  if (text(child(group, "Label")) !== "绩效自评") {
    problems.push(`the group is labelled ${text(child(group, "Label"))}, not 绩效自评`);
  }
  const controls = group.children.filter((c) => c.name === "Control");
  const ids = controls.map((c) => c.attributes.id);
  if (new Set(ids).size !== ids.length) problems.push(`control ids repeat: ${ids.join(", ")}`);
  const labels = controls.map((c) => text(child(c, "Label")));
  if (labels.join() !== BUTTONS.map((b) => b.label).join()) {
    problems.push(
      `buttons are ${labels.join(", ")}, not ${BUTTONS.map((b) => b.label).join(", ")}`
    );
  }
  for (const [i, button] of BUTTONS.entries()) {
    const control = controls[i];
    if (!control) continue;
    const action = child(control, "Action");
    const type = action?.attributes["xsi:type"];
    if (text(child(control, "Label"), "en-US") !== button.en) {
      problems.push(`${button.label}: en-US label is ${text(child(control, "Label"), "en-US")}`);
    }
    if (button.functionName) {
      const name = child(action ?? control, "FunctionName")?.text;
      if (type !== "ExecuteFunction" || name !== button.functionName) {
        problems.push(
          `${button.label} runs ${type} ${name}, not ExecuteFunction ${button.functionName}`
        );
      }
    } else {
      const source = url(child(action ?? control, "SourceLocation"));
      if (type !== "ShowTaskpane" || source !== `${DEV_BASE_URL}${button.taskpane}`) {
        problems.push(
          `${button.label} runs ${type} ${source}, not ShowTaskpane ${button.taskpane}`
        );
      }
    }
  }
  return problems;
}

/** Every Icon of the ribbon has 16, 32 and 80 pixel images, each naming its own size. */
function checkRibbonIcons(root: XmlElement): string[] {
  const problems: string[] = [];
  const defined = resources(root);
  for (const icon of walk(overridesOf(root) ?? root)) {
    if (icon.name !== "Icon") continue;
    const sizes = icon.children.map((image) => image.attributes.size);
    if (sizes.join() !== "16,32,80")
      problems.push(`an Icon has sizes ${sizes.join()}, not 16,32,80`);
    for (const image of icon.children) {
      const src = defined.get(image.attributes.resid ?? "")?.element.attributes.DefaultValue ?? "";
      if (!src.endsWith(`/icon-${image.attributes.size}.png`)) {
        problems.push(`image size ${image.attributes.size} is ${src}`);
      }
    }
  }
  return problems;
}

const ALL_CHECKS = [
  checkRoot,
  checkOrder,
  checkIdentity,
  checkPermissions,
  checkLocales,
  checkHttps,
  checkIcons,
  checkHostAndSource,
  checkOverridesOrder,
  checkResids,
  checkStringLocales,
  checkNoSharedRuntime,
  checkRibbon,
  checkRibbonIcons,
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
      "VersionOverrides",
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

  test("every resid resolves to a resource of its kind, within the length limits", () => {
    expect(checkResids(root)).toEqual([]);
    const missing = mutate('<Description resid="Validate.Tip"/>', '<Description resid="Missing"/>');
    expect(checkResids(parseManifest(missing))).toEqual([
      'Description resid="Missing" has no resource',
      "resource Validate.Tip is never used",
    ]);
    const wrongKind = mutate('<Label resid="Validate.Label"/>', '<Label resid="Validate.Tip"/>');
    expect(checkResids(parseManifest(wrongKind))).toEqual([
      'Label resid="Validate.Tip" is in bt:LongStrings, not bt:ShortStrings',
    ]);
    const longId = "Validate.Label.With.A.Very.Long.Id";
    const renamed = MANIFEST.split('"Validate.Label"').join(`"${longId}"`);
    expect(checkResids(parseManifest(renamed))).toEqual([
      `Label resid="${longId}" is longer than 32`,
      `Title resid="${longId}" is longer than 32`,
    ]);
    const unused = mutate(
      "</bt:Urls>",
      '<bt:Url id="Spare.Url" DefaultValue="https://localhost:3000/spare.html"/></bt:Urls>'
    );
    expect(checkResids(parseManifest(unused))).toEqual(["resource Spare.Url is never used"]);
    const twice = mutate(
      "</bt:Urls>",
      '<bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/other.html"/></bt:Urls>'
    );
    expect(checkResids(parseManifest(twice))).toEqual([
      "resource id Taskpane.Url is defined twice",
    ]);
    const longLabel = mutate('Value="Validate"/>', `Value="${"V".repeat(126)}"/>`);
    expect(checkResids(parseManifest(longLabel))).toEqual([
      `Validate.Label is longer than 125: ${"V".repeat(126)}`,
    ]);
    const longTip = mutate(
      /(<bt:String id="Report.Tip" DefaultValue=")[^"]*/,
      `$1${"长".repeat(251)}`
    );
    expect(checkResids(parseManifest(longTip))).toEqual([
      `Report.Tip is longer than 250: ${"长".repeat(251)}`,
    ]);
  });

  test("VersionOverrides follows the schema: element order and required children", () => {
    expect(checkOverridesOrder(root)).toEqual([]);
    const swapped = mutate(
      /(<Label resid="Report.Label"\/>)(\s*)(<Supertip>[\s\S]*?<\/Supertip>)/,
      "$3$2$1"
    );
    expect(checkOverridesOrder(parseManifest(swapped))).toEqual([
      "Control Jixiao.Report: Label comes after Supertip",
    ]);
    const noIcon = mutate(
      /(<Control xsi:type="Button" id="Jixiao.ClearMarks">[\s\S]*?<\/Supertip>)\s*<Icon>[\s\S]*?<\/Icon>/,
      "$1"
    );
    expect(checkOverridesOrder(parseManifest(noIcon))).toEqual([
      "Control Jixiao.ClearMarks: Icon is missing",
    ]);
    const functionFileFirst = mutate(
      /(\s*<GetStarted>[\s\S]*?<\/GetStarted>)(\s*<FunctionFile [^>]*\/>)/,
      "$2$1"
    );
    expect(checkOverridesOrder(parseManifest(functionFileFirst))).toEqual([
      "DesktopFormFactor: GetStarted comes after FunctionFile",
    ]);
    const resourcesFirst = mutate(
      /(\s*<Hosts>\s*<Host xsi:type="Workbook">[\s\S]*?<\/Hosts>)(\s*<Resources>[\s\S]*?<\/Resources>)/,
      "$2$1"
    );
    expect(checkOverridesOrder(parseManifest(resourcesFirst))).toEqual([
      "VersionOverrides: Hosts comes after Resources",
    ]);
    const unknown = mutate("<FunctionName>report</FunctionName>", "<Function>report</Function>");
    expect(checkOverridesOrder(parseManifest(unknown))).toEqual([
      "Action:ExecuteFunction: Function is not allowed here",
      "Action:ExecuteFunction: FunctionName is missing",
      "Function is not a known element",
    ]);
    const v11 = mutate('xsi:type="VersionOverridesV1_0"', 'xsi:type="VersionOverridesV1_1"');
    expect(checkOverridesOrder(parseManifest(v11))).toEqual([
      "VersionOverrides is VersionOverridesV1_1, not VersionOverridesV1_0",
    ]);
  });

  test("every visible string is Chinese with an English en-US override", () => {
    expect(checkStringLocales(root)).toEqual([]);
    const strings = [...resources(root).values()].filter((r) => r.kind.endsWith("Strings"));
    expect(strings.length).toBe(13);
    const noEnglish = mutate(/\s*<bt:Override Locale="en-US" Value="Clear Marks"\/>/, "");
    expect(checkStringLocales(parseManifest(noEnglish))).toEqual([
      "ClearMarks.Label has no en-US Override",
    ]);
    const untranslated = mutate('Value="Open Assistant"', 'Value="打开助手"');
    expect(checkStringLocales(parseManifest(untranslated))).toEqual([
      "OpenPane.Label en-US Override is not English: 打开助手",
    ]);
    const english = mutate('DefaultValue="绩效自评">', 'DefaultValue="Self-Evaluation">');
    expect(checkStringLocales(parseManifest(english))).toEqual([
      "Group.Label DefaultValue is not Chinese",
    ]);
  });

  test("no shared runtime anywhere", () => {
    expect(checkNoSharedRuntime(root)).toEqual([]);
    expect(MANIFEST).not.toMatch(/SharedRuntime|<Runtimes?\b/);
    const required = mutate(
      '<Set Name="ExcelApi" MinVersion="1.14"/>',
      '<Set Name="ExcelApi" MinVersion="1.14"/><Set Name="SharedRuntime" MinVersion="1.1"/>'
    );
    expect(checkNoSharedRuntime(parseManifest(required))).toEqual(["SharedRuntime is required"]);
    const runtimes = mutate(
      '<Host xsi:type="Workbook">',
      '<Host xsi:type="Workbook"><Runtimes><Runtime resid="Taskpane.Url" lifetime="long"/></Runtimes>'
    );
    expect(checkNoSharedRuntime(parseManifest(runtimes))).toEqual([
      "Runtimes declares a shared runtime",
      "Runtime declares a shared runtime",
    ]);
  });

  test("the Home tab has the group 绩效自评 with the five buttons, four of them functions the function file registers", () => {
    expect(checkRibbon(root)).toEqual([]);
    const names = BUTTONS.flatMap((b) => (b.functionName ? [b.functionName] : []));
    expect(names).toEqual([...COMMAND_NAMES]);
    const renamed = mutate("<FunctionName>clearMarks<", "<FunctionName>clear<");
    expect(checkRibbon(parseManifest(renamed))).toEqual([
      "清除标记 runs ExecuteFunction clear, not ExecuteFunction clearMarks",
    ]);
    const dropped = mutate(
      /\s*<Control xsi:type="Button" id="Jixiao.InsertTemplate">[\s\S]*?<\/Control>/,
      ""
    );
    expect(checkRibbon(parseManifest(dropped))).toEqual([
      "buttons are 校验, 生成报告, 清除标记, 打开助手, not 校验, 生成报告, 清除标记, 插入模板, 打开助手",
      "插入模板: en-US label is Open Assistant",
      "插入模板 runs ShowTaskpane undefined, not ExecuteFunction insertTemplate",
    ]);
    const otherTab = mutate('<OfficeTab id="TabHome">', '<OfficeTab id="TabData">');
    expect(checkRibbon(parseManifest(otherTab))).toEqual(["the group is on TabData, not TabHome"]);
    const functionFile = mutate(
      'id="Commands.Url" DefaultValue="https://localhost:3000/commands.html"',
      'id="Commands.Url" DefaultValue="https://localhost:3000/taskpane.html"'
    );
    expect(checkRibbon(parseManifest(functionFile))).toEqual([
      `FunctionFile is ${DEV_BASE_URL}taskpane.html, not ${DEV_BASE_URL}commands.html`,
    ]);
  });

  test("ribbon icons are 16, 32 and 80 pixels from assets/", () => {
    expect(checkRibbonIcons(root)).toEqual([]);
    expect(checkIcons(root)).toEqual([]);
    const swapped = mutate(
      '<bt:Image id="Icon.16" DefaultValue="https://localhost:3000/assets/icon-16.png"/>',
      '<bt:Image id="Icon.16" DefaultValue="https://localhost:3000/assets/icon-32.png"/>'
    );
    expect(checkRibbonIcons(parseManifest(swapped))).toEqual(
      Array(6).fill(`image size 16 is ${DEV_BASE_URL}assets/icon-32.png`)
    );
    const missingFile = mutate("assets/icon-80.png", "assets/icon-81.png");
    expect(checkIcons(parseManifest(missingFile))).toEqual([
      `bt:Image ${DEV_BASE_URL}assets/icon-81.png: assets/icon-81.png does not exist`,
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

  test("runs in Excel (Workbook, ExcelApi 1.14) from taskpane.html", () => {
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

test("every built page (pane, function file, dialog) allows inline styles, which office.js sets, and nothing else unsafe", () => {
  const config = fs.readFileSync(path.join(ROOT, "webpack.config.js"), "utf8");
  // One policy for the three pages: the HtmlWebpackPlugin call takes no per-page choice.
  expect(config).toMatch(/contentSecurityPolicy: pageContentSecurityPolicy\(officeJs\)/);
  for (const mode of ["cdn", "cn", "local"]) {
    const csp = manifestUrl.pageContentSecurityPolicy(
      manifestUrl.officeJsFromEnv({ JIXIAO_OFFICE_JS: mode })
    );
    expect(/(?:^|; )style-src ([^;]*)/.exec(csp)?.[1]).toMatch(/'unsafe-inline'$/);
    expect(csp.replace(/style-src [^;]*/, "")).not.toMatch(/unsafe-|\*/);
  }
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
