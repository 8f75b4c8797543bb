"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.guardWrite = guardWrite;
const address_1 = require("./address");
const errors_1 = require("./errors");
const state_1 = require("./state");
function allUnlocked(sheet, rect) {
    let unlocked = 0;
    for (const [, , cell] of (0, state_1.storedCellsIn)(sheet, rect)) {
        if (!cell.format.locked)
            unlocked += 1;
    }
    return unlocked === (0, address_1.rectArea)(rect);
}
function allowedOnProtected(sheet, kind, rect) {
    const o = sheet.protection.options;
    switch (kind) {
        case "contents":
            // Excel lets anyone type into unlocked cells of a protected sheet; the API too.
            return rect !== undefined && allUnlocked(sheet, rect);
        case "format":
        case "conditionalFormats":
            return o.allowFormatCells;
        case "columns":
            return o.allowFormatColumns;
        case "rows":
            return o.allowFormatRows;
        case "notes":
        case "objects":
            return o.allowEditObjects;
        default:
            return false;
    }
}
/** Excel refuses writes to a protected sheet (AccessDenied) unless its options allow the kind. */
function guardWrite(sheet, kind, rect) {
    if (!sheet.protection.protected)
        return;
    if (allowedOnProtected(sheet, kind, rect))
        return;
    throw (0, errors_1.richError)("AccessDenied", `The cell or chart you're trying to change is on a protected sheet (${sheet.name}, ${kind}).`);
}
