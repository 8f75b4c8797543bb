"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GENERATED_SHEETS = void 0;
exports.fingerprint = fingerprint;
exports.reportRequest = reportRequest;
exports.planReport = planReport;
exports.generateReport = generateReport;
const layout_1 = require("../layout");
const results_1 = require("../layout/results");
const scoring_profile_1 = require("../model/scoring-profile");
const rules_1 = require("../rules");
const score_1 = require("../rules/scoring/score");
const narrative_1 = require("../report/narrative");
const sheets_1 = require("../report/sheets");
const reader_1 = require("./reader");
const record_1 = require("./record");
const guard_1 = require("./guard");
const validate_1 = require("./validate");
const marks_1 = require("./marks");
exports.GENERATED_SHEETS = [results_1.REPORT_SHEET, results_1.SELF_EVAL_SHEET, results_1.SUMMARY_SHEET];
/**
 * What a generated sheet holds, as a fingerprint changed by any edit to its values. A small
 * string hash (cyrb53) keeps this free of Node's crypto, so the task pane can run it too.
 */
function fingerprint(values) {
    const text = Object.keys(values)
        .sort()
        .map((k) => `${k}=${JSON.stringify(values[k])}`)
        .join(";");
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ ch, 2654435761);
        h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return `${(h2 >>> 0).toString(16).padStart(8, "0")}${(h1 >>> 0).toString(16).padStart(8, "0")}:${text.length}`;
}
function writtenValues(ops, sheet) {
    const out = {};
    for (const op of ops) {
        if (op.op !== "cells" || op.sheet !== sheet)
            continue;
        for (const c of op.cells)
            if (c.value !== undefined && c.value !== null && c.value !== "")
                out[c.address] = c.value;
    }
    return out;
}
function reportRequest(_capabilities, p = layout_1.PLACEMENTS) {
    return {
        names: (0, layout_1.allNames)(p),
        tables: [...p.tables.keys()],
        cells: (0, record_1.recordCells)(results_1.REPORT_RECORD_SHEET),
        sheetValues: exports.GENERATED_SHEETS,
    };
}
/** Generated sheets the user edited are renamed and kept; the others make way. */
function makeWay(read, previous) {
    const kept = [];
    const ops = [];
    const taken = [...read.sheets];
    for (const sheet of exports.GENERATED_SHEETS) {
        const current = read.sheetValues?.[sheet];
        if (!current)
            continue;
        // An edit is a difference from what was written; a sheet of that name never written by us is the user's own.
        const edited = previous[sheet] === undefined || previous[sheet] !== fingerprint(current);
        if (edited) {
            const to = (0, marks_1.freeName)(sheet, taken);
            taken.push(to);
            kept.push(to);
            ops.push({ op: "renameSheet", sheet, to });
        }
        else {
            ops.push(...(0, guard_1.deleteSheetOps)(read, sheet));
        }
    }
    return { kept, ops };
}
/** 生成报告 as a pure plan over what was read. */
function planReport(read, options = {}, p = layout_1.PLACEMENTS) {
    const outcome = (0, reader_1.readFrom)(read, p);
    const profile = options.profile ?? scoring_profile_1.DEFAULT_PROFILE;
    const scored = (0, score_1.score)(outcome.model, profile);
    const all = [...outcome.findings, ...(0, rules_1.runRules)(outcome.model, rules_1.RULES, outcome.where, profile)];
    const document = (0, narrative_1.buildReport)(outcome.model, all, scored, options);
    const previous = (0, record_1.readRecord)(read, results_1.REPORT_RECORD_SHEET) ?? {};
    const content = [
        ...(0, sheets_1.reportSheetOps)(document),
        ...(0, sheets_1.selfEvaluationSheetOps)(document),
        ...(0, sheets_1.summarySheetOps)(outcome.model, all, scored, options.numbers, options.charts),
    ];
    const way = makeWay(read, previous);
    const fingerprints = Object.fromEntries(exports.GENERATED_SHEETS.map((s) => [s, fingerprint(writtenValues(content, s))]));
    const guarded = (0, guard_1.guardProtection)([...way.ops, ...content], read);
    const ops = [
        ...(0, record_1.writeRecordOps)(read, results_1.REPORT_RECORD_SHEET, fingerprints),
        { op: "checkpoint" },
        ...guarded.open,
        ...guarded.ops,
        ...guarded.close,
        ...(options.activate ? [{ op: "activate", sheet: results_1.REPORT_SHEET }] : []),
    ];
    return {
        ...outcome,
        document,
        all: [...all, ...(0, validate_1.lockedFindings)(guarded.locked)],
        score: scored,
        kept: way.kept,
        ops,
    };
}
/**
 * 生成报告: the 报告, 自评表 and 汇总 sheets from the workbook's figures. Regenerating
 * replaces them; a generated sheet the user edited since is kept under a new name, not lost.
 */
async function generateReport(port, options = {}, p = layout_1.PLACEMENTS) {
    return (0, validate_1.execute)(port, reportRequest(port.capabilities, p), (read) => planReport(read, { charts: port.capabilities.charts, ...options }, p));
}
