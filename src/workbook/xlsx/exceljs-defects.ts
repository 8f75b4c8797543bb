import JSZip from "jszip";
import { WORKSHEET_PART, fixWorksheetOrder, inSchemaOrder } from "./ooxml-order";

/**
 * The one place for ExcelJS 4.4's defects that files from Excel, LibreOffice or WPS run into.
 * Each is repaired in the package's XML, before ExcelJS loads it or after ExcelJS writes it, so
 * the adapter itself deals only in ExcelJS's model. docs/exceljs-defects.md lists them, so each
 * can be dropped when upstream fixes it.
 */

/** Calculated-column formulas by table name, then by column header. */
export type CalculatedColumns = Map<string, Record<string, string>>;

const TABLE_PART = /^xl\/tables\/table\d+\.xml$/;

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

const tableParts = (zip: JSZip) => Object.keys(zip.files).filter((p) => TABLE_PART.test(p));

const tableName = (xml: string) => /<table\b[^>]*\bname="([^"]+)"/.exec(xml)?.[1];

/**
 * Defect 1, calculatedColumnFormula: ExcelJS cannot parse a <tableColumn> with children (Excel
 * writes <calculatedColumnFormula> for every calculated column; loading fails with "Cannot set
 * properties of undefined (setting 'filterButton')"). The children are taken out before loading
 * and the formulas returned, to be put back on save by `restoreCalculatedColumns`.
 */
export function takeCalculatedColumns(xml: string): {
  xml: string;
  name?: string;
  formulas: Record<string, string>;
} {
  const name = tableName(xml);
  const formulas: Record<string, string> = {};
  const stripped = xml.replace(
    /<tableColumn ([^>]*[^/>])>((?:(?!<tableColumn)[\s\S])*?)<\/tableColumn>/g,
    (_m, attrs: string, body: string) => {
      const header = /\bname="([^"]*)"/.exec(attrs)?.[1];
      const f = /<calculatedColumnFormula[^>]*>([\s\S]*?)<\/calculatedColumnFormula>/.exec(
        body
      )?.[1];
      if (header !== undefined && f !== undefined) formulas[unescapeXml(header)] = unescapeXml(f);
      return `<tableColumn ${attrs}/>`;
    }
  );
  return { xml: stripped, name: name === undefined ? undefined : unescapeXml(name), formulas };
}

/** Puts calculated-column formulas back into a table part ExcelJS wrote. */
export function restoreCalculatedColumns(xml: string, formulas: Record<string, string>): string {
  for (const [header, formula] of Object.entries(formulas)) {
    const escaped = escapeXml(header).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    xml = xml.replace(
      new RegExp(`<tableColumn ([^>]*name="${escaped}"[^>]*?)/>`),
      `<tableColumn $1><calculatedColumnFormula>${escapeXml(formula)}</calculatedColumnFormula></tableColumn>`
    );
  }
  return xml;
}

/**
 * Defect 2, a table without style info: LibreOffice Calc writes tables with no <tableStyleInfo>
 * (it is optional in ECMA-376); ExcelJS loads them with no style and then fails writing them
 * ("Cannot read properties of null (reading 'theme')"). Such a table is given an explicit
 * empty style: no named style and no stripes, which is how the file showed it.
 */
export function addMissingTableStyle(xml: string): string {
  if (/<(?:\w+:)?tableStyleInfo\b/.test(xml)) return xml;
  const info =
    '<tableStyleInfo showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/>';
  // CT_Table's sequence ends tableColumns, tableStyleInfo, extLst.
  const at = xml.search(/<(?:\w+:)?extLst\b|<\/(?:\w+:)?table>\s*$/);
  return at < 0 ? xml : xml.slice(0, at) + info + xml.slice(at);
}

/**
 * Defect 3, booleans spelled out: ECMA-376 booleans may be "true"/"false" (LibreOffice writes
 * them so), but ExcelJS reads many only as "1"/"0": a protected sheet (sheet="true") loads as
 * unprotected and is saved without protection, an unlocked cell (locked="false") as locked, and
 * print centring and fit-to-page are lost. These attributes, all booleans in the schema, are
 * rewritten as 1/0 inside tags only, so no text is touched.
 */
// prettier-ignore
const BOOLEAN_ATTRIBUTES = [
  "hidden", "collapsed", "customHeight", "customFormat", "customWidth", "bestFit", "thickTop",
  "thickBot", "phonetic", "zeroHeight", "tabSelected", "showZeros", "showRowColHeaders",
  "showOutlineSymbols", "showGridLines", "showFormulas", "showRuler", "showWhiteSpace",
  "rightToLeft", "defaultGridColor", "filterMode", "fitToPage", "headings", "gridLines",
  "gridLinesSet", "horizontalCentered", "verticalCentered", "useFirstPageNumber",
  "usePrinterDefaults", "blackAndWhite", "draft", "differentOddEven", "differentFirst",
  "scaleWithDoc", "alignWithMargins", "showInputMessage", "showErrorMessage", "showDropDown",
  "allowBlank", "sheet", "objects", "scenarios", "formatCells", "formatColumns", "formatRows",
  "insertColumns", "insertRows", "insertHyperlinks", "deleteColumns", "deleteRows",
  "selectLockedCells", "selectUnlockedCells", "sort", "autoFilter", "pivotTables", "aca",
  "wrapText", "shrinkToFit", "justifyLastLine", "locked", "applyProtection", "applyFont",
  "applyBorder", "applyAlignment", "applyNumberFormat", "applyFill", "quotePrefix", "pivotButton",
  "diagonalUp", "diagonalDown", "showHorizontalScroll", "showVerticalScroll", "showSheetTabs",
  "iterate", "backupFile", "date1904", "fullCalcOnLoad", "vbProcedure", "function", "xlm",
  "showFirstColumn", "showLastColumn", "showRowStripes", "showColumnStripes",
];
const BOOLEAN_ATTRIBUTE = new RegExp(
  `(\\s(?:${BOOLEAN_ATTRIBUTES.join("|")}))="(true|false)"`,
  "g"
);

