"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PROFILES = exports.WEB_PAYLOAD_LIMIT = void 0;
exports.compareVersions = compareVersions;
exports.profileSupports = profileSupports;
/** 5 MB, counted in decimal megabytes: stricter than 5 MiB, so an adapter that passes here passes there. */
exports.WEB_PAYLOAD_LIMIT = 5000000;
exports.PROFILES = {
    ltsc2021: { name: "ltsc2021", excelApi: "1.14", payloadLimit: null },
    ltsc2024: { name: "ltsc2024", excelApi: "1.17", payloadLimit: null },
    m365: { name: "m365", excelApi: "1.20", payloadLimit: null },
    web: { name: "web", excelApi: "1.20", payloadLimit: exports.WEB_PAYLOAD_LIMIT },
};
/** Compares "1.9" and "1.14" as versions, not as decimals. */
function compareVersions(a, b) {
    const pa = a.split(".").map(Number);
    const pb = b.split(".").map(Number);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d !== 0)
            return Math.sign(d);
    }
    return 0;
}
/** What Office.context.requirements.isSetSupported answers on this profile. */
function profileSupports(profile, set, version) {
    if (set.toLowerCase() !== "excelapi")
        return false;
    if (version === undefined)
        return true;
    return compareVersions(String(version), profile.excelApi) <= 0;
}
