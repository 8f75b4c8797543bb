import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import type { Rect } from "./address";
import { cellA1, parseA1, rectA1, splitSheet } from "./address";
import type {
  CellState,
  CellValue,
  ConditionalFormatState,
  ProtectionOptions,
  SheetState,
  ValidationState,
  WorkbookState,
} from "./state";
import {
  cellKey,
  createSheet,
  createWorkbook,
  DEFAULT_PROTECTION_OPTIONS,
  findSheet,
  isError,
  keyCol,
  keyRow,
} from "./state";
import { DEFAULT_COLUMN_WIDTH } from "./styles";
import { colorFrom, colorTo, formatFrom, styleTo } from "./xlsx-styles";

/**
 * The xlsx bridge (Node side, test support): a file into the fake's state and back, through
 * ExcelJS. Files are opened with the project's ExcelJS adapter, which repairs what stock ExcelJS
 * cannot read (calculated-column formulas in table parts).
 */

const EPOCH_MS = Date.UTC(1899, 11, 30);

/** Excel column width in characters (Calibri 11) to points, and back. */
export function charsToPoints(chars: number): number {
  return Math.trunc(chars * 7 + 5) * 0.75;
}

export function pointsToChars(points: number): number {
  return Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
}

function valueFrom(v: ExcelJS.CellValue): CellValue | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return (v.getTime() - EPOCH_MS) / 86_400_000;
  if ("error" in v) return { error: String(v.error) };
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("text" in v && "hyperlink" in v) return String(v.text);
  return undefined;
}

function readCell(cell: ExcelJS.Cell, isSlave: boolean): CellState {
  const state: CellState = {
    numberFormat: cell.numFmt || "General",
    format: formatFrom(cell.style ?? {}),
  };
  if (isSlave) return state;
  if (cell.formula) {
    state.formula = `=${cell.formula}`;
    // A formula's value object drops falsy cached results; cell.result keeps them.
    state.value = valueFrom((cell.result ?? "") as ExcelJS.CellValue) ?? "";
  } else {
    const v = valueFrom(cell.value);
    if (v !== undefined) state.value = v;
  }
  return state;
}

function noteText(note: ExcelJS.Cell["note"]): string | undefined {
  if (!note) return undefined;
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

function readCells(ws: ExcelJS.Worksheet, sheet: SheetState): void {
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const r = Number(cell.row) - 1;
      const c = Number(cell.col) - 1;
      const slave = cell.isMerged && cell.master.address !== cell.address;
      const state = readCell(cell, slave);
      const note = noteText(cell.note);
      if (note !== undefined) sheet.notes.set(cellKey(r, c), { content: note, author: "" });
      const blank = state.value === undefined && state.formula === undefined;
      if (blank && state.numberFormat === "General" && state.format === formatFrom({})) return;
      sheet.cells.set(cellKey(r, c), state);
    });
  });
}

function protectionFrom(p: Record<string, unknown> | undefined): SheetState["protection"] {
  if (!p?.sheet) return { protected: false, options: { ...DEFAULT_PROTECTION_OPTIONS } };
  const options: ProtectionOptions = {
    ...DEFAULT_PROTECTION_OPTIONS,
    allowFormatCells: p.formatCells === true,
    allowFormatColumns: p.formatColumns === true,
    allowFormatRows: p.formatRows === true,
    allowInsertColumns: p.insertColumns === true,
    allowInsertRows: p.insertRows === true,
    allowInsertHyperlinks: p.insertHyperlinks === true,
    allowDeleteColumns: p.deleteColumns === true,
    allowDeleteRows: p.deleteRows === true,
    allowSort: p.sort === true,
    allowAutoFilter: p.autoFilter === true,
    allowPivotTables: p.pivotTables === true,
    // OOXML: objects/scenarios="1" locks them; absent leaves them editable.
    allowEditObjects: p.objects !== false,
    allowEditScenarios: p.scenarios !== false,
  };
  const hash = p.hashValue
    ? {
        algorithmName: String(p.algorithmName),
        hashValue: String(p.hashValue),
        saltValue: String(p.saltValue),
        spinCount: Number(p.spinCount),
      }
    : undefined;
  return { protected: true, options, hash };
}

