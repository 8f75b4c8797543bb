"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SHEET_LOCKED = void 0;
/** A sheet validate must write into is protected with a password it does not know. */
exports.SHEET_LOCKED = {
    id: "sheet-locked",
    category: "completeness",
    severity: "error",
    description: "A sheet the add-in writes into (computed cells, marks, scores) is protected with a password; its writes are skipped and the rest of the run finishes.",
    messages: {
        locked: {
            zh: "工作表“{{sheet}}”设置了保护密码，本次未能在其中写入计算结果和标记。请在“审阅 > 撤销工作表保护”中取消密码后重新校验。",
            en: "Sheet “{{sheet}}” is protected with a password, so this run could not write its computed cells and marks there. Unprotect it (Review > Unprotect Sheet) and validate again.",
        },
    },
};
