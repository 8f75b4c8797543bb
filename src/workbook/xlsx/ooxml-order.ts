import JSZip from "jszip";

/**
 * ExcelJS 4.4 writes <tableParts> before <legacyDrawing> in a sheet with both a table and
 * notes (exceljs #1369, #3070); Excel then reports the file as corrupt. We put every
 * worksheet's top-level elements back into the CT_Worksheet sequence of ECMA-376 Part 1.
 */
export const WORKSHEET_SEQUENCE = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

interface Element {
  name: string;
  xml: string;
}

const localName = (qname: string) => qname.slice(qname.indexOf(":") + 1);

/**
 * Splits the root element's children. Sheet XML carries no CDATA or comments, and text is
 * escaped, so a tag scanner that tracks depth is exact here.
 */
export function splitRoot(xml: string): { head: string; children: Element[]; tail: string } {
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>|<\?[^>]*\?>/g;
  let depth = 0;
  let headEnd = -1;
  let childStart = -1;
  let childName = "";
  const children: Element[] = [];
  let tailStart = xml.length;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    if (m[0].startsWith("<?")) continue;
    const closing = m[1] === "/";
    const selfClosing = m[3] === "/";
    if (closing) {
      depth--;
      if (depth === 1) {
        children.push({ name: childName, xml: xml.slice(childStart, m.index + m[0].length) });
      } else if (depth === 0) {
        tailStart = m.index;
        break;
      }
      continue;
    }
    if (depth === 0) {
      headEnd = m.index + m[0].length;
      depth = 1;
      continue;
    }
    if (depth === 1) {
      childStart = m.index;
      childName = localName(m[2]);
      if (selfClosing) {
        children.push({ name: childName, xml: m[0] });
        continue;
      }
    }
    if (!selfClosing) depth++;
  }
  if (headEnd < 0) throw new Error("not an XML document with a root element");
  return { head: xml.slice(0, headEnd), children, tail: xml.slice(tailStart) };
}

/** Names of the root's children in document order. */
export function childOrder(xml: string): string[] {
  return splitRoot(xml).children.map((c) => c.name);
}

/** True when the children follow `sequence` (unknown names are not allowed). */
export function followsSequence(
  names: string[],
  sequence: readonly string[] = WORKSHEET_SEQUENCE
): boolean {
  let last = -1;
  for (const n of names) {
    const i = sequence.indexOf(n);
    if (i < last || i < 0) return false;
    last = i;
  }
  return true;
}

export function reorderWorksheet(xml: string): string {
  const { head, children, tail } = splitRoot(xml);
  const rank = (n: string) => {
    const i = (WORKSHEET_SEQUENCE as readonly string[]).indexOf(n);
    return i < 0 ? WORKSHEET_SEQUENCE.length : i;
  };
  const sorted = children
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c.name) - rank(b.c.name) || a.i - b.i)
    .map((x) => x.c.xml);
  return head + sorted.join("") + tail;
}

export function worksheetPaths(zip: JSZip): string[] {
  return Object.keys(zip.files).filter((p) => WORKSHEET_PART.test(p));
}

/** A worksheet's XML with its children in schema order; the same string when they already are. */
export function inSchemaOrder(xml: string): string {
  return followsSequence(childOrder(xml)) ? xml : reorderWorksheet(xml);
}

export const WORKSHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;

/** Rewrites every worksheet of an .xlsx package in schema order. */
export async function fixWorksheetOrder(zip: JSZip): Promise<void> {
  for (const path of worksheetPaths(zip)) {
    const xml = await zip.file(path)!.async("string");
    const fixed = reorderWorksheet(xml);
    if (fixed !== xml) zip.file(path, fixed);
  }
}