export function numericBooleans(xml: string): string {
  if (!/="(?:true|false)"/.test(xml)) return xml;
  return xml.replace(/<[A-Za-z][^<>]*>/g, (tag) =>
    tag.replace(
      BOOLEAN_ATTRIBUTE,
      (_m, attr: string, v: string) => `${attr}="${v === "true" ? 1 : 0}"`
    )
  );
}

/** The parts whose booleans ExcelJS reads. */
const BOOLEAN_PARTS =
  /^xl\/(?:workbook\.xml|styles\.xml|worksheets\/sheet\d+\.xml|tables\/table\d+\.xml)$/;

/**
 * Defect 5, text in a number cell: ExcelJS parses a number cell's <v> with parseFloat, so a
 * value that is not a number ("-", "abc", "1e999") loads as NaN or Infinity, which no figure may
 * be. Such a cell (a damaged file; Excel itself refuses it) is read as the text it holds.
 */
const XSD_NUMBER = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;
const isNumber = (text: string) => XSD_NUMBER.test(text) && Number.isFinite(Number(text));

/** Any <v> whose text is not a number (typed cells included: a cheap first look, stops early). */
function hasNonNumber(xml: string): boolean {
  for (const [, text] of xml.matchAll(/<v>([^<]*)<\/v>/g)) if (!isNumber(text)) return true;
  return false;
}

export function textInNumberCells(xml: string): string {
  if (!hasNonNumber(xml)) return xml;
  return xml.replace(
    // A self-closing <c .../> has no value and does not match: its attributes end in "/".
    /<c\b([^>]*[^/>])?>((?:(?!<\/c>)[\s\S])*?)<\/c>/g,
    (cell, attrs: string | undefined = "", body: string) => {
      if (/\st="(?!n")/.test(attrs)) return cell;
      const text = /<v>([^<]*)<\/v>/.exec(body)?.[1];
      if (text === undefined || isNumber(text)) return cell;
      return `<c${attrs.replace(/\st="n"/, "")} t="str">${body}</c>`;
    }
  );
}

/**
 * Rewrites a package before ExcelJS loads it; returns what must be put back on save.
 */
export async function beforeLoad(zip: JSZip): Promise<CalculatedColumns> {
  const found: CalculatedColumns = new Map();
  for (const path of Object.keys(zip.files).filter((p) => BOOLEAN_PARTS.test(p))) {
    const xml = await zip.file(path)!.async("string");
    let fixed = numericBooleans(xml);
    if (path.startsWith("xl/worksheets/")) fixed = textInNumberCells(fixed);
    if (fixed !== xml) zip.file(path, fixed);
  }
  for (const path of tableParts(zip)) {
    const original = await zip.file(path)!.async("string");
    const taken = takeCalculatedColumns(original);
    const xml = addMissingTableStyle(taken.xml);
    if (xml !== original) zip.file(path, xml);
    if (taken.name !== undefined && Object.keys(taken.formulas).length)
      found.set(taken.name, taken.formulas);
  }
  return found;
}

/**
 * One part as ExcelJS writes it, repaired as `afterSave` repairs the package: a worksheet's
 * children in schema order, a table's calculated-column formulas back. The writer applies it
 * part by part (write.ts), so the package is not read back after saving.
 */
export function repairWrittenPart(path: string, xml: string, formulas: CalculatedColumns): string {
  if (WORKSHEET_PART.test(path)) return inSchemaOrder(xml);
  if (formulas.size === 0 || !TABLE_PART.test(path)) return xml;
  const name = tableName(xml);
  const own = name === undefined ? undefined : formulas.get(unescapeXml(name));
  return own ? restoreCalculatedColumns(xml, own) : xml;
}

/**
 * Rewrites a package ExcelJS wrote: worksheet children in schema order (defect 4, see
 * ooxml-order.ts) and the calculated-column formulas back in their tables.
 */
export async function afterSave(zip: JSZip, formulas: CalculatedColumns): Promise<void> {
  await fixWorksheetOrder(zip);
  if (formulas.size === 0) return;
  for (const path of tableParts(zip)) {
    const xml = await zip.file(path)!.async("string");
    const name = tableName(xml);
    const own = name === undefined ? undefined : formulas.get(unescapeXml(name));
    if (own) zip.file(path, restoreCalculatedColumns(xml, own));
  }
}
