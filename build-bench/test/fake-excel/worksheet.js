"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.FakeChartTitle = exports.FakeChart = exports.FakeChartCollection = exports.FakePageLayout = exports.FakeWorksheetFreezePanes = exports.FakeWorksheetProtection = exports.FakeWorksheetCollection = exports.FakeWorksheet = void 0;
exports.rangeOnSheet = rangeOnSheet;
const address_1 = require("./address");
const errors_1 = require("./errors");
const formats_1 = require("./formats");
const names_1 = require("./names");
const obj = __importStar(require("./objects"));
const proxy_1 = require("./proxy");
const range_1 = require("./range");
const sheets = __importStar(require("./sheets"));
const workbook_1 = require("./workbook");
/** Worksheet, its collection, protection, freeze panes, page layout and charts. */
/** A range address on a sheet: A1 notation, or a defined name that points to this workbook. */
function rangeOnSheet(state, sheet, address) {
    const { sheet: named, address: a1 } = (0, address_1.splitSheet)(address);
    const target = named ? sheets.getSheetOrThrow(state, named) : sheet;
    const rect = (0, address_1.parseA1)(a1);
    if (rect)
        return { sheet: target, rect };
    const name = (0, names_1.findName)(state, address);
    const ref = name && (0, names_1.nameRange)(name);
    if (ref)
        return ref;
    throw (0, errors_1.richError)("InvalidArgument", `not a range address: ${address}`);
}
class SheetPart extends proxy_1.ProxyBase {
    _isGone(t) {
        return t.deleted;
    }
}
class FakeWorksheet extends SheetPart {
    constructor(context, init) {
        super(context, init);
        this._className = "Worksheet";
    }
    _props() {
        const state = () => this._state;
        return {
            name: { get: (t) => t.name, set: (t, v) => sheets.renameSheet(state(), t, v) },
            id: { get: (t) => `{00000000-0001-0000-${String(t.id).padStart(4, "0")}-000000000000}` },
            position: {
                get: (t) => state().sheets.indexOf(t),
                set: (t, v) => sheets.setPosition(state(), t, v),
            },
            visibility: { get: (t) => t.visibility, set: (t, v) => sheets.setVisibility(state(), t, v) },
            tabColor: { get: (t) => t.tabColor, set: (t, v) => sheets.setTabColor(t, v), api: "1.7" },
        };
    }
    _navs() {
        return {
            protection: this.protection,
            pageLayout: this.pageLayout,
            freezePanes: this.freezePanes,
        };
    }
    get name() {
        return this._read("name");
    }
    set name(v) {
        this._write("name", v);
    }
    get id() {
        return this._read("id");
    }
    get position() {
        return this._read("position");
    }
    set position(v) {
        this._write("position", v);
    }
    get visibility() {
        return this._read("visibility");
    }
    set visibility(v) {
        this._write("visibility", v);
    }
    get tabColor() {
        return this._read("tabColor");
    }
    set tabColor(v) {
        this._write("tabColor", v);
    }
    get protection() {
        return this._nav(FakeWorksheetProtection, "protection", (t) => t);
    }
    get freezePanes() {
        return this._nav(FakeWorksheetFreezePanes, "freezePanes", (t) => t);
    }
    get pageLayout() {
        return this._nav(FakePageLayout, "pageLayout", (t) => t);
    }
    get tables() {
        return this._nav(workbook_1.FakeTableCollection, "tables", (t) => t);
    }
    get charts() {
        return this._nav(FakeChartCollection, "charts", (t) => t);
    }
    get notes() {
        return this._nav(workbook_1.FakeNoteCollection, "notes", (t) => t);
    }
    getRange(address) {
        return this._child(range_1.FakeRange, "getRange", address === undefined ? [] : [address], (t) => address === undefined
            ? { sheet: t, rect: { r0: 0, c0: 0, r1: address_1.MAX_ROWS - 1, c1: address_1.MAX_COLS - 1 } }
            : rangeOnSheet(this._state, t, address));
    }
    getRangeByIndexes(startRow, startColumn, rowCount, columnCount) {
        return this._child(range_1.FakeRange, "getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], (t) => {
            if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0)
                throw (0, errors_1.richError)("InvalidArgument", "bad indexes");
            return {
                sheet: t,
                rect: {
                    r0: startRow,
                    c0: startColumn,
                    r1: startRow + rowCount - 1,
                    c1: startColumn + columnCount - 1,
                },
            };
        }, { api: "1.7" });
    }
    getUsedRange(valuesOnly = false) {
        return this._child(range_1.FakeRange, "getUsedRange", [valuesOnly], (t) => ({
            sheet: t,
            rect: (0, formats_1.usedRect)(t, valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 },
        }));
    }
    getUsedRangeOrNullObject(valuesOnly = false) {
        return this._child(range_1.FakeRange, "getUsedRangeOrNullObject", [valuesOnly], (t) => {
            const rect = (0, formats_1.usedRect)(t, valuesOnly);
            return rect ? { sheet: t, rect } : null;
        }, { eager: true, api: "1.4" });
    }
    getCell(row, column) {
        return this._child(range_1.FakeRange, "getCell", [row, column], (t) => ({
            sheet: t,
            rect: { r0: row, c0: column, r1: row, c1: column },
        }));
    }
    activate() {
        this._call("activate", [], "1.1", (t) => sheets.activate(this._state, t));
    }
    delete() {
        this._call("delete", [], "1.1", (t) => sheets.deleteSheet(this._state, t));
    }
}
exports.FakeWorksheet = FakeWorksheet;
class FakeWorksheetCollection extends proxy_1.CollectionBase {
    constructor() {
        super(...arguments);
        this._className = "WorksheetCollection";
    }
    _list(t) {
        return t.sheets;
    }
    _wrap(item) {
        return new FakeWorksheet(this.context, (0, proxy_1.knownInit)(this, "items", item));
    }
    _sheet(name, args, find, eager = false, api = "1.1") {
        return this._child(FakeWorksheet, name, args, find, { eager, api });
    }
    getItem(key) {
        return this._sheet("getItem", [key], (t) => sheets.getSheetOrThrow(t, key));
    }
    getItemOrNullObject(key) {
        return this._sheet("getItemOrNullObject", [key], (t) => sheets.findSheetOrNull(t, key), true, "1.4");
    }
    add(name) {
        return this._sheet("add", name === undefined ? [] : [name], (t) => sheets.addSheet(t, name), true);
    }
    getActiveWorksheet() {
        return this._sheet("getActiveWorksheet", [], (t) => {
            if (!t.activeSheet)
                throw (0, errors_1.richError)("ItemNotFound", "no active sheet");
            return t.activeSheet;
        });
    }
    getFirst(visibleOnly = false) {
        return this._sheet("getFirst", [visibleOnly], (t) => {
            const s = t.sheets.find((x) => !visibleOnly || x.visibility === "Visible");
            if (!s)
                throw (0, errors_1.richError)("ItemNotFound", "no sheet");
            return s;
        }, false, "1.5");
    }
}
exports.FakeWorksheetCollection = FakeWorksheetCollection;
class FakeWorksheetProtection extends SheetPart {
    constructor() {
        super(...arguments);
        this._className = "WorksheetProtection";
    }
    _props() {
        return {
            protected: { get: (t) => t.protection.protected, api: "1.2" },
            options: { get: (t) => ({ ...t.protection.options }), api: "1.2" },
        };
    }
    get protected() {
        return this._read("protected");
    }
    get options() {
        return this._read("options");
    }
    protect(options, password) {
        this._call("protect", [options ?? null, password ?? null], "1.2", (t) => sheets.protect(t, options, password));
    }
    unprotect(password) {
        this._call("unprotect", [password ?? null], "1.7", (t) => sheets.unprotect(t, password));
    }
}
exports.FakeWorksheetProtection = FakeWorksheetProtection;
class FakeWorksheetFreezePanes extends SheetPart {
    constructor() {
        super(...arguments);
        this._className = "WorksheetFreezePanes";
        this._api = "1.7";
    }
    _props() {
        return {};
    }
    freezeRows(count = 1) {
        this._call("freezeRows", [count], "1.7", (t) => {
            t.freezeRows = count;
            t.freezeColumns = 0;
        });
    }
    freezeColumns(count = 1) {
        this._call("freezeColumns", [count], "1.7", (t) => {
            t.freezeColumns = count;
            t.freezeRows = 0;
        });
    }
    unfreeze() {
        this._call("unfreeze", [], "1.7", (t) => {
            t.freezeRows = 0;
            t.freezeColumns = 0;
        });
    }
}
exports.FakeWorksheetFreezePanes = FakeWorksheetFreezePanes;
const MARGINS = [
    "leftMargin",
    "rightMargin",
    "topMargin",
    "bottomMargin",
    "headerMargin",
    "footerMargin",
];
class FakePageLayout extends SheetPart {
    constructor() {
        super(...arguments);
        this._className = "PageLayout";
        this._api = "1.9";
    }
    _props() {
        const field = (k, check) => ({
            get: (t) => structuredClone(t.pageLayout[k]),
            set: (t, v) => {
                if (!check(v))
                    throw (0, errors_1.richError)("InvalidArgument", `pageLayout.${k}: ${JSON.stringify(v)}`);
                t.pageLayout[k] = structuredClone(v);
            },
        });
        const isNum = (v) => typeof v === "number" && v >= 0;
        const table = {
            orientation: field("orientation", (v) => v === "Portrait" || v === "Landscape"),
            paperSize: field("paperSize", (v) => typeof v === "string"),
            centerHorizontally: field("centerHorizontally", (v) => typeof v === "boolean"),
            centerVertically: field("centerVertically", (v) => typeof v === "boolean"),
            zoom: field("zoom", (v) => typeof v === "object" && v !== null),
        };
        for (const m of MARGINS)
            table[m] = field(m, isNum);
        return table;
    }
    get orientation() {
        return this._read("orientation");
    }
    set orientation(v) {
        this._write("orientation", v);
    }
    get paperSize() {
        return this._read("paperSize");
    }
    set paperSize(v) {
        this._write("paperSize", v);
    }
    get centerHorizontally() {
        return this._read("centerHorizontally");
    }
    set centerHorizontally(v) {
        this._write("centerHorizontally", v);
    }
    get centerVertically() {
        return this._read("centerVertically");
    }
    set centerVertically(v) {
        this._write("centerVertically", v);
    }
    get zoom() {
        return this._read("zoom");
    }
    set zoom(v) {
        this._write("zoom", v);
    }
    get leftMargin() {
        return this._read("leftMargin");
    }
    set leftMargin(v) {
        this._write("leftMargin", v);
    }
    get rightMargin() {
        return this._read("rightMargin");
    }
    set rightMargin(v) {
        this._write("rightMargin", v);
    }
    get topMargin() {
        return this._read("topMargin");
    }
    set topMargin(v) {
        this._write("topMargin", v);
    }
    get bottomMargin() {
        return this._read("bottomMargin");
    }
    set bottomMargin(v) {
        this._write("bottomMargin", v);
    }
    get headerMargin() {
        return this._read("headerMargin");
    }
    set headerMargin(v) {
        this._write("headerMargin", v);
    }
    get footerMargin() {
        return this._read("footerMargin");
    }
    set footerMargin(v) {
        this._write("footerMargin", v);
    }
    /** Rows repeated on each printed page: a Range or an address such as "$1:$3". */
    setPrintTitleRows(rows) {
        this._call("setPrintTitleRows", [rows], "1.9", (t) => {
            const ref = typeof rows === "string"
                ? rangeOnSheet(this._state, t, rows)
                : rows._target("PageLayout.setPrintTitleRows");
            t.pageLayout.printTitleRows = `$${ref.rect.r0 + 1}:$${ref.rect.r1 + 1}`;
        });
    }
    getPrintTitleRowsOrNullObject() {
        return this._child(range_1.FakeRange, "getPrintTitleRowsOrNullObject", [], (t) => {
            const rows = t.pageLayout.printTitleRows;
            return rows ? rangeOnSheet(this._state, t, rows) : null;
        }, { eager: true, api: "1.9" });
    }
}
exports.FakePageLayout = FakePageLayout;
class FakeChartCollection extends proxy_1.CollectionBase {
    constructor() {
        super(...arguments);
        this._className = "ChartCollection";
    }
    _list(t) {
        return t.charts.map((chart) => ({ sheet: t, chart }));
    }
    _wrap(item) {
        return new FakeChart(this.context, (0, proxy_1.knownInit)(this, "items", item));
    }
    add(type, sourceData, seriesBy) {
        return this._child(FakeChart, "add", [type, sourceData, seriesBy ?? "Auto"], (t) => {
            const source = sourceData._target("ChartCollection.add");
            return { sheet: t, chart: obj.addChart(this._state, t, type, source, seriesBy) };
        }, { eager: true });
    }
    getItem(name) {
        return this._child(FakeChart, "getItem", [name], (t) => {
            const chart = t.charts.find((c) => c.name === name);
            if (!chart)
                throw (0, errors_1.richError)("ItemNotFound", `No chart ${name}`);
            return { sheet: t, chart };
        });
    }
}
exports.FakeChartCollection = FakeChartCollection;
class FakeChart extends proxy_1.ProxyBase {
    constructor() {
        super(...arguments);
        this._className = "Chart";
    }
    _isGone(t) {
        return t.sheet.deleted || !t.sheet.charts.includes(t.chart);
    }
    _props() {
        return {
            name: {
                get: (t) => t.chart.name,
                set: (t, v) => {
                    if (typeof v !== "string" || v === "")
                        throw (0, errors_1.richError)("InvalidArgument", "chart name");
                    t.chart.name = v;
                },
            },
            chartType: { get: (t) => t.chart.type, api: "1.7" },
        };
    }
    _navs() {
        return { title: this.title };
    }
    get name() {
        return this._read("name");
    }
    set name(v) {
        this._write("name", v);
    }
    get chartType() {
        return this._read("chartType");
    }
    get title() {
        return this._nav(FakeChartTitle, "title", (t) => t);
    }
    setPosition(startCell, endCell) {
        this._call("setPosition", [startCell, endCell ?? null], "1.1", (t) => {
            const text = (c) => typeof c === "string" ? c : (0, address_1.rectA1)(c._target("Chart.setPosition").rect);
            t.chart.position = {
                start: text(startCell),
                end: endCell === undefined ? undefined : text(endCell),
            };
        });
    }
    delete() {
        this._call("delete", [], "1.1", (t) => {
            t.sheet.charts = t.sheet.charts.filter((c) => c !== t.chart);
        });
    }
}
exports.FakeChart = FakeChart;
class FakeChartTitle extends proxy_1.ProxyBase {
    constructor() {
        super(...arguments);
        this._className = "ChartTitle";
    }
    _props() {
        return {
            text: {
                get: (t) => t.chart.title,
                set: (t, v) => {
                    t.chart.title = String(v);
                },
            },
        };
    }
    get text() {
        return this._read("text");
    }
    set text(v) {
        this._write("text", v);
    }
}
exports.FakeChartTitle = FakeChartTitle;
