"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.LIMITS = exports.UnreadableFileError = void 0;
exports.openXlsx = openXlsx;
const jszip_1 = __importDefault(require("jszip"));
const xlsx_workbook_1 = require("./xlsx-workbook");
/** A file that cannot be opened as an .xlsx workbook: one bilingual line for the user. */
class UnreadableFileError extends Error {
    constructor(zh, en) {
        super(`${zh} ${en}`);
        this.zh = zh;
        this.en = en;
    }
}
exports.UnreadableFileError = UnreadableFileError;
/**
 * Limits checked before ExcelJS loads anything (PRODUCT.md §10): first from the zip directory,
 * then while inflating, since a directory can lie. The template at 100× the sample's rows is far
 * below each; ExcelJS needs about ten times a part's size in memory, so a part is capped.
 */
exports.LIMITS = {
    entries: 5000,
    /** Total uncompressed bytes. */
    totalBytes: 200 * 1024 * 1024,
    /** One part (a sheet, the shared strings) uncompressed. */
    entryBytes: 40 * 1024 * 1024,
    /** Rows of one sheet, counted in its XML. */
    sheetRows: 100000,
};
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
function startsWith(data, magic) {
    return magic.every((b, i) => data[i] === b);
}
/** "EncryptionInfo" as the UTF-16LE stream name an encrypted OOXML package carries. */
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");
async function openXlsx(data) {
    if (startsWith(data, CFB_MAGIC)) {
        if (data.includes(ENCRYPTION_INFO)) {
            throw new UnreadableFileError("工作簿设置了打开密码（已加密），无法读取。请在 Excel 中取消密码后另存为 .xlsx 再试。", "The workbook is password-protected (encrypted). Remove the password in Excel, save as .xlsx and try again.");
        }
        throw new UnreadableFileError("这是旧版 Excel 97-2003（.xls）文件。请在 Excel 或 WPS 中“另存为” Excel 工作簿（.xlsx）后再试。", "This is an old Excel 97-2003 (.xls) file. Save it as an Excel workbook (.xlsx) and try again.");
    }
    if (!startsWith(data, [0x50, 0x4b, 0x03, 0x04])) {
        throw new UnreadableFileError("无法打开：该文件不是 Excel 工作簿（.xlsx）。", "Cannot open: the file is not an Excel workbook (.xlsx).");
    }
    let zip;
    try {
        zip = await jszip_1.default.loadAsync(data, { checkCRC32: false });
    }
    catch {
        throw new UnreadableFileError("无法打开：文件已损坏。", "Cannot open: the file is damaged.");
    }
    const files = Object.values(zip.files);
    // JSZip exposes sizes from the central directory only on its internal _data.
    const size = (f) => f._data?.uncompressedSize ?? 0;
    const total = files.reduce((s, f) => s + size(f), 0);
    if (files.length > exports.LIMITS.entries ||
        total > exports.LIMITS.totalBytes ||
        files.some((f) => size(f) > exports.LIMITS.entryBytes)) {
        throw tooLarge();
    }
    await checkInflated(zip);
    if (!zip.file("xl/workbook.xml")) {
        if (zip.file("word/document.xml")) {
            throw new UnreadableFileError("这是 Word 文档，不是 Excel 工作簿。", "This is a Word document, not an Excel workbook.");
        }
        throw new UnreadableFileError("无法打开：该文件不是 Excel 工作簿（.xlsx）。", "Cannot open: the file is not an Excel workbook (.xlsx).");
    }
    try {
        return await xlsx_workbook_1.XlsxWorkbook.fromZip(zip);
    }
    catch (e) {
        const detail = e instanceof Error ? e.message.split("\n")[0] : String(e);
        throw new UnreadableFileError(`工作簿已损坏或格式不受支持，无法读取（${detail}）。`, `The workbook is damaged or in an unsupported form and cannot be read (${detail}).`);
    }
}
const tooLarge = () => new UnreadableFileError("文件解压后过大，拒绝读取（可能是恶意文件）。", "The file would be too large once uncompressed; refused (it may be malicious).");
const tooManyRows = (sheet) => new UnreadableFileError(`工作表 ${sheet} 的行数超过 ${exports.LIMITS.sheetRows.toLocaleString("en-US")} 行，拒绝读取（绩效自评模板远用不到这么多行）。`, `Sheet ${sheet} has more than ${exports.LIMITS.sheetRows.toLocaleString("en-US")} rows; refused (the template never needs that many).`);
const ROW_TAG = Buffer.from("<row");
/**
 * Inflates each part once, counting what it really holds, and stops at the first limit passed:
 * the bytes (a directory may understate them) and a sheet's rows. Memory stays at one chunk.
 */
async function checkInflated(zip) {
    let total = 0;
    for (const f of Object.values(zip.files)) {
        if (f.dir)
            continue;
        const sheet = /^xl\/worksheets\/[^/]+\.xml$/.test(f.name) ? f.name : undefined;
        let bytes = 0;
        let rows = 0;
        let tail = Buffer.alloc(0);
        await new Promise((resolve, reject) => {
            const stream = f.nodeStream("nodebuffer");
            const stop = (e) => {
                stream.pause();
                reject(e);
            };
            stream
                .on("data", (chunk) => {
                if (stream.isPaused())
                    return;
                bytes += chunk.length;
                total += chunk.length;
                if (bytes > exports.LIMITS.entryBytes || total > exports.LIMITS.totalBytes)
                    return stop(tooLarge());
                if (!sheet)
                    return;
                // A tag split across two chunks is counted once: the tail overlaps by three bytes.
                const text = Buffer.concat([tail, chunk]);
                for (let i = text.indexOf(ROW_TAG); i >= 0; i = text.indexOf(ROW_TAG, i + 1))
                    rows++;
                tail = text.subarray(Math.max(0, text.length - (ROW_TAG.length - 1)));
                if (rows > exports.LIMITS.sheetRows)
                    stop(tooManyRows(sheet.replace(/^xl\/worksheets\//, "")));
            })
                .on("error", (e) => reject(damaged(e)))
                .on("end", () => resolve());
        });
    }
}
const damaged = (e) => new UnreadableFileError(`无法打开：文件已损坏（${e.message.split("\n")[0]}）。`, `Cannot open: the file is damaged (${e.message.split("\n")[0]}).`);