const PAPER: Record<number, string> = {
  1: "Letter",
  5: "Legal",
  8: "A3",
  9: "A4",
  11: "A5",
  12: "B4",
  13: "B5",
};

function readPageSetup(ws: ExcelJS.Worksheet, sheet: SheetState): void {
  const p = ws.pageSetup;
  const m = p.margins;
  const layout = sheet.pageLayout;
  layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = PAPER[p.paperSize ?? 1] ?? "Letter";
  layout.centerHorizontally = Boolean(p.horizontalCentered);
  layout.centerVertically = Boolean(p.verticalCentered);
  if (m) {
    Object.assign(layout, {
      leftMargin: m.left * 72,
      rightMargin: m.right * 72,
      topMargin: m.top * 72,
      bottomMargin: m.bottom * 72,
      headerMargin: m.header * 72,
      footerMargin: m.footer * 72,
    });
  }
  layout.zoom = p.fitToPage
    ? { horizontalFitToPages: p.fitToWidth ?? 1, verticalFitToPages: p.fitToHeight ?? 1 }
    : { scale: p.scale ?? 100 };
  const titles = p.printTitlesRow;
  layout.printTitleRows = titles
    ? titles
        .split(":")
        .map((r) => `$${r.replace(/\$/g, "")}`)
        .join(":")
    : null;
}

function validationFrom(dv: ExcelJS.DataValidation): ValidationState {
  const f = dv.formulae?.[0];
  const text = typeof f === "string" ? f : String(f ?? "");
  const rule =
    dv.type === "list"
      ? {
          list: {
            inCellDropDown: true,
            source: /^".*"$/.test(text) ? text.slice(1, -1) : `=${text}`,
          },
        }
      : { [dv.type]: { formula1: text, formula2: dv.formulae?.[1], operator: dv.operator } };
  return {
    rule,
    errorAlert: {
      showAlert: dv.showErrorMessage ?? false,
      style:
        { stop: "Stop", warning: "Warning", information: "Information" }[dv.errorStyle ?? "stop"] ??
        "Stop",
      title: dv.errorTitle ?? "",
      message: dv.error ?? "",
    },
    prompt: {
      showPrompt: dv.showInputMessage ?? false,
      title: dv.promptTitle ?? "",
      message: dv.prompt ?? "",
    },
    ignoreBlanks: dv.allowBlank ?? true,
  };
}

function readValidations(ws: ExcelJS.Worksheet, sheet: SheetState): void {
  const model = (
    ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
  ).dataValidations.model;
  for (const [key, dv] of Object.entries(model)) {
    const v = validationFrom(dv);
    for (const part of key.replace(/^range:/, "").split(/\s+/)) {
      const rect = parseA1(part);
      if (!rect) continue;
      for (let r = rect.r0; r <= rect.r1; r++)
        for (let c = rect.c0; c <= rect.c1; c++) sheet.validations.set(cellKey(r, c), v);
    }
  }
}

interface CfModel {
  ref: string;
  rules: { type: string; formulae?: string[]; priority?: number; style?: Partial<ExcelJS.Style> }[];
}

function readConditionalFormats(ws: ExcelJS.Worksheet, sheet: SheetState): void {
  const list =
    (ws as unknown as { conditionalFormattings?: CfModel[] }).conditionalFormattings ?? [];
  for (const cf of list) {
    const ranges = cf.ref
      .split(/\s+/)
      .map(parseA1)
      .filter((r): r is Rect => r !== undefined);
    for (const rule of cf.rules.filter((x) => x.type === "expression")) {
      const fill =
        rule.style?.fill?.type === "pattern"
          ? (rule.style.fill.bgColor ?? rule.style.fill.fgColor)
          : undefined;
      const fontColor = colorFrom(rule.style?.font?.color as never);
      const item: ConditionalFormatState = {
        type: "Custom",
        ranges,
        formula: `=${rule.formulae?.[0] ?? ""}`,
        fill: colorFrom(fill as never) ?? null,
        fontColor: fontColor && "rgb" in fontColor ? fontColor.rgb : null,
        priority: rule.priority ?? sheet.conditionalFormats.length,
        stopIfTrue: false,
      };
      sheet.conditionalFormats.push(item);
    }
  }
  sheet.conditionalFormats.sort((a, b) => a.priority - b.priority);
  sheet.conditionalFormats.forEach((cf, i) => (cf.priority = i));
}

