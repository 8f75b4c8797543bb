"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.clearRequest = exports.lockedFindings = exports.parseRecord = void 0;
exports.contentFromRead = contentFromRead;
exports.sameFormula = sameFormula;
exports.validateRequest = validateRequest;
exports.planValidate = planValidate;
exports.execute = execute;
exports.validate = validate;
exports.planClear = planClear;
exports.clearWorkbook = clearWorkbook;
exports.clearMarks = clearMarks;
const layout_1 = require("../layout");
const template_1 = require("../layout/template");
const expr_1 = require("../layout/expr");
const layout_2 = require("../layout");
const results_1 = require("../layout/results");
const rules_1 = require("../rules");
const scoring_profile_1 = require("../model/scoring-profile");
const score_1 = require("../rules/scoring/score");
const cells_1 = require("../rules/scoring/cells");
const meta_1 = require("../rules/core/meta");
const reading_1 = require("../rules/core/reading");
const writing_1 = require("../rules/core/writing");
const reader_1 = require("./reader");
const host_1 = require("../rules/core/host");
const record_1 = require("./record");
const guard_1 = require("./guard");
const marks_1 = require("./marks");
const port_1 = require("./port");
var marks_2 = require("./marks");
Object.defineProperty(exports, "parseRecord", { enumerable: true, get: function () { return marks_2.parseRecord; } });
/** Cell contents as the layout's formulas see them, from what was read (tables by header). */
function contentFromRead(read, p = layout_1.PLACEMENTS) {
    const fields = new Map();
    for (const n of p.fields.keys())
        fields.set(n, read.names[n]?.value ?? null);
    const tables = new Map();
    for (const [n, tp] of p.tables) {
        const t = read.tables[n];
        if (!t)
            continue;
        const index = tp.table.columns.map((c) => t.headers.findIndex((h) => h.trim() === c.header));
        tables.set(n, t.rows.map((cells) => index.map((i) => (i >= 0 ? (cells[i]?.value ?? null) : null))));
    }
    return { fields, tables };
}
/** Excel may respace or prefix a formula when it saves; compare what it means, not its bytes. */
function sameFormula(a, b) {
    if (a === undefined)
        return false;
    const norm = (f) => f
        .replace(/^=/, "")
        .replace(/_xlfn\./gi, "")
        .replace(/"[^"]*"|\s+/g, (m) => (m.startsWith('"') ? m : ""))
        .replace(/"[^"]*"|[^"]+/g, (m) => (m.startsWith('"') ? m : m.toUpperCase()));
    return norm(a) === norm(b);
}
function tableRowEnv(content, table, row) {
    return (t, column) => {
        const i = table.columns.findIndex((c) => c.header === column);
        if (t !== table.name || i < 0)
            throw new Error(`${t}[${column}] is not a column of ${table.name}`);
        return row[i] ?? null;
    };
}
/**
 * Computed cells back to their live formulas with fresh cached results; a formula overwritten
 * by a typed value is reported (PRODUCT.md §5).
 */
