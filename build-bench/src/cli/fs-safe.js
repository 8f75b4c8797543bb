"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UserError = void 0;
exports.fsError = fsError;
exports.readInputFile = readInputFile;
exports.canonicalPath = canonicalPath;
exports.writtenByJixiao = writtenByJixiao;
exports.writeOutput = writeOutput;
exports.checkOutputs = checkOutputs;
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
/**
 * The CLI's promises about files (PRODUCT.md §5, §7): no output equals an input or another
 * output; a file Jixiao did not write, or that changed since, is replaced only with
 * --overwrite; writes are atomic; every file-system failure is one bilingual line naming the
 * path, never errno text.
 */
/** A failure the user can act on: printed as one line, exit code 2, never a stack trace. */
class UserError extends Error {
    constructor(zh, en) {
        super(`${zh} ${en}`);
        this.zh = zh;
        this.en = en;
    }
}
exports.UserError = UserError;
function errnoOf(e) {
    return e && typeof e === "object" && "code" in e && typeof e.code === "string"
        ? e.code
        : undefined;
}
/** A file-system error as one bilingual line; errno codes are translated, never shown. */
function fsError(e, path, action) {
    const zhVerb = action === "read" ? "读取" : "写入";
    switch (errnoOf(e)) {
        case "ENOENT":
            return action === "read"
                ? new UserError(`找不到文件：${path}。`, `File not found: ${path}.`)
                : new UserError(`无法写入 ${path}：路径不存在。`, `Cannot write ${path}: no such path.`);
        case "EISDIR":
            return new UserError(`${path} 是文件夹，不是文件。`, `${path} is a folder, not a file.`);
        case "ENOTDIR":
            return new UserError(`${path} 的上级路径中有一个是文件而不是文件夹。`, `A parent of ${path} is a file, not a folder.`);
        case "EACCES":
        case "EPERM":
            return new UserError(`没有权限${zhVerb} ${path}。`, `Permission denied: cannot ${action} ${path}.`);
        case "ENOSPC":
        case "EDQUOT":
            return new UserError(`磁盘空间不足，无法写入 ${path}，原文件未改动。`, `No space left on the disk to write ${path}; any existing file is unchanged.`);
        case "EROFS":
            return new UserError(`${path} 所在的磁盘是只读的。`, `${path} is on a read-only disk.`);
        case "ENAMETOOLONG":
            return new UserError(`路径过长：${path}。`, `The path is too long: ${path}.`);
        case "EBUSY":
        case "ETXTBSY":
            return new UserError(`${path} 正被其他程序占用（是否在 Excel 中打开着？），请关闭后再试。`, `${path} is in use by another program (open in Excel?); close it and try again.`);
        case "EEXIST":
            return new UserError(`无法创建 ${path}：同名的文件已存在。`, `Cannot create ${path}: a file of that name exists.`);
        default:
            return new UserError(`无法${zhVerb} ${path}（系统报告了文件错误）。`, `Cannot ${action} ${path} (the system reported a file error).`);
    }
}
function statOrUndefined(path) {
    try {
        return (0, node_fs_1.statSync)(path);
    }
    catch (e) {
        const code = errnoOf(e);
        if (code === "ENOENT")
            return undefined;
        if (code === "ENOTDIR")
            throw fsError(e, path, "write");
        throw fsError(e, path, "read");
    }
}
/** Reads an input file; a folder, a missing file or a refused read is one clear line. */
function readInputFile(path) {
    const st = statOrUndefined(path);
    if (!st)
        throw fsError({ code: "ENOENT" }, path, "read");
    if (st.isDirectory())
        throw fsError({ code: "EISDIR" }, path, "read");
    try {
        return (0, node_fs_1.readFileSync)(path);
    }
    catch (e) {
        throw fsError(e, path, "read");
    }
}
/**
 * The path a file has or would have, with symlinks, `.`/`..` and case (where the file system
 * ignores it) resolved: the nearest existing ancestor is made real, the rest appended.
 */
function canonicalPath(path) {
    let head = (0, node_path_1.resolve)(path);
    const tail = [];
    for (;;) {
        try {
            head = node_fs_1.realpathSync.native(head);
            break;
        }
        catch {
            const parent = (0, node_path_1.dirname)(head);
            if (parent === head)
                break;
            tail.unshift((0, node_path_1.basename)(head));
            head = parent;
        }
    }
    const full = (0, node_path_1.join)(head, ...tail);
    return process.platform === "win32" || process.platform === "darwin" ? full.toLowerCase() : full;
}
/** Same file on disk (hard links included) or, when absent, the same canonical path. */
function sameFile(a, b) {
    const sa = statOrUndefined(a);
    const sb = statOrUndefined(b);
    if (sa && sb)
        return sa.dev === sb.dev && sa.ino === sb.ino;
    return canonicalPath(a) === canonicalPath(b);
}
const sha256 = (data) => (0, node_crypto_1.createHash)("sha256").update(data).digest("hex");
/**
 * What Jixiao wrote, per user: canonical path → SHA-256 of the bytes written. A file whose
 * bytes still match was written by Jixiao and not changed since, so it may be replaced.
 * JIXIAO_STATE_DIR moves it (tests use a fresh folder).
 */
