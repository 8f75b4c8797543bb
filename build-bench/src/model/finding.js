"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SEVERITY_LABEL = void 0;
exports.SEVERITY_LABEL = {
    error: "错误",
    warning: "警告",
    info: "提示",
};