function computedWrites(read, outcome, p) {
    const content = contentFromRead(read, p);
    const values = (0, layout_1.computedValues)(content, p);
    const findings = [];
    const bySheet = new Map();
    const put = (cell, text, result) => {
        if (cell.formula === undefined && cell.value !== null) {
            findings.push((0, meta_1.toFinding)(writing_1.COMPUTED_OVERWRITTEN, {
                messageId: "overwritten",
                data: {
                    text: String(typeof cell.value === "object" && cell.value ? cell.value.error : cell.value),
                },
                cells: [{ sheet: cell.sheet, cell: cell.address }],
                expected: `=${text}`,
                actual: typeof cell.value === "object" && cell.value ? cell.value.error : String(cell.value),
            }));
        }
        else if (cell.formula !== undefined && !sameFormula(cell.formula, text)) {
            findings.push((0, meta_1.toFinding)(writing_1.COMPUTED_OVERWRITTEN, {
                messageId: "replaced",
                data: { text: `=${cell.formula}` },
                cells: [{ sheet: cell.sheet, cell: cell.address }],
                expected: `=${text}`,
                actual: `=${cell.formula}`,
            }));
        }
        bySheet.set(cell.sheet, [
            ...(bySheet.get(cell.sheet) ?? []),
            { address: cell.address, formula: { text, result: result ?? "" } },
        ]);
    };
    const missingSheets = new Set(outcome.findings.filter((f) => f.messageId === "sheetMissing").map((f) => f.sheet));
    for (const [n, cp] of p.calcs) {
        const cell = read.names[n];
        if (cell)
            put(cell, (0, expr_1.toFormula)(cp.calc.expr), values.get(n) ?? "");
        else if (!missingSheets.has(cp.sheet)) {
            findings.push((0, meta_1.toFinding)(reading_1.TEMPLATE_DAMAGED, {
                messageId: "nameMissing",
                data: { name: n, label: cp.calc.label, labelEn: cp.calc.en },
                cells: [{ sheet: cp.sheet }],
            }));
        }
    }
    const env = { name: () => null, column: () => [] };
    for (const [n, tp] of p.tables) {
        const t = read.tables[n];
        const rows = content.tables.get(n);
        if (!t || !rows)
            continue;
        tp.table.columns.forEach((c) => {
            if (!c.calc)
                return;
            const j = t.headers.findIndex((h) => h.trim() === c.header);
            if (j < 0)
                return;
            const text = (0, expr_1.toFormula)(c.calc);
            t.rows.forEach((cells, i) => {
                const result = (0, layout_2.valueToRaw)((0, expr_1.evaluate)(c.calc, { ...env, thisRow: tableRowEnv(content, tp.table, rows[i]) }));
                put(cells[j], text, result);
            });
        });
    }
    return {
        ops: [...bySheet].map(([sheet, cells]) => ({ op: "cells", sheet, cells })),
        findings,
    };
}
/** What validate reads: every name and table, its record, and the notes where the host has them. */
function validateRequest(capabilities, p = layout_1.PLACEMENTS) {
    return {
        names: (0, layout_1.allNames)(p),
        tables: [...p.tables.keys()],
        cells: (0, record_1.recordCells)(results_1.RECORD_SHEET),
        notes: capabilities.notes,
    };
}
function cellsOps(writes) {
    const bySheet = new Map();
    for (const [sheet, w] of writes)
        bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), w]);
    return [...bySheet].map(([sheet, cells]) => ({ op: "cells", sheet, cells }));
}
function scoreWrites(read, scored, profile) {
    const writes = [];
    const cells = [];
    const put = (sheet, w) => {
        cells.push({ sheet, address: w.address });
        writes.push([sheet, w]);
    };
    const values = (0, cells_1.scoreCells)(scored, profile);
    const inProfile = new Set(profile.indicators.map((i) => i.id));
    for (const id of scoring_profile_1.DEFAULT_PROFILE.indicators.map((i) => i.id).filter((i) => !inProfile.has(i)))
        values.set(template_1.SCORE_NAMES.note(id), "本次评分方案不含此指标");
    for (const [n, value] of values) {
        const cell = read.names[n];
        if (cell)
            put(cell.sheet, { address: cell.address, value });
    }
    for (const [sheet, w] of otherIndicatorRows(read, scored))
        put(sheet, w);
    return { ops: cellsOps(writes), cells };
}
/**
 * A profile's indicators that the 评分 sheet has no row for (a bureau's own profile) are listed
 * below it, so every indicator scored is shown where the total is.
 */
function otherIndicatorRows(read, scored) {
    const others = scored.indicators.filter((i) => !read.names[template_1.SCORE_NAMES.points(i.id)]);
    const anchor = read.names[template_1.SCORE_NAMES.grade];
    if (!others.length || !anchor)
        return [];
    const top = Number(/\d+$/.exec(anchor.address)[0]) + 3;
    const out = [];
    const row = (r, values) => values.forEach((value, c) => {
        if (value !== null)
            out.push([anchor.sheet, { address: (0, layout_1.addr)(c, r), value }]);
    });
    row(top, ["评分方案中的其他指标", "指标", "分值", null, null, "计算值", "得分", "说明"]);
    others.forEach((i, k) => row(top + 1 + k, [
        i.level1,
        i.name,
        i.points.toNumber(),
        null,
        null,
        i.rate === undefined ? null : i.rate.toDecimalPlaces(4).toNumber(),
        i.earned === undefined ? null : i.earned.toDecimalPlaces(2).toNumber(),
        i.note,
    ]));
    return out;
}
const lockedFindings = (locked) => locked.map((sheet) => (0, meta_1.toFinding)(host_1.SHEET_LOCKED, { messageId: "locked", data: { sheet }, cells: [{ sheet }] }));
exports.lockedFindings = lockedFindings;
/** Records compare equal run after run: keys in a fixed order. */
const sortedKeys = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
function union(a, b) {
    return {
        version: 2,
        marks: [...a.marks, ...b.marks],
        notes: [...a.notes, ...b.notes],
        sheets: [...new Set([...a.sheets, ...b.sheets])],
        results: [...a.results, ...b.results],
        protection: sortedKeys({ ...a.protection, ...b.protection }),
    };
}
/**
 * The whole validate as a pure plan: the record of everything the run may change first (so
 * clear can undo a run that broke off), then the undo of the previous run, computed formulas,
 * scores, marks, notes and the 校验结果 sheet, protected sheets opened and closed around them,
 * and the record of what this run wrote last.
 */
