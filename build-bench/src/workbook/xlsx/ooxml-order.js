"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WORKSHEET_SEQUENCE = void 0;
exports.splitRoot = splitRoot;
exports.childOrder = childOrder;
exports.followsSequence = followsSequence;
exports.reorderWorksheet = reorderWorksheet;
exports.worksheetPaths = worksheetPaths;
exports.fixWorksheetOrder = fixWorksheetOrder;
/**
 * ExcelJS 4.4 writes <tableParts> before <legacyDrawing> in a sheet with both a table and
 * notes (exceljs #1369, #3070); Excel then reports the file as corrupt. We put every
 * worksheet's top-level elements back into the CT_Worksheet sequence of ECMA-376 Part 1.
 */
exports.WORKSHEET_SEQUENCE = [
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
];
const localName = (qname) => qname.slice(qname.indexOf(":") + 1);
/**
 * Splits the root element's children. Sheet XML carries no CDATA or comments, and text is
 * escaped, so a tag scanner that tracks depth is exact here.
 */
function splitRoot(xml) {
    const tag = /<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>|<\?[^>]*\?>/g;
    let depth = 0;
    let headEnd = -1;
    let childStart = -1;
    let childName = "";
    const children = [];
    let tailStart = xml.length;
    for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
        if (m[0].startsWith("<?"))
            continue;
        const closing = m[1] === "/";
        const selfClosing = m[3] === "/";
        if (closing) {
            depth--;
            if (depth === 1) {
                children.push({ name: childName, xml: xml.slice(childStart, m.index + m[0].length) });
            }
            else if (depth === 0) {
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
        if (!selfClosing)
            depth++;
    }
    if (headEnd < 0)
        throw new Error("not an XML document with a root element");
    return { head: xml.slice(0, headEnd), children, tail: xml.slice(tailStart) };
}
/** Names of the root's children in document order. */
function childOrder(xml) {
    return splitRoot(xml).children.map((c) => c.name);
}
/** True when the children follow `sequence` (unknown names are not allowed). */
function followsSequence(names, sequence = exports.WORKSHEET_SEQUENCE) {
    let last = -1;
    for (const n of names) {
        const i = sequence.indexOf(n);
        if (i < last || i < 0)
            return false;
        last = i;
    }
    return true;
}
function reorderWorksheet(xml) {
    const { head, children, tail } = splitRoot(xml);
    const rank = (n) => {
        const i = exports.WORKSHEET_SEQUENCE.indexOf(n);
        return i < 0 ? exports.WORKSHEET_SEQUENCE.length : i;
    };
    const sorted = children
        .map((c, i) => ({ c, i }))
        .sort((a, b) => rank(a.c.name) - rank(b.c.name) || a.i - b.i)
        .map((x) => x.c.xml);
    return head + sorted.join("") + tail;
}
function worksheetPaths(zip) {
    return Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
}
/** Rewrites every worksheet of an .xlsx package in schema order. */
async function fixWorksheetOrder(zip) {
    for (const path of worksheetPaths(zip)) {
        const xml = await zip.file(path).async("string");
        const fixed = reorderWorksheet(xml);
        if (fixed !== xml)
            zip.file(path, fixed);
    }
}
