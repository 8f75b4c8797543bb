"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MEASURE_LABEL = exports.TP_MEASURES = exports.YEAR_LABEL = exports.TP_YEARS = exports.TP_LABEL = exports.TP_ITEMS = void 0;
/** 三公经费: the four items that make up the stated total, for the 三公 rules. */
exports.TP_ITEMS = ["abroad", "vehiclePurchase", "vehicleRunning", "reception"];
exports.TP_LABEL = {
    abroad: { zh: "因公出国(境)费", en: "official travel abroad" },
    vehiclePurchase: { zh: "公务用车购置费", en: "official vehicle purchase" },
    vehicleRunning: { zh: "公务用车运行维护费", en: "official vehicle running" },
    reception: { zh: "公务接待费", en: "official reception" },
    total: { zh: "三公经费合计", en: "three public expenses, total" },
};
exports.TP_YEARS = ["current", "previous"];
exports.YEAR_LABEL = {
    current: { zh: "本年", en: "this year" },
    previous: { zh: "上年", en: "previous year" },
};
exports.TP_MEASURES = ["budget", "actual"];
exports.MEASURE_LABEL = {
    budget: { zh: "预算", en: "budget" },
    actual: { zh: "实际", en: "actual" },
};
