"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ENGINE_ERROR = void 0;
exports.runRules = runRules;
const scoring_profile_1 = require("../../model/scoring-profile");
const locations_1 = require("../../layout/locations");
const layout_1 = require("../../layout");
const meta_1 = require("./meta");
const unit_slips_1 = require("./unit-slips");
/** The rule that reports unit slips; every other finding on a slipped figure is its echo. */
const UNIT_SLIP_RULE = "amount-in-yuan";
exports.ENGINE_ERROR = {
    id: "engine-error",
    category: "completeness",
    severity: "error",
    description: "A rule failed on this workbook; the other rules ran. Please report it.",
    messages: {
        crashed: {
            zh: "规则 {{rule}} 未能完成检查（{{detail}}），其余规则已执行。",
            en: "Rule {{rule}} could not finish ({{detail}}); the other rules ran.",
        },
    },
};
function sheetOfPath(path) {
    for (const f of layout_1.PLACEMENTS.fields.values())
        if (f.field.path === path)
            return f.sheet;
    for (const t of layout_1.PLACEMENTS.tables.values())
        if (path.startsWith(`${t.table.path}.`))
            return t.sheet;
    return "";
}
/** Runs every rule over the model; no exception escapes, every problem becomes a finding. */
function runRules(model, rules, where, profile = scoring_profile_1.DEFAULT_PROFILE) {
    const locations = where ?? (0, locations_1.layoutLocations)(model);
    const findings = [];
    for (const rule of rules) {
        try {
            rule.check({
                model,
                profile,
                at: (path) => locations[path] ?? { sheet: sheetOfPath(path) },
                report: (r) => findings.push((0, meta_1.toFinding)(rule.meta, r)),
            });
        }
        catch (e) {
            findings.push((0, meta_1.toFinding)(exports.ENGINE_ERROR, {
                messageId: "crashed",
                data: { rule: rule.meta.id, detail: e instanceof Error ? e.message : String(e) },
                cells: [],
            }));
        }
    }
    return withoutSlipEchoes(model, findings, (path) => locations[path]).filter(placed);
}
/**
 * A finding marked at a figure the workbook does not hold (its sheet, name or column is gone)
 * echoes the damage the reader already reported there: one fault, one finding.
 */
const placed = (f) => f.ruleId === exports.ENGINE_ERROR.id || f.cells[0]?.cell !== undefined;
/**
 * One slip, one finding (PRODUCT.md §5): a sum, rate or comparison computed from a figure typed
 * in 元 (执行率 984000 %) repeats the slip, so findings involving a slipped cell are dropped,
 * except the slip's own.
 */
function withoutSlipEchoes(model, findings, at) {
    let paths;
    try {
        paths = (0, unit_slips_1.slipPaths)(model);
    }
    catch {
        return findings; // a crash in the slip finder is reported by the amount-in-yuan rule itself
    }
    if (paths.size === 0)
        return findings;
    const key = (c) => `${c.sheet}!${c.cell}`;
    const slipped = new Set([...paths].flatMap((p) => {
        const c = at(p);
        return c?.cell ? [key(c)] : [];
    }));
    return findings.filter((f) => f.ruleId === UNIT_SLIP_RULE || !f.cells.some((c) => c.cell && slipped.has(key(c))));
}
