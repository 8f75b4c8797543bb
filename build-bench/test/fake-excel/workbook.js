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
exports.FakeNote = exports.FakeNoteCollection = exports.FakeTable = exports.FakeTableCollection = exports.FakeNamedItem = exports.FakeNamedItemCollection = exports.FakeApplication = exports.FakeWorkbook = void 0;
const errors_1 = require("./errors");
const names = __importStar(require("./names"));
const obj = __importStar(require("./objects"));
const proxy_1 = require("./proxy");
const range_1 = require("./range");
const tables = __importStar(require("./tables"));
const worksheet_1 = require("./worksheet");
/** Workbook, application, names, tables and notes. */
class FakeWorkbook extends proxy_1.ProxyBase {
    constructor(context) {
        super(context, {
            parent: null,
            name: "workbook",
            cache: false,
            resolve: () => context.engine.state,
        });
        this._className = "Workbook";
    }
    _props() {
        return {};
    }
    get worksheets() {
        return this._nav(worksheet_1.FakeWorksheetCollection, "worksheets", (t) => t);
    }
    get names() {
        return this._nav(FakeNamedItemCollection, "names", (t) => t);
    }
    get tables() {
        return this._nav(FakeTableCollection, "tables", (t) => t);
    }
    get notes() {
        return this._nav(FakeNoteCollection, "notes", (t) => t);
    }
    getActiveWorksheet() {
        return this.worksheets.getActiveWorksheet();
    }
    getSelectedRange() {
        return this._child(range_1.FakeRange, "getSelectedRange", [], (t) => {
            if (t.selection)
                return { sheet: t.selection.sheet, rect: t.selection.rect };
            if (!t.activeSheet)
                throw (0, errors_1.richError)("ItemNotFound", "no selection");
            return { sheet: t.activeSheet, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
        });
    }
}
exports.FakeWorkbook = FakeWorkbook;
class FakeApplication extends proxy_1.ProxyBase {
    constructor(context) {
        super(context, {
            parent: null,
            name: "application",
            cache: false,
            resolve: () => context.engine.state,
        });
        this._className = "Application";
    }
    _props() {
        return { calculationMode: { get: () => "Automatic" } };
    }
    get calculationMode() {
        return this._read("calculationMode");
    }
    /** Formulas are not recalculated until the next sync (ExcelApi 1.6). */
    suspendApiCalculationUntilNextSync() {
        this._call("suspendApiCalculationUntilNextSync", [], "1.6", () => this.context.engine.suspendCalculation());
    }
    suspendScreenUpdatingUntilNextSync() {
        this._call("suspendScreenUpdatingUntilNextSync", [], "1.9", () => {
            this.context.engine.screenUpdatingSuspensions += 1;
        });
    }
    calculate(calculationType) {
        this._call("calculate", [calculationType], "1.1", (t) => {
            t.calcDirty = true;
            this.context.engine.beforeRead();
        });
    }
}
exports.FakeApplication = FakeApplication;
class FakeNamedItemCollection extends proxy_1.CollectionBase {
    constructor() {
        super(...arguments);
        this._className = "NamedItemCollection";
    }
    _list(t) {
        return t.names;
    }
    _wrap(item) {
        return new FakeNamedItem(this.context, (0, proxy_1.knownInit)(this, "items", item));
    }
    add(name, reference, comment) {
        return this._child(FakeNamedItem, "add", [name, reference, comment ?? ""], (t) => {
            const ref = typeof reference === "string" ? reference : reference._target("NamedItemCollection.add");
            return names.addName(t, name, ref, comment);
        }, { eager: true, api: "1.4" });
    }
    getItem(name) {
        return this._child(FakeNamedItem, "getItem", [name], (t) => {
            const hit = names.findName(t, name);
            if (!hit)
                throw (0, errors_1.richError)("ItemNotFound", `The requested resource doesn't exist: ${name}`);
            return hit;
        });
    }
    getItemOrNullObject(name) {
        return this._child(FakeNamedItem, "getItemOrNullObject", [name], (t) => names.findName(t, name) ?? null, { eager: true, api: "1.4" });
    }
}
exports.FakeNamedItemCollection = FakeNamedItemCollection;
class FakeNamedItem extends proxy_1.ProxyBase {
    constructor() {
        super(...arguments);
        this._className = "NamedItem";
    }
    _isGone(t) {
        return !this._state.names.includes(t);
    }
    _props() {
        return {
            name: { get: (t) => t.name },
            type: { get: (t) => names.nameView(t).type },
            value: { get: (t) => names.nameView(t).value },
            formula: { get: (t) => names.nameView(t).formula, api: "1.7" },
            comment: { get: (t) => t.comment, set: (t, v) => void (t.comment = String(v)), api: "1.4" },
            visible: { get: (t) => t.visible, set: (t, v) => void (t.visible = Boolean(v)) },
        };
    }
    get name() {
        return this._read("name");
    }
    get type() {
        return this._read("type");
    }
    get value() {
        return this._read("value");
    }
    get formula() {
        return this._read("formula");
    }
    get comment() {
        return this._read("comment");
    }
    set comment(v) {
        this._write("comment", v);
    }
    get visible() {
        return this._read("visible");
    }
    set visible(v) {
        this._write("visible", v);
    }
    getRange() {
        return this._child(range_1.FakeRange, "getRange", [], (t) => {
            const ref = names.nameRange(t);
            if (!ref)
                throw (0, errors_1.richError)("InvalidOperation", `${t.name} does not refer to a range`);
            return ref;
        });
    }
    getRangeOrNullObject() {
        return this._child(range_1.FakeRange, "getRangeOrNullObject", [], (t) => names.nameRange(t), {
            eager: true,
            api: "1.4",
        });
    }
    delete() {
        this._call("delete", [], "1.4", (t) => names.deleteName(this._state, t));
    }
}
exports.FakeNamedItem = FakeNamedItem;
/** workbook.tables (all) or worksheet.tables (that sheet's). */
class FakeTableCollection extends proxy_1.CollectionBase {
    constructor() {
        super(...arguments);
        this._className = "TableCollection";
    }
    _list(t) {
        return "sheets" in t ? this._state.tables : this._state.tables.filter((x) => x.sheet === t);
    }
    _wrap(item) {
        return new FakeTable(this.context, (0, proxy_1.knownInit)(this, "items", item));
    }
    add(address, hasHeaders) {
        return this._child(FakeTable, "add", [address, hasHeaders], (t) => {
            const ref = this._addressOf(t, address);
            return tables.addTable(this._state, ref, hasHeaders);
        }, { eager: true });
    }
    _addressOf(t, address) {
        if (typeof address !== "string")
            return address._target("TableCollection.add");
        if ("sheets" in t) {
            if (!address.includes("!"))
                throw (0, errors_1.richError)("InvalidArgument", "workbook.tables.add needs a sheet-qualified address");
            return (0, worksheet_1.rangeOnSheet)(t, t.sheets[0], address);
        }
        return (0, worksheet_1.rangeOnSheet)(this._state, t, address);
    }
    getItem(key) {
        return this._child(FakeTable, "getItem", [key], (t) => {
            const hit = this._list(t).find((x) => x.name.toLowerCase() === key.toLowerCase());
            if (!hit)
                throw (0, errors_1.richError)("ItemNotFound", `The requested resource doesn't exist: ${key}`);
            return hit;
        });
    }
    getItemOrNullObject(key) {
        return this._child(FakeTable, "getItemOrNullObject", [key], (t) => this._list(t).find((x) => x.name.toLowerCase() === key.toLowerCase()) ?? null, { eager: true, api: "1.4" });
    }
}
exports.FakeTableCollection = FakeTableCollection;
class FakeTable extends proxy_1.ProxyBase {
    constructor() {
        super(...arguments);
        this._className = "Table";
    }
    _isGone(t) {
        return !this._state.tables.includes(t);
    }
    _props() {
        return {
            name: { get: (t) => t.name, set: (t, v) => tables.renameTable(this._state, t, v) },
            id: { get: (t) => String(t.id) },
            style: {
                get: (t) => t.style,
                set: (t, v) => {
                    if (typeof v !== "string")
                        throw (0, errors_1.richError)("InvalidArgument", "table style");
                    t.style = v;
                },
            },
            showFilterButton: {
                get: (t) => t.showFilterButton,
                set: (t, v) => void (t.showFilterButton = Boolean(v)),
                api: "1.3",
            },
            showHeaders: { get: () => true },
            showTotals: { get: () => false },
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
    get style() {
        return this._read("style");
    }
    set style(v) {
        this._write("style", v);
    }
    get showFilterButton() {
        return this._read("showFilterButton");
    }
    set showFilterButton(v) {
        this._write("showFilterButton", v);
    }
    get showHeaders() {
        return this._read("showHeaders");
    }
    get showTotals() {
        return this._read("showTotals");
    }
    get worksheet() {
        return this._nav(worksheet_1.FakeWorksheet, "worksheet", (t) => t.sheet);
    }
    _part(name, part) {
        return this._child(range_1.FakeRange, name, [], (t) => tables.tableRange(t, part));
    }
    getRange() {
        return this._part("getRange", "all");
    }
    getHeaderRowRange() {
        return this._part("getHeaderRowRange", "header");
    }
    getDataBodyRange() {
        return this._part("getDataBodyRange", "body");
    }
    delete() {
        this._call("delete", [], "1.1", (t) => tables.deleteTable(this._state, t));
    }
}
exports.FakeTable = FakeTable;
/** workbook.notes or worksheet.notes: ExcelApi 1.18, ApiNotFound below. */
class FakeNoteCollection extends proxy_1.CollectionBase {
    constructor() {
        super(...arguments);
        this._className = "NoteCollection";
        this._api = "1.18";
    }
    _list(t) {
        return obj.notesOf("sheets" in t ? t.sheets : [t]);
    }
    _wrap(item) {
        return new FakeNote(this.context, (0, proxy_1.knownInit)(this, "items", item));
    }
    _cell(t, cell, location) {
        if (typeof cell !== "string")
            return obj.noteAt(cell._target(location));
        if ("sheets" in t && !cell.includes("!"))
            throw (0, errors_1.richError)("InvalidArgument", "workbook.notes needs a sheet-qualified address");
        const sheet = "sheets" in t ? t.sheets[0] : t;
        return obj.noteAt((0, worksheet_1.rangeOnSheet)(this._state, sheet, cell));
    }
    add(cellAddress, content) {
        return this._child(FakeNote, "add", [cellAddress, content], (t) => obj.addNote(this._cell(t, cellAddress, "NoteCollection.add"), content), { eager: true, api: "1.18" });
    }
    getItem(key) {
        return this._child(FakeNote, "getItem", [key], (t) => {
            const at = this._cell(t, key, "NoteCollection.getItem");
            obj.noteOrThrow(at);
            return at;
        }, { api: "1.18" });
    }
    getItemOrNullObject(key) {
        return this._child(FakeNote, "getItemOrNullObject", [key], (t) => {
            const at = this._cell(t, key, "NoteCollection.getItemOrNullObject");
            return obj.getNote(at) ? at : null;
        }, { eager: true, api: "1.18" });
    }
    getItemAt(index) {
        return this._child(FakeNote, "getItemAt", [index], (t) => {
            const at = this._list(t)[index];
            if (!at)
                throw (0, errors_1.richError)("ItemNotFound", `no note at ${index}`);
            return at;
        }, { api: "1.18" });
    }
}
exports.FakeNoteCollection = FakeNoteCollection;
class FakeNote extends proxy_1.ProxyBase {
    constructor(context, init) {
        super(context, init);
        this._className = "Note";
        this._api = "1.18";
    }
    _isGone(t) {
        return t.sheet.deleted || !obj.getNote(t);
    }
    _props() {
        return {
            content: { get: (t) => obj.noteOrThrow(t).content, set: (t, v) => obj.setNoteContent(t, v) },
            authorName: { get: (t) => obj.noteOrThrow(t).author },
        };
    }
    get content() {
        return this._read("content");
    }
    set content(v) {
        this._write("content", v);
    }
    get authorName() {
        return this._read("authorName");
    }
    delete() {
        this._call("delete", [], "1.18", (t) => obj.deleteNote(t));
    }
    getLocation() {
        return this._child(range_1.FakeRange, "getLocation", [], (t) => ({ sheet: t.sheet, rect: { r0: t.row, c0: t.col, r1: t.row, c1: t.col } }), { api: "1.18" });
    }
}
exports.FakeNote = FakeNote;