interface TableModel {
  name: string;
  ref?: string;
  tableRef?: string;
  style?: { theme?: string };
  columns?: { name: string; filterButton?: boolean }[];
}

function readTables(
  state: WorkbookState,
  ws: ExcelJS.Worksheet,
  sheet: SheetState,
  calculated: Record<string, Record<string, string>>
): void {
  const tables = (ws as unknown as { tables?: Record<string, { table: TableModel }> }).tables ?? {};
  for (const { table } of Object.values(tables)) {
    const rect = parseA1(table.tableRef ?? table.ref ?? "");
    if (!rect) continue;
    state.counters.table += 1;
    state.tables.push({
      id: state.counters.table,
      name: table.name,
      sheet,
      rect,
      style: table.style?.theme ?? "TableStyleMedium2",
      showFilterButton: (table.columns ?? []).every((c) => c.filterButton !== false),
      calculatedColumns: calculated[table.name],
    });
  }
}

function readSheet(
  state: WorkbookState,
  ws: ExcelJS.Worksheet,
  calculated: Record<string, Record<string, string>>
): void {
  const sheet = createSheet(state, ws.name);
  state.sheets.push(sheet);
  sheet.visibility =
    ws.state === "veryHidden" ? "VeryHidden" : ws.state === "hidden" ? "Hidden" : "Visible";
  const tab = colorFrom(ws.properties.tabColor as never);
  sheet.tabColor = tab && "rgb" in tab ? tab.rgb : "";
  sheet.protection = protectionFrom(
    (ws as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection
  );
  readCells(ws, sheet);
  sheet.merges = (ws.model.merges ?? [])
    .map((m) => parseA1(m))
    .filter((r): r is Rect => r !== undefined);
  for (let c = 1; c <= ws.columnCount; c++) {
    const w = ws.getColumn(c).width;
    if (w !== undefined) sheet.columnWidths.set(c - 1, charsToPoints(w));
  }
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    if (row.height !== undefined) sheet.rowHeights.set(n - 1, row.height);
    if (row.hidden) sheet.hiddenRows.add(n - 1);
  });
  const view = ws.views?.[0] as { state?: string; ySplit?: number; xSplit?: number } | undefined;
  if (view?.state === "frozen") {
    sheet.freezeRows = view.ySplit ?? 0;
    sheet.freezeColumns = view.xSplit ?? 0;
  }
  readPageSetup(ws, sheet);
  readValidations(ws, sheet);
  readConditionalFormats(ws, sheet);
  readTables(state, ws, sheet, calculated);
}

function readNames(state: WorkbookState, wb: ExcelJS.Workbook): void {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] })
    .model;
  for (const { name, ranges } of model) {
    if (name.startsWith("_xlnm.")) continue;
    const ref = ranges.length === 1 ? splitSheet(ranges[0]) : undefined;
    const sheet = ref?.sheet ? findSheet(state, ref.sheet) : undefined;
    const rect = ref ? parseA1(ref.address) : undefined;
    state.names.push({
      name,
      ref: sheet && rect ? { sheet, rect } : null,
      comment: "",
      visible: true,
    });
  }
}

/** An .xlsx file as the fake host's workbook; formula cells carry the file's cached results. */
export async function loadXlsx(bytes: Uint8Array | ArrayBuffer): Promise<WorkbookState> {
  const data =
    bytes instanceof Uint8Array
      ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      : Buffer.from(bytes);
  const x = await XlsxWorkbook.load(data);
  const wb = x.workbook;
  const state = createWorkbook([]);
  const calculated = x.calculatedColumns();
  for (const ws of wb.worksheets) readSheet(state, ws, calculated);
  readNames(state, wb);
  const active = (wb.views?.[0] as { activeTab?: number } | undefined)?.activeTab ?? 0;
  state.activeSheet =
    state.sheets[active] ?? state.sheets.find((s) => s.visibility === "Visible") ?? null;
  state.calcDirty = false;
  return state;
}

