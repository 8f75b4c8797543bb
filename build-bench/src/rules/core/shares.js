"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.shareColumn = void 0;
exports.shareRatio = shareRatio;
const relations_1 = require("./relations");
const expenditure_1 = require("./expenditure");
/** The column shares are taken on: 财政拨款 when that is the stated basis, else 实际支出. */
const shareColumn = (model) => model.expenditure.shares.basis === "财政拨款" ? "fiscal" : "actual";
exports.shareColumn = shareColumn;
/** A stated share of basic expenditure against 人员 (公用) / 基本 on the share column. */
function shareRatio(model, share) {
    const col = (0, exports.shareColumn)(model);
    const rate = model.expenditure.shares[share];
    const num = (0, expenditure_1.effectiveTotal)(model, share, col);
    const den = (0, expenditure_1.effectiveTotal)(model, "basic", col);
    const checkable = rate !== undefined && num && den && !num.suspect && !den.suspect;
    return { num, den, check: checkable ? (0, relations_1.ratioCheckOf)(num, den, rate) : undefined };
}