function planValidate(read, options = {}, p = layout_1.PLACEMENTS) {
    const outcome = (0, reader_1.readFrom)(read, p);
    const previous = (0, marks_1.parseRecord)(read) ?? marks_1.EMPTY_RECORD;
    const computed = computedWrites(read, outcome, p);
    const profile = options.profile ?? scoring_profile_1.DEFAULT_PROFILE;
    const scored = (0, score_1.score)(outcome.model, profile);
    const found = [
        ...outcome.findings,
        ...computed.findings,
        ...(0, rules_1.runRules)(outcome.model, rules_1.RULES, outcome.where, profile),
    ];
    const results = scoreWrites(read, scored, profile);
    const undo = (0, marks_1.undoOps)(previous, read);
    const marks = (0, marks_1.marksOf)(found, read);
    const notes = options.notes === false ? [] : (0, marks_1.noteOps)(marks, read, previous);
    const content = (0, guard_1.guardProtection)([...undo.ops, ...computed.ops, ...results.ops, ...(0, marks_1.markOps)(marks), ...notes], read);
    const all = [...found, ...(0, exports.lockedFindings)(content.locked)];
    const written = (c) => !content.locked.includes(c.sheet);
    const record = {
        version: 2,
        marks: marks.map((m) => m.at).filter(written),
        notes: [
            ...undo.leftNotes,
            ...notes.flatMap((o) => (o.op === "addNote" ? [{ sheet: o.sheet, address: o.address }] : [])),
        ].filter(written),
        sheets: [results_1.RESULTS_SHEET],
        results: results.cells.filter(written),
        protection: sortedKeys(content.opened),
    };
    const ops = [
        ...(0, record_1.writeRecordOps)(read, results_1.RECORD_SHEET, union(previous, record)),
        { op: "checkpoint" },
        ...(0, marks_1.keepUsersResultsSheet)(read, previous),
        ...content.open,
        ...content.ops,
        ...(0, results_1.resultsSheetOps)(all),
        ...content.close,
        ...(0, marks_1.reprotectOps)(previous, read),
        ...(0, record_1.writeRecordOps)({ ...read, sheets: [...read.sheets, results_1.RECORD_SHEET] }, results_1.RECORD_SHEET, record),
        ...(options.activate ? [{ op: "activate", sheet: results_1.RESULTS_SHEET }] : []),
    ];
    return { ...outcome, all, score: scored, ops, record };
}
/** Marks sheets the host refused to unprotect as locked by a password. */
function withLocked(read, locked) {
    const sheetState = { ...read.sheetState };
    for (const sheet of locked) {
        const state = sheetState[sheet];
        if (!state?.protection)
            throw new port_1.SheetLockedError(sheet);
        sheetState[sheet] = { ...state, protection: { ...state.protection, password: true } };
    }
    return { ...read, sheetState };
}
/**
 * Reads, plans and writes; a sheet whose protection turns out to have a password is planned
 * around and the run made again from a fresh read (the record comes first, so what the broken
 * attempt wrote is undone by the next).
 */
async function execute(port, request, plan) {
    const locked = [];
    for (;;) {
        const read = withLocked(await port.read(request), locked);
        const planned = plan(read);
        try {
            await port.write(planned.ops);
            return planned;
        }
        catch (e) {
            if (!(e instanceof port_1.SheetLockedError) || locked.includes(e.sheet))
                throw e;
            locked.push(e.sheet);
        }
    }
}
/**
 * 校验: read → model → rules → write back (computed cells, marks, notes, 校验结果, record).
 * One read and one write through the port; input cells' values are never written.
 */
async function validate(port, options = {}, p = layout_1.PLACEMENTS) {
    const plan = await execute(port, validateRequest(port.capabilities, p), (r) => planValidate(r, { notes: port.capabilities.notes, ...options }, p));
    return plan;
}
/** 清除标记 as a plan: undo the record, re-protect, and remove the record itself. */
function planClear(read) {
    const record = (0, marks_1.parseRecord)(read);
    // A 校验结果 sheet without our record is the user's: nothing of ours to clear there.
    const found = record !== undefined || read.sheets.includes(results_1.RECORD_SHEET);
    if (!found)
        return { ops: [], found, left: [] };
    const undo = (0, marks_1.undoOps)(record ?? marks_1.EMPTY_RECORD, read);
    const guarded = (0, guard_1.guardProtection)(undo.ops, read);
    const keepRecord = undo.leftNotes.length > 0;
    const rest = { ...marks_1.EMPTY_RECORD, notes: undo.leftNotes };
    const ops = [
        ...guarded.open,
        ...guarded.ops,
        ...guarded.close,
        ...(0, marks_1.reprotectOps)(record ?? marks_1.EMPTY_RECORD, read),
        ...(keepRecord ? (0, record_1.writeRecordOps)(read, results_1.RECORD_SHEET, rest) : (0, guard_1.deleteSheetOps)(read, results_1.RECORD_SHEET)),
    ];
    return {
        ops,
        found,
        left: [
            ...undo.leftNotes.map((n) => `${n.sheet}!${n.address}`),
            ...guarded.locked.map((s) => s),
        ],
    };
}
const clearRequest = (capabilities) => ({
    names: [],
    tables: [],
    cells: (0, record_1.recordCells)(results_1.RECORD_SHEET),
    notes: capabilities.notes,
});
exports.clearRequest = clearRequest;
/** 清除标记: removes exactly what validate wrote; says what the host could not remove. */
async function clearWorkbook(port) {
    return execute(port, (0, exports.clearRequest)(port.capabilities), planClear);
}
/** 清除标记, answering whether there was anything to clear. */
async function clearMarks(port) {
    return (await clearWorkbook(port)).found;
}
