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
exports.FakeConditionalRangeFont = exports.FakeConditionalRangeFill = exports.FakeConditionalRangeFormat = exports.FakeConditionalFormatRule = exports.FakeCustomConditionalFormat = exports.FakeConditionalFormat = exports.FakeConditionalFormatCollection = exports.FakeDataValidation = exports.FakeFormatProtection = exports.FakeRangeBorder = exports.FakeRangeBorderCollection = exports.FakeRangeFont = exports.FakeRangeFill = exports.FakeRangeFormat = exports.FakeRange = void 0;
exports.writeEnv = writeEnv;
const address_1 = require("./address");
const cells_1 = require("./cells");
const errors_1 = require("./errors");
const fmt = __importStar(require("./formats"));
const obj = __importStar(require("./objects"));
const proxy_1 = require("./proxy");
const state_1 = require("./state");
const styles_1 = require("./styles");
const worksheet_1 = require("./worksheet");
/** Range and what hangs off it: format, fill, font, borders, protection, validation, CFs. */
function writeEnv(context) {
    return {
        currentYear: context.engine.currentYear,
        markDirty: () => {
            context.engine.state.calcDirty = true;
        },
    };
}
function shifted(rect, dr, dc, rows, cols) {
    const out = {
        r0: rect.r0 + dr,
        c0: rect.c0 + dc,
        r1: rect.r0 + dr + rows - 1,
        c1: rect.c0 + dc + cols - 1,
    };
    if (out.r0 < 0 ||
        out.c0 < 0 ||
        out.r1 >= address_1.MAX_ROWS ||
        out.c1 >= address_1.MAX_COLS ||
        rows < 1 ||
        cols < 1) {
        throw (0, errors_1.richError)("InvalidArgument", "The range would leave the worksheet.");
    }
    return out;
}
function intArgs(...xs) {
    if (!xs.every((x) => typeof x === "number" && Number.isInteger(x))) {
        throw (0, errors_1.richError)("InvalidArgument", "expected whole numbers");
    }
    return xs;
}
class RangePart extends proxy_1.ProxyBase {
    _isGone(target) {
        return target.sheet.deleted;
    }
}
class FakeRange extends RangePart {
    constructor(context, init) {
        super(context, init);
        this._className = "Range";
    }
    _props() {
        const env = writeEnv(this.context);
        return {
            address: { get: (t) => (0, address_1.qualified)(t.sheet.name, t.rect) },
            addressLocal: { get: (t) => (0, address_1.qualified)(t.sheet.name, t.rect) },
            values: { get: cells_1.readValues, set: (t, v) => (0, cells_1.writeContents)(t, v, "values", env) },
            formulas: { get: cells_1.readFormulas, set: (t, v) => (0, cells_1.writeContents)(t, v, "formulas", env) },
            numberFormat: { get: cells_1.readNumberFormat, set: (t, v) => (0, cells_1.writeNumberFormat)(t, v) },
            text: { get: cells_1.readText },
            valueTypes: { get: cells_1.readValueTypes },
            rowCount: { get: (t) => (0, address_1.rectRows)(t.rect) },
            columnCount: { get: (t) => (0, address_1.rectCols)(t.rect) },
            cellCount: { get: (t) => (0, address_1.rectArea)(t.rect) },
            rowIndex: { get: (t) => t.rect.r0 },
            columnIndex: { get: (t) => t.rect.c0 },
        };
    }
    _navs() {
        return { format: this.format, dataValidation: this.dataValidation, worksheet: this.worksheet };
    }
    get address() {
        return this._read("address");
    }
    get addressLocal() {
        return this._read("addressLocal");
    }
    get values() {
        return this._read("values");
    }
    set values(v) {
        this._write("values", v);
    }
    get formulas() {
        return this._read("formulas");
    }
    set formulas(v) {
        this._write("formulas", v);
    }
    get numberFormat() {
        return this._read("numberFormat");
    }
    set numberFormat(v) {
        this._write("numberFormat", v);
    }
    get text() {
        return this._read("text");
    }
    get valueTypes() {
        return this._read("valueTypes");
    }
    get rowCount() {
        return this._read("rowCount");
    }
    get columnCount() {
        return this._read("columnCount");
    }
    get cellCount() {
        return this._read("cellCount");
    }
    get rowIndex() {
        return this._read("rowIndex");
    }
    get columnIndex() {
        return this._read("columnIndex");
    }
    get format() {
        return this._nav(FakeRangeFormat, "format", (t) => t);
    }
    get dataValidation() {
        return this._nav(FakeDataValidation, "dataValidation", (t) => t);
    }
    get conditionalFormats() {
        return this._nav(FakeConditionalFormatCollection, "conditionalFormats", (t) => t);
    }
    get worksheet() {
        return this._nav(worksheet_1.FakeWorksheet, "worksheet", (t) => t.sheet);
    }
    _range(name, args, derive, api = "1.1") {
        return this._child(FakeRange, name, args, (t) => ({ sheet: t.sheet, rect: derive(t) }), {
            api,
        });
    }
    getCell(row, column) {
        return this._range("getCell", [row, column], (t) => {
            const [r, c] = intArgs(row, column);
            return shifted(t.rect, r, c, 1, 1);
        });
    }
    getResizedRange(deltaRows, deltaColumns) {
        return this._range("getResizedRange", [deltaRows, deltaColumns], (t) => {
            const [dr, dc] = intArgs(deltaRows, deltaColumns);
            return shifted(t.rect, 0, 0, (0, address_1.rectRows)(t.rect) + dr, (0, address_1.rectCols)(t.rect) + dc);
        }, "1.3");
    }
    getOffsetRange(rowOffset, columnOffset) {
        return this._range("getOffsetRange", [rowOffset, columnOffset], (t) => {
            const [dr, dc] = intArgs(rowOffset, columnOffset);
            return shifted(t.rect, dr, dc, (0, address_1.rectRows)(t.rect), (0, address_1.rectCols)(t.rect));
        });
    }
    getRow(row) {
        return this._range("getRow", [row], (t) => shifted(t.rect, intArgs(row)[0], 0, 1, (0, address_1.rectCols)(t.rect)));
    }
    getColumn(column) {
        return this._range("getColumn", [column], (t) => shifted(t.rect, 0, intArgs(column)[0], (0, address_1.rectRows)(t.rect), 1));
    }
    getEntireColumn() {
        return this._range("getEntireColumn", [], (t) => ({
            r0: 0,
            r1: address_1.MAX_ROWS - 1,
            c0: t.rect.c0,
            c1: t.rect.c1,
        }));
    }
    getEntireRow() {
        return this._range("getEntireRow", [], (t) => ({
            r0: t.rect.r0,
            r1: t.rect.r1,
            c0: 0,
            c1: address_1.MAX_COLS - 1,
        }));
    }
    merge(across = false) {
        this._call("merge", [across], "1.2", (t) => fmt.merge(t, across, this._state.tables.filter((x) => x.sheet === t.sheet).map((x) => x.rect)));
    }
    unmerge() {
        this._call("unmerge", [], "1.2", (t) => fmt.unmerge(t));
    }
    select() {
        this._call("select", [], "1.1", (t) => {
            this._state.activeSheet = t.sheet;
            this._state.selection = { sheet: t.sheet, rect: t.rect };
        });
    }
    /** Range.clear(applyTo): "All" (default), "Contents" or "Formats". */
    clear(applyTo = "All") {
        this._call("clear", [applyTo], "1.1", (t) => clearRange(t, applyTo, writeEnv(this.context)));
    }
}
exports.FakeRange = FakeRange;
function clearRange(t, applyTo, env) {
    const what = fmt.oneOf(applyTo, ["All", "Contents", "Formats", "Hyperlinks"], "applyTo");
    if (what === "All" || what === "Contents")
        (0, cells_1.writeContents)(t, null, "clear", env);
    if (what === "All" || what === "Contents") {
        for (const [, , cell] of (0, state_1.storedCellsIn)(t.sheet, t.rect)) {
            delete cell.value;
            delete cell.formula;
        }
    }
    if (what === "All" || what === "Formats") {
        fmt.updateFormat(t, "format", () => styles_1.DEFAULT_FORMAT);
        (0, cells_1.writeNumberFormat)(t, "General");
    }
}
class FakeRangeFormat extends RangePart {
    constructor() {
        super(...arguments);
        this._className = "RangeFormat";
    }
    _props() {
        const align = (which) => ({
            get: (t) => fmt.uniform(t, (f) => which === "horizontal" ? f.horizontalAlignment : f.verticalAlignment),
            set: (t, v) => fmt.setAlignment(t, which, v),
        });
        return {
            horizontalAlignment: align("horizontal"),
            verticalAlignment: align("vertical"),
            wrapText: {
                get: (t) => fmt.uniform(t, (f) => f.wrapText),
                set: (t, v) => fmt.setBoolean(t, "format", v, (f, b) => ({ ...f, wrapText: b })),
            },
            columnWidth: { get: fmt.readColumnWidth, set: fmt.setColumnWidth, api: "1.2" },
            rowHeight: { get: fmt.readRowHeight, set: fmt.setRowHeight, api: "1.2" },
        };
    }
    _navs() {
        return { fill: this.fill, font: this.font, protection: this.protection };
    }
    get horizontalAlignment() {
        return this._read("horizontalAlignment");
    }
    set horizontalAlignment(v) {
        this._write("horizontalAlignment", v);
    }
    get verticalAlignment() {
        return this._read("verticalAlignment");
    }
    set verticalAlignment(v) {
        this._write("verticalAlignment", v);
    }
    get wrapText() {
        return this._read("wrapText");
    }
    set wrapText(v) {
        this._write("wrapText", v);
    }
    get columnWidth() {
        return this._read("columnWidth");
    }
    set columnWidth(v) {
        this._write("columnWidth", v);
    }
    get rowHeight() {
        return this._read("rowHeight");
    }
    set rowHeight(v) {
        this._write("rowHeight", v);
    }
    get fill() {
        return this._nav(FakeRangeFill, "fill", (t) => t);
    }
    get font() {
        return this._nav(FakeRangeFont, "font", (t) => t);
    }
    get borders() {
        return this._nav(FakeRangeBorderCollection, "borders", (t) => t);
    }
    get protection() {
        return this._nav(FakeFormatProtection, "protection", (t) => t);
    }
    autofitColumns() {
        this._call("autofitColumns", [], "1.2", () => undefined);
    }
    autofitRows() {
        this._call("autofitRows", [], "1.2", () => undefined);
    }
}
exports.FakeRangeFormat = FakeRangeFormat;
class FakeRangeFill extends RangePart {
    constructor() {
        super(...arguments);
        this._className = "RangeFill";
    }
    _props() {
        return {
            color: { get: (t) => fmt.readFill(t)?.color ?? null, set: fmt.setFillColor },
            pattern: {
                get: (t) => fmt.readFill(t)?.pattern ?? null,
                set: fmt.setFillPattern,
                api: "1.9",
            },
            patternColor: { get: fmt.readPatternColor, set: fmt.setPatternColor, api: "1.9" },
            tintAndShade: {
                get: (t) => fmt.readFill(t)?.tintAndShade ?? null,
                set: fmt.setFillTint,
                api: "1.9",
            },
        };
    }
    get color() {
        return this._read("color");
    }
    set color(v) {
        this._write("color", v);
    }
    get pattern() {
        return this._read("pattern");
    }
    set pattern(v) {
        this._write("pattern", v);
    }
    get patternColor() {
        return this._read("patternColor");
    }
    set patternColor(v) {
        this._write("patternColor", v);
    }
    get tintAndShade() {
        return this._read("tintAndShade");
    }
    set tintAndShade(v) {
        this._write("tintAndShade", v);
    }
    clear() {
        this._call("clear", [], "1.1", fmt.clearFill);
    }
}
exports.FakeRangeFill = FakeRangeFill;
class FakeRangeFont extends RangePart {
    constructor() {
        super(...arguments);
        this._className = "RangeFont";
    }
    _props() {
        const font = (key) => ({
            get: (t) => fmt.readFont(t, key),
            set: (t, v) => fmt.setFont(t, key, v),
        });
        return {
            name: font("name"),
            size: font("size"),
            bold: font("bold"),
            italic: font("italic"),
            color: font("color"),
        };
    }
    get name() {
        return this._read("name");
    }
    set name(v) {
        this._write("name", v);
    }
    get size() {
        return this._read("size");
    }
    set size(v) {
        this._write("size", v);
    }
    get bold() {
        return this._read("bold");
    }
    set bold(v) {
        this._write("bold", v);
    }
    get italic() {
        return this._read("italic");
    }
    set italic(v) {
        this._write("italic", v);
    }
    get color() {
        return this._read("color");
    }
    set color(v) {
        this._write("color", v);
    }
}
exports.FakeRangeFont = FakeRangeFont;
class FakeRangeBorderCollection extends RangePart {
    constructor() {
        super(...arguments);
        this._className = "RangeBorderCollection";
    }
    _props() {
        return {};
    }
    getItem(index) {
        return this._child(FakeRangeBorder, "getItem", [index], (t) => ({ ...t, index }));
    }
}
exports.FakeRangeBorderCollection = FakeRangeBorderCollection;
class FakeRangeBorder extends RangePart {
    constructor() {
        super(...arguments);
        this._className = "RangeBorder";
    }
    _props() {
        const side = (key) => ({
            get: (t) => fmt.readBorder(t, t.index, key),
            set: (t, v) => fmt.setBorder(t, t.index, key, v),
        });
        return {
            style: side("style"),
            weight: side("weight"),
            color: side("color"),
            sideIndex: { get: (t) => t.index },
        };
    }
    get style() {
        return this._read("style");
    }
    set style(v) {
        this._write("style", v);
    }
    get weight() {
        return this._read("weight");
    }
    set weight(v) {
        this._write("weight", v);
    }
    get color() {
        return this._read("color");
    }
    set color(v) {
        this._write("color", v);
    }
    get sideIndex() {
        return this._read("sideIndex");
    }
}
exports.FakeRangeBorder = FakeRangeBorder;
class FakeFormatProtection extends RangePart {
    constructor() {
        super(...arguments);
        this._className = "FormatProtection";
    }
    _props() {
        return {
            locked: {
                get: (t) => fmt.uniform(t, (f) => f.locked),
                set: (t, v) => fmt.setBoolean(t, "locked", v, (f, b) => ({ ...f, locked: b })),
                api: "1.2",
            },
        };
    }
    get locked() {
        return this._read("locked");
    }
    set locked(v) {
        this._write("locked", v);
    }
}
exports.FakeFormatProtection = FakeFormatProtection;
class FakeDataValidation extends RangePart {
    constructor() {
        super(...arguments);
        this._className = "DataValidation";
        this._api = "1.8";
    }
    _props() {
        const shared = (t) => obj.sharedValidation(t);
        const part = (k) => ({
            get: (t) => {
                const v = shared(t);
                return v === "mixed"
                    ? null
                    : v
                        ? structuredClone(v[k])
                        : k === "ignoreBlanks"
                            ? true
                            : k === "errorAlert"
                                ? { ...obj.DEFAULT_ERROR_ALERT }
                                : { showPrompt: false, title: "", message: "" };
            },
            set: (t, value) => obj.setValidationPart(t, k, value),
        });
        return {
            rule: {
                get: (t) => {
                    const v = shared(t);
                    return v === "mixed" ? null : structuredClone(v?.rule ?? {});
                },
                set: (t, v) => obj.setValidationRule(t, v),
            },
            type: { get: (t) => obj.validationType(shared(t)) },
            errorAlert: part("errorAlert"),
            prompt: part("prompt"),
            ignoreBlanks: part("ignoreBlanks"),
        };
    }
    get rule() {
        return this._read("rule");
    }
    set rule(v) {
        this._write("rule", v);
    }
    get type() {
        return this._read("type");
    }
    get errorAlert() {
        return this._read("errorAlert");
    }
    set errorAlert(v) {
        this._write("errorAlert", v);
    }
    get prompt() {
        return this._read("prompt");
    }
    set prompt(v) {
        this._write("prompt", v);
    }
    get ignoreBlanks() {
        return this._read("ignoreBlanks");
    }
    set ignoreBlanks(v) {
        this._write("ignoreBlanks", v);
    }
    clear() {
        this._call("clear", [], "1.8", obj.clearValidation);
    }
}
exports.FakeDataValidation = FakeDataValidation;
class FakeConditionalFormatCollection extends proxy_1.CollectionBase {
    constructor() {
        super(...arguments);
        this._className = "ConditionalFormatCollection";
        this._api = "1.6";
    }
    _list(t) {
        return obj.conditionalFormatsIn(t).map((cf) => ({ sheet: t.sheet, cf }));
    }
    _wrap(item) {
        return new FakeConditionalFormat(this.context, (0, proxy_1.knownInit)(this, "items", item));
    }
    add(type) {
        return this._child(FakeConditionalFormat, "add", [type], (t) => obj.addConditionalFormat(this._state, t, type), { eager: true, api: "1.6" });
    }
    getItem(id) {
        return this._child(FakeConditionalFormat, "getItem", [id], (t) => {
            const hit = this._list(t).find((c) => c.cf.id === id);
            if (!hit)
                throw (0, errors_1.richError)("ItemNotFound", `No conditional format ${id}`);
            return hit;
        });
    }
    getItemAt(index) {
        return this._child(FakeConditionalFormat, "getItemAt", [index], (t) => {
            const hit = this._list(t)[index];
            if (!hit)
                throw (0, errors_1.richError)("ItemNotFound", `No conditional format at ${index}`);
            return hit;
        });
    }
    clearAll() {
        this._call("clearAll", [], "1.6", (t) => {
            for (const c of this._list(t))
                obj.deleteConditionalFormat(c);
        });
    }
}
exports.FakeConditionalFormatCollection = FakeConditionalFormatCollection;
class FakeConditionalFormat extends proxy_1.ProxyBase {
    constructor() {
        super(...arguments);
        this._className = "ConditionalFormat";
        this._api = "1.6";
    }
    _isGone(t) {
        return obj.cfGone(t);
    }
    _props() {
        return {
            id: { get: (t) => t.cf.id },
            type: { get: (t) => t.cf.type },
            priority: { get: (t) => t.cf.priority },
            stopIfTrue: {
                get: (t) => t.cf.stopIfTrue,
                set: (t, v) => {
                    t.cf.stopIfTrue = Boolean(v);
                },
            },
        };
    }
    _navs() {
        return { custom: this.custom };
    }
    get id() {
        return this._read("id");
    }
    get type() {
        return this._read("type");
    }
    get priority() {
        return this._read("priority");
    }
    get stopIfTrue() {
        return this._read("stopIfTrue");
    }
    set stopIfTrue(v) {
        this._write("stopIfTrue", v);
    }
    get custom() {
        return this._nav(FakeCustomConditionalFormat, "custom", (t) => t);
    }
    delete() {
        this._call("delete", [], "1.6", obj.deleteConditionalFormat);
    }
    getRange() {
        return this._child(FakeRange, "getRange", [], (t) => ({
            sheet: t.sheet,
            rect: t.cf.ranges[0],
        }));
    }
    getRangeOrNullObject() {
        return this._child(FakeRange, "getRangeOrNullObject", [], (t) => ({ sheet: t.sheet, rect: t.cf.ranges[0] }), { eager: true, api: "1.6" });
    }
}
exports.FakeConditionalFormat = FakeConditionalFormat;
class CfPart extends proxy_1.ProxyBase {
    constructor() {
        super(...arguments);
        this._api = "1.6";
    }
    _isGone(t) {
        return obj.cfGone(t);
    }
    guard(t) {
        if (t.sheet.protection.protected && !t.sheet.protection.options.allowFormatCells) {
            throw (0, errors_1.richError)("AccessDenied", `${t.sheet.name} is protected.`);
        }
    }
}
class FakeCustomConditionalFormat extends CfPart {
    constructor() {
        super(...arguments);
        this._className = "CustomConditionalFormat";
    }
    _props() {
        return {};
    }
    _navs() {
        return { rule: this.rule, format: this.format };
    }
    get rule() {
        return this._nav(FakeConditionalFormatRule, "rule", (t) => t);
    }
    get format() {
        return this._nav(FakeConditionalRangeFormat, "format", (t) => t);
    }
}
exports.FakeCustomConditionalFormat = FakeCustomConditionalFormat;
class FakeConditionalFormatRule extends CfPart {
    constructor() {
        super(...arguments);
        this._className = "ConditionalFormatRule";
    }
    _props() {
        return {
            formula: {
                get: (t) => t.cf.formula,
                set: (t, v) => {
                    this.guard(t);
                    if (typeof v !== "string")
                        throw (0, errors_1.richError)("InvalidArgument", "formula must be text");
                    t.cf.formula = v;
                },
            },
        };
    }
    get formula() {
        return this._read("formula");
    }
    set formula(v) {
        this._write("formula", v);
    }
}
exports.FakeConditionalFormatRule = FakeConditionalFormatRule;
class FakeConditionalRangeFormat extends CfPart {
    constructor() {
        super(...arguments);
        this._className = "ConditionalRangeFormat";
    }
    _props() {
        return {};
    }
    _navs() {
        return { fill: this.fill, font: this.font };
    }
    get fill() {
        return this._nav(FakeConditionalRangeFill, "fill", (t) => t);
    }
    get font() {
        return this._nav(FakeConditionalRangeFont, "font", (t) => t);
    }
}
exports.FakeConditionalRangeFormat = FakeConditionalRangeFormat;
class FakeConditionalRangeFill extends CfPart {
    constructor() {
        super(...arguments);
        this._className = "ConditionalRangeFill";
    }
    _props() {
        return {
            color: {
                get: (t) => (t.cf.fill && "rgb" in t.cf.fill ? t.cf.fill.rgb : null),
                set: (t, v) => {
                    this.guard(t);
                    t.cf.fill = { rgb: fmt.rgbOrThrow(v) };
                },
            },
        };
    }
    get color() {
        return this._read("color");
    }
    set color(v) {
        this._write("color", v);
    }
    clear() {
        this._call("clear", [], "1.6", (t) => {
            this.guard(t);
            t.cf.fill = null;
        });
    }
}
exports.FakeConditionalRangeFill = FakeConditionalRangeFill;
class FakeConditionalRangeFont extends CfPart {
    constructor() {
        super(...arguments);
        this._className = "ConditionalRangeFont";
    }
    _props() {
        return {
            color: {
                get: (t) => t.cf.fontColor,
                set: (t, v) => {
                    this.guard(t);
                    t.cf.fontColor = fmt.rgbOrThrow(v);
                },
            },
        };
    }
    get color() {
        return this._read("color");
    }
    set color(v) {
        this._write("color", v);
    }
}
exports.FakeConditionalRangeFont = FakeConditionalRangeFont;