function valueTo(cell: CellState): ExcelJS.CellValue {
  const v = cell.value;
  const result = v === undefined ? undefined : isError(v) ? { error: v.error } : v;
  if (cell.formula !== undefined)
    return { formula: cell.formula.slice(1), result } as ExcelJS.CellFormulaValue;
  return (result ?? null) as ExcelJS.CellValue;
}

function protectionTo(p: SheetState["protection"]): Partial<ExcelJS.WorksheetProtection> {
  const o = p.options;
  return {
    formatCells: o.allowFormatCells,
    formatColumns: o.allowFormatColumns,
    formatRows: o.allowFormatRows,
    insertColumns: o.allowInsertColumns,
    insertRows: o.allowInsertRows,
    insertHyperlinks: o.allowInsertHyperlinks,
    deleteColumns: o.allowDeleteColumns,
    deleteRows: o.allowDeleteRows,
    sort: o.allowSort,
    autoFilter: o.allowAutoFilter,
    pivotTables: o.allowPivotTables,
    objects: o.allowEditObjects,
    scenarios: o.allowEditScenarios,
    selectLockedCells: true,
    selectUnlockedCells: true,
  };
}

const PAPER_CODES: Record<string, number> = Object.fromEntries(
  Object.entries(PAPER).map(([k, v]) => [v, Number(k)])
);

function writePageSetup(ws: ExcelJS.Worksheet, sheet: SheetState): void {
  const l = sheet.pageLayout;
  const fit = l.zoom.horizontalFitToPages !== undefined || l.zoom.verticalFitToPages !== undefined;
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: l.orientation === "Landscape" ? "landscape" : "portrait",
    paperSize: (PAPER_CODES[l.paperSize] ?? 1) as ExcelJS.PageSetup["paperSize"],
    horizontalCentered: l.centerHorizontally,
    verticalCentered: l.centerVertically,
    fitToPage: fit,
    fitToWidth: l.zoom.horizontalFitToPages ?? 1,
    fitToHeight: l.zoom.verticalFitToPages ?? 1,
    scale: l.zoom.scale ?? 100,
    firstPageNumber: 1,
    margins: {
      left: l.leftMargin / 72,
      right: l.rightMargin / 72,
      top: l.topMargin / 72,
      bottom: l.bottomMargin / 72,
      header: l.headerMargin / 72,
      footer: l.footerMargin / 72,
    },
    printTitlesRow: l.printTitleRows ? l.printTitleRows.replace(/\$/g, "") : undefined,
  };
}

function validationTo(v: ValidationState): ExcelJS.DataValidation | undefined {
  const list = v.rule.list;
  if (!list) return undefined;
  const source = list.source.startsWith("=") ? list.source.slice(1) : `"${list.source}"`;
  return {
    type: "list",
    allowBlank: v.ignoreBlanks,
    formulae: [source],
    showErrorMessage: v.errorAlert.showAlert,
    errorStyle: v.errorAlert.style.toLowerCase() as ExcelJS.DataValidation["errorStyle"],
    errorTitle: v.errorAlert.title,
    error: v.errorAlert.message,
    showInputMessage: v.prompt.showPrompt,
    promptTitle: v.prompt.title,
    prompt: v.prompt.message,
  };
}

function writeTables(state: WorkbookState, ws: ExcelJS.Worksheet, sheet: SheetState): void {
  for (const t of state.tables.filter((x) => x.sheet === sheet)) {
    const headers: string[] = [];
    for (let c = t.rect.c0; c <= t.rect.c1; c++)
      headers.push(String(sheet.cells.get(cellKey(t.rect.r0, c))?.value ?? ""));
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = t.rect.r0 + 1; r <= t.rect.r1; r++) {
      const row: ExcelJS.CellValue[] = [];
      for (let c = t.rect.c0; c <= t.rect.c1; c++) {
        const cell = sheet.cells.get(cellKey(r, c));
        row.push(cell ? valueTo(cell) : null);
      }
      rows.push(row);
    }
    ws.addTable({
      name: t.name,
      displayName: t.name,
      ref: cellA1(t.rect.r0, t.rect.c0),
      headerRow: true,
      style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: false },
      columns: headers.map((name) => ({ name, filterButton: t.showFilterButton })),
      rows,
    } as ExcelJS.TableProperties);
  }
}

