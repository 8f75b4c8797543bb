"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.workbookOf = exports.sampleModel = void 0;
exports.scaled = scaled;
exports.withIndicators = withIndicators;
const node_fs_1 = require("node:fs");
const evaluation_1 = require("../../src/model/evaluation");
const template_1 = require("../../src/cli/template");
const sampleModel = () => evaluation_1.Evaluation.parse(JSON.parse((0, node_fs_1.readFileSync)("assets/sample.json", "utf8")));
exports.sampleModel = sampleModel;
const times = (list, k) => Array.from({ length: k }, () => list).flat();
/** The sample with every list k times as long (figures as they are: totals then disagree). */
function scaled(k, m = (0, exports.sampleModel)()) {
    const out = structuredClone(m);
    out.expenditure.items = times(m.expenditure.items, k);
    out.projects = times(m.projects, k);
    out.indicators = times(m.indicators, k);
    out.profile.internalBodies = times(m.profile.internalBodies, k);
    out.profile.duties = times(m.profile.duties, k);
    out.narrative.achievements = times(m.narrative.achievements, k);
    return out;
}
/** The sample with exactly `n` indicator rows. */
function withIndicators(n) {
    const m = (0, exports.sampleModel)();
    const out = structuredClone(m);
    out.indicators = Array.from({ length: n }, (_, i) => m.indicators[i % m.indicators.length]);
    return out;
}
const workbookOf = (m) => (0, template_1.templateXlsx)(m);
exports.workbookOf = workbookOf;