function ledgerFile() {
    const base = process.env.JIXIAO_STATE_DIR ??
        (process.platform === "win32" && process.env.LOCALAPPDATA
            ? (0, node_path_1.join)(process.env.LOCALAPPDATA, "jixiao")
            : (0, node_path_1.join)(process.env.XDG_STATE_HOME ?? (0, node_path_1.join)((0, node_os_1.homedir)(), ".local", "state"), "jixiao"));
    return (0, node_path_1.join)(base, "written.json");
}
function readLedger() {
    try {
        const parsed = JSON.parse((0, node_fs_1.readFileSync)(ledgerFile(), "utf8"));
        return parsed && typeof parsed === "object" ? parsed : {};
    }
    catch {
        return {};
    }
}
/** True when `path` holds exactly the bytes Jixiao last wrote there. */
function writtenByJixiao(path) {
    const recorded = readLedger()[canonicalPath(path)];
    if (!recorded)
        return false;
    try {
        return sha256((0, node_fs_1.readFileSync)(path)) === recorded;
    }
    catch {
        return false;
    }
}
/** The ledger is a convenience: failing to update it only means --overwrite is asked later. */
function recordWrite(path, data) {
    try {
        const ledger = readLedger();
        ledger[canonicalPath(path)] = sha256(data);
        const file = ledgerFile();
        (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(file), { recursive: true });
        atomicWrite(file, `${JSON.stringify(ledger, null, 1)}\n`);
    }
    catch {
        // Not recorded: the next run asks for --overwrite before replacing this file.
    }
}
/** Writes beside the target, then renames over it: an interrupted run leaves the old file. */
function atomicWrite(path, data) {
    const tmp = (0, node_path_1.join)((0, node_path_1.dirname)(path), `.${(0, node_path_1.basename)(path)}.${(0, node_crypto_1.randomBytes)(6).toString("hex")}.tmp`);
    let fd;
    try {
        fd = (0, node_fs_1.openSync)(tmp, "wx");
        const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
        let offset = 0;
        while (offset < bytes.length)
            offset += (0, node_fs_1.writeSync)(fd, bytes, offset);
        (0, node_fs_1.fsyncSync)(fd);
        (0, node_fs_1.closeSync)(fd);
        fd = undefined;
        (0, node_fs_1.renameSync)(tmp, path);
    }
    catch (e) {
        if (fd !== undefined)
            (0, node_fs_1.closeSync)(fd);
        try {
            (0, node_fs_1.unlinkSync)(tmp);
        }
        catch {
            // The temporary file was never created.
        }
        throw e;
    }
}
/** Writes an output file atomically, creating its folder, and records it as Jixiao's. */
function writeOutput(path, bytesOrText) {
    const data = typeof bytesOrText === "string" ? bytesOrText : Buffer.from(bytesOrText);
    try {
        (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)((0, node_path_1.resolve)(path)), { recursive: true });
        atomicWrite(path, data);
    }
    catch (e) {
        // A missing parent after mkdir means some parent is a file.
        throw fsError(errnoOf(e) === "EEXIST" ? { code: "ENOTDIR" } : e, path, "write");
    }
    recordWrite(path, data);
}
/**
 * Checks every output before anything is read or written: no output equals an input or another
 * output; no output is a folder or sits under a file; an existing file that Jixiao did not
 * write (or that changed since) needs --overwrite.
 */
function checkOutputs(inputs, outputs, overwrite = false) {
    for (const [i, out] of outputs.entries()) {
        for (const other of outputs.slice(0, i)) {
            if (sameFile(out.path, other.path)) {
                throw new UserError(`${other.option} 与 ${out.option} 指向同一个文件 ${out.path}，一个会覆盖另一个；请为它们另选不同的文件名。`, `${other.option} and ${out.option} name the same file ${out.path}; one would overwrite the other. Choose different names.`);
            }
        }
        for (const input of inputs) {
            if (!sameFile(out.path, input))
                continue;
            if (out.mayReplaceInput && overwrite)
                continue;
            throw out.mayReplaceInput
                ? new UserError(`输出文件与输入文件相同：${out.path}。命令行不会覆盖输入文件；请另选输出文件，或加 --overwrite。`, `Output ${out.option} is the input file ${out.path}; choose another output or pass --overwrite.`)
                : new UserError(`${out.option} 指向输入文件 ${out.path}，写出会毁掉输入；请另选输出文件名。`, `${out.option} names the input file ${out.path}; writing it would destroy the input. Choose another name.`);
        }
        const st = statOrUndefined(out.path);
        if (!st) {
            parentsAreFolders(out.path);
            continue;
        }
        if (st.isDirectory())
            throw fsError({ code: "EISDIR" }, out.path, "write");
        const isInput = inputs.some((input) => sameFile(out.path, input));
        if (!overwrite && !isInput && !writtenByJixiao(out.path)) {
            throw new UserError(`${out.path} 已存在，且不是绩效自评助手写出的（或写出后被修改过）；为免丢失其中内容，未写入任何文件。请另选文件名，或加 --overwrite 覆盖。`, `${out.path} exists and was not written by Jixiao (or was changed since); nothing was written. Choose another name or pass --overwrite to replace it.`);
        }
    }
}
/** "Path under a file": refused before anything is written. */
function parentsAreFolders(path) {
    let p = (0, node_path_1.dirname)((0, node_path_1.resolve)(path));
    for (;;) {
        const st = statOrUndefined(p);
        if (st) {
            if (!st.isDirectory())
                throw fsError({ code: "ENOTDIR" }, path, "write");
            return;
        }
        const parent = (0, node_path_1.dirname)(p);
        if (parent === p)
            return;
        p = parent;
    }
}