function writeSheet(state: WorkbookState, wb: ExcelJS.Workbook, sheet: SheetState): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, {
    state:
      sheet.visibility === "VeryHidden"
        ? "veryHidden"
        : sheet.visibility === "Hidden"
          ? "hidden"
          : "visible",
    properties: sheet.tabColor ? { tabColor: { argb: `FF${sheet.tabColor.slice(1)}` } } : {},
  });
  writeTables(state, ws, sheet);
  // Merge first: ExcelJS gives merged cells the master's style, and a value set on one goes to the master.
  for (const m of sheet.merges) ws.mergeCells(rectA1(m));
  for (const [key, cell] of sheet.cells) {
    const xc = ws.getCell(keyRow(key) + 1, keyCol(key) + 1);
    if (!xc.isMerged || xc.master === xc) xc.value = valueTo(cell);
    xc.style = styleTo(cell.format, cell.numberFormat);
  }
  for (const [c, w] of sheet.columnWidths) ws.getColumn(c + 1).width = pointsToChars(w);
  for (const [r, h] of sheet.rowHeights) ws.getRow(r + 1).height = h;
  for (const r of sheet.hiddenRows) ws.getRow(r + 1).hidden = true;
  if (sheet.freezeRows || sheet.freezeColumns) {
    ws.views = [{ state: "frozen", ySplit: sheet.freezeRows, xSplit: sheet.freezeColumns }];
  }
  writePageSetup(ws, sheet);
  for (const [key, v] of sheet.validations) {
    const dv = validationTo(v);
    if (dv) ws.getCell(keyRow(key) + 1, keyCol(key) + 1).dataValidation = dv;
  }
  for (const cf of sheet.conditionalFormats) {
    ws.addConditionalFormatting({
      ref: cf.ranges.map((r) => rectA1(r)).join(" "),
      rules: [
        {
          type: "expression",
          priority: cf.priority + 1,
          formulae: [cf.formula.replace(/^=/, "")],
          style: cf.fill
            ? {
                fill: {
                  type: "pattern",
                  pattern: "solid",
                  bgColor: colorTo(cf.fill) as ExcelJS.Color,
                },
              }
            : {},
        },
      ],
    });
  }
  for (const [key, note] of sheet.notes)
    ws.getCell(keyRow(key) + 1, keyCol(key) + 1).note = note.content;
  if (!sheet.protection.protected) return Promise.resolve();
  if (sheet.protection.hash) {
    const model = { sheet: true, ...protectionTo(sheet.protection), ...sheet.protection.hash };
    (ws as unknown as { sheetProtection: object }).sheetProtection = model;
    return Promise.resolve();
  }
  return ws.protect(sheet.protection.password ?? "", protectionTo(sheet.protection));
}

/** The fake's workbook as .xlsx bytes (charts, #REF! names and calculated columns are not written). */
export async function saveXlsx(state: WorkbookState): Promise<Uint8Array> {
  const x = XlsxWorkbook.create();
  const wb = x.workbook;
  for (const sheet of state.sheets) await writeSheet(state, wb, sheet);
  for (const n of state.names) {
    if (n.ref)
      wb.definedNames.add(
        `'${n.ref.sheet.name.replace(/'/g, "''")}'!${rectA1(n.ref.rect, true)}`,
        n.name
      );
  }
  const active = state.activeSheet ? state.sheets.indexOf(state.activeSheet) : 0;
  wb.views = [
    {
      x: 0,
      y: 0,
      width: 10000,
      height: 20000,
      firstSheet: 0,
      activeTab: Math.max(active, 0),
      visibility: "visible",
    },
  ];
  return new Uint8Array(await x.toBuffer());
}

export { DEFAULT_COLUMN_WIDTH };
