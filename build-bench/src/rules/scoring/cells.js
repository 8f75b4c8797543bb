"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.scoreCells = scoreCells;
const template_1 = require("../../layout/template");
const relations_1 = require("../core/relations");
const num = (d) => d === undefined ? null : d.toDecimalPlaces(4).toNumber();
/** The 评分 sheet's result cells for a score, by defined name. */
function scoreCells(result, profile) {
    const out = new Map();
    for (const i of result.indicators) {
        out.set(template_1.SCORE_NAMES.points(i.id), i.points.toNumber());
        out.set(template_1.SCORE_NAMES.rate(i.id), num(i.rate));
        out.set(template_1.SCORE_NAMES.earned(i.id), i.earned === undefined ? null : i.earned.toDecimalPlaces(2).toNumber());
        out.set(template_1.SCORE_NAMES.note(i.id), i.note);
    }
    for (const l of result.levels) {
        out.set(template_1.SCORE_NAMES.levelPoints(l.level1), l.points.toNumber());
        out.set(template_1.SCORE_NAMES.level(l.level1), l.earned.toDecimalPlaces(2).toNumber());
    }
    const parts = [];
    if (result.complete)
        parts.push(`评分完整，按“${profile.name}”计分。`);
    else
        parts.push(`评分不完整：已计 ${(0, relations_1.show)(result.earned)} 分，缺少 ${result.missing.join("；")}。`);
    if (result.cap)
        parts.push(`预算执行率 ${(0, relations_1.show)(result.cap.rate.times(100), 2)}%，总分以 ${result.cap.cap} 分封顶。`);
    out.set(template_1.SCORE_NAMES.total, result.total === undefined ? null : result.total.toDecimalPlaces(2).toNumber());
    out.set(template_1.SCORE_NAMES.status, parts.join(""));
    out.set(template_1.SCORE_NAMES.grade, result.grade ?? null);
    return out;
}
