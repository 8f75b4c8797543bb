import { createHash, randomBytes } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from "node:fs";
import { homedir } from "node:os";
import { basename, dirname, extname, join, resolve } from "node:path";

/**
 * The CLI's promises about files (PRODUCT.md §5, §7): no output equals an input or another
 * output; a file Jixiao did not write, or that changed since, is replaced only with
 * --overwrite; writes are atomic; every file-system failure is one bilingual line naming the
 * path, never errno text.
 */

/** A failure the user can act on: printed as one line, exit code 2, never a stack trace. */
export class UserError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string
  ) {
    super(`${zh} ${en}`);
  }
}

type Action = "read" | "write";

function errnoOf(e: unknown): string | undefined {
  return e && typeof e === "object" && "code" in e && typeof e.code === "string"
    ? e.code
    : undefined;
}

/** A file-system error as one bilingual line; errno codes are translated, never shown. */
export function fsError(e: unknown, path: string, action: Action): UserError {
  const zhVerb = action === "read" ? "读取" : "写入";
  switch (errnoOf(e)) {
    case "ENOENT":
      return action === "read"
        ? new UserError(`找不到文件：${path}。`, `File not found: ${path}.`)
        : new UserError(`无法写入 ${path}：路径不存在。`, `Cannot write ${path}: no such path.`);
    case "EISDIR":
      return new UserError(`${path} 是文件夹，不是文件。`, `${path} is a folder, not a file.`);
    case "ENOTDIR":
      return new UserError(
        `${path} 的上级路径中有一个是文件而不是文件夹。`,
        `A parent of ${path} is a file, not a folder.`
      );
    case "EACCES":
    case "EPERM":
      return new UserError(
        `没有权限${zhVerb} ${path}。`,
        `Permission denied: cannot ${action} ${path}.`
      );
    case "ENOSPC":
    case "EDQUOT":
      return new UserError(
        `磁盘空间不足，无法写入 ${path}，原文件未改动。`,
        `No space left on the disk to write ${path}; any existing file is unchanged.`
      );
    case "EROFS":
      return new UserError(`${path} 所在的磁盘是只读的。`, `${path} is on a read-only disk.`);
    case "ENAMETOOLONG":
      return new UserError(`路径过长：${path}。`, `The path is too long: ${path}.`);
    case "EBUSY":
    case "ETXTBSY":
      return new UserError(
        `${path} 正被其他程序占用（是否在 Excel 中打开着？），请关闭后再试。`,
        `${path} is in use by another program (open in Excel?); close it and try again.`
      );
    case "EEXIST":
      return new UserError(
        `无法创建 ${path}：同名的文件已存在。`,
        `Cannot create ${path}: a file of that name exists.`
      );
    default:
      return new UserError(
        `无法${zhVerb} ${path}（系统报告了文件错误）。`,
        `Cannot ${action} ${path} (the system reported a file error).`
      );
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (e) {
    const code = errnoOf(e);
    if (code === "ENOENT") return undefined;
    if (code === "ENOTDIR") throw fsError(e, path, "write");
    throw fsError(e, path, "read");
  }
}

/** Reads an input file; a folder, a missing file or a refused read is one clear line. */
export function readInputFile(path: string): Buffer {
  const st = statOrUndefined(path);
  if (!st) throw fsError({ code: "ENOENT" }, path, "read");
  if (st.isDirectory()) throw fsError({ code: "EISDIR" }, path, "read");
  try {
    return readFileSync(path);
  } catch (e) {
    throw fsError(e, path, "read");
  }
}

/**
 * The path a file has or would have, with symlinks, `.`/`..` and case (where the file system
 * ignores it) resolved: the nearest existing ancestor is made real, the rest appended.
 */
export function canonicalPath(path: string): string {
  let head = resolve(path);
  const tail: string[] = [];
  for (;;) {
    try {
      head = realpathSync.native(head);
      break;
    } catch {
      const parent = dirname(head);
      if (parent === head) break;
      tail.unshift(basename(head));
      head = parent;
    }
  }
  const full = join(head, ...tail);
  return process.platform === "win32" || process.platform === "darwin" ? full.toLowerCase() : full;
}

/** Same file on disk (hard links included) or, when absent, the same canonical path. */
function sameFile(a: string, b: string): boolean {
  const sa = statOrUndefined(a);
  const sb = statOrUndefined(b);
  if (sa && sb) return sa.dev === sb.dev && sa.ino === sb.ino;
  return canonicalPath(a) === canonicalPath(b);
}

const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest("hex");

/**
 * What Jixiao wrote, per user: canonical path → SHA-256 of the bytes written. A file whose
 * bytes still match was written by Jixiao and not changed since, so it may be replaced.
 * JIXIAO_STATE_DIR moves it (tests use a fresh folder).
 */
function ledgerFile(): string {
  const base =
    process.env.JIXIAO_STATE_DIR ??
    (process.platform === "win32" && process.env.LOCALAPPDATA
      ? join(process.env.LOCALAPPDATA, "jixiao")
      : join(process.env.XDG_STATE_HOME ?? join(homedir(), ".local", "state"), "jixiao"));
  return join(base, "written.json");
}

function readLedger(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(ledgerFile(), "utf8"));
    return parsed && typeof parsed === "object" ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** True when `path` holds exactly the bytes Jixiao last wrote there. */
export function writtenByJixiao(path: string): boolean {
  const recorded = readLedger()[canonicalPath(path)];
  if (!recorded) return false;
  try {
    return sha256(readFileSync(path)) === recorded;
  } catch {
    return false;
  }
}

/** The ledger is a convenience: failing to update it only means --overwrite is asked later. */
function recordWrite(path: string, data: Buffer | string): void {
  try {
    const ledger = readLedger();
    ledger[canonicalPath(path)] = sha256(data);
    const file = ledgerFile();
    mkdirSync(dirname(file), { recursive: true });
    atomicWrite(file, `${JSON.stringify(ledger, null, 1)}\n`);
  } catch {
    // Not recorded: the next run asks for --overwrite before replacing this file.
  }
}

/** A temporary file beside `path`, written and flushed; its name is returned. */
function writeTemporary(path: string, data: Buffer | string): string {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, "wx");
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    return tmp;
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    removeQuietly(tmp);
    throw e;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Never created, or already gone.
  }
}

/** Writes beside the target, then renames over it: an interrupted run leaves the old file. */
function atomicWrite(path: string, data: Buffer | string): void {
  const tmp = writeTemporary(path, data);
  try {
    renameSync(tmp, path);
  } catch (e) {
    removeQuietly(tmp);
    throw e;
  }
}

/** Writes an output file atomically, creating its folder, and records it as Jixiao's. */
export function writeOutput(path: string, bytesOrText: Uint8Array | string): void {
  writeOutputs([{ path, data: bytesOrText }]);
}

/**
 * Writes several outputs of one command as one step: every file is first written beside its
 * target, and only when all of them are on disk are they renamed into place. A failure on any
 * (an unwritable --docx folder, a full disk) leaves none of them, and no file is replaced.
 */
export function writeOutputs(files: { path: string; data: Uint8Array | string }[]): void {
  const staged: { path: string; tmp: string; data: Buffer | string }[] = [];
  const fail = (e: unknown, path: string): never => {
    for (const s of staged) removeQuietly(s.tmp);
    // A missing parent after mkdir means some parent is a file.
    throw fsError(errnoOf(e) === "EEXIST" ? { code: "ENOTDIR" } : e, path, "write");
  };
  for (const f of files) {
    const data = typeof f.data === "string" ? f.data : Buffer.from(f.data);
    try {
      mkdirSync(dirname(resolve(f.path)), { recursive: true });
      staged.push({ path: f.path, tmp: writeTemporary(f.path, data), data });
    } catch (e) {
      fail(e, f.path);
    }
  }
  for (const [i, s] of staged.entries()) {
    try {
      renameSync(s.tmp, s.path);
    } catch (e) {
      // The files renamed before this one are in place (and Jixiao's); the rest are removed.
      for (const done of staged.splice(0, i)) recordWrite(done.path, done.data);
      fail(e, s.path);
    }
  }
  for (const s of staged) recordWrite(s.path, s.data);
}

export interface Output {
  path: string;
  /** How the option is named in messages, e.g. "-o" or "--docx". */
  option: string;
  /** This output may be the input file itself when --overwrite is given (validate, clear, report -o). */
  mayReplaceInput?: boolean;
  /** The kind of file written: a name saying another kind ("-o 报告.docx" for a workbook) is refused. */
  kind?: FileKind;
}

export type FileKind = "xlsx" | "docx" | "json";

const KIND_LABEL: Record<FileKind, { zh: string; en: string }> = {
  xlsx: { zh: " Excel 工作簿", en: "an Excel workbook (.xlsx)" },
  docx: { zh: " Word 文档", en: "a Word document (.docx)" },
  json: { zh: " JSON 文件", en: "a JSON file (.json)" },
};

/** Extensions that name some other kind of file; an unusual or missing extension is the user's choice. */
const OTHER_KINDS = new Set([
  ".xlsx",
  ".xlsm",
  ".xls",
  ".et",
  ".docx",
  ".doc",
  ".wps",
  ".json",
  ".pdf",
  ".csv",
  ".txt",
  ".md",
  ".html",
  ".ods",
  ".odt",
]);

/** "-o 报告.docx" where a workbook is written would give a Word-named file Word cannot open. */
function checkKind(out: Output): void {
  if (!out.kind) return;
  const ext = extname(out.path).toLowerCase();
  if (ext === `.${out.kind}` || !OTHER_KINDS.has(ext)) return;
  const label = KIND_LABEL[out.kind];
  const hint =
    out.kind === "xlsx" && ext === ".docx"
      ? { zh: "（Word 文件请用 --docx 指定）", en: " (give the Word file with --docx)" }
      : { zh: "", en: "" };
  throw new UserError(
    `${out.option} 写出的是${label.zh}，但文件名 ${out.path} 的扩展名是 ${ext}；请改用 .${out.kind}${hint.zh}。未写入任何文件。`,
    `${out.option} writes ${label.en}, but ${out.path} ends in ${ext}; use .${out.kind}${hint.en}. Nothing was written.`
  );
}

/**
 * Checks every output before anything is read or written: no output equals an input or another
 * output; no output is a folder or sits under a file; an existing file that Jixiao did not
 * write (or that changed since) needs --overwrite.
 */
export function checkOutputs(inputs: string[], outputs: Output[], overwrite = false): void {
  for (const out of outputs) checkKind(out);
  for (const [i, out] of outputs.entries()) {
    for (const other of outputs.slice(0, i)) {
      if (sameFile(out.path, other.path)) {
        throw new UserError(
          `${other.option} 与 ${out.option} 指向同一个文件 ${out.path}，一个会覆盖另一个；请为它们另选不同的文件名。`,
          `${other.option} and ${out.option} name the same file ${out.path}; one would overwrite the other. Choose different names.`
        );
      }
    }
    for (const input of inputs) {
      if (!sameFile(out.path, input)) continue;
      if (out.mayReplaceInput && overwrite) continue;
      throw out.mayReplaceInput
        ? new UserError(
            `输出文件与输入文件相同：${out.path}。命令行不会覆盖输入文件；请另选输出文件，或加 --overwrite。`,
            `Output ${out.option} is the input file ${out.path}; choose another output or pass --overwrite.`
          )
        : new UserError(
            `${out.option} 指向输入文件 ${out.path}，写出会毁掉输入；请另选输出文件名。`,
            `${out.option} names the input file ${out.path}; writing it would destroy the input. Choose another name.`
          );
    }
    const st = statOrUndefined(out.path);
    if (!st) {
      parentsAreFolders(out.path);
      continue;
    }
    if (st.isDirectory()) throw fsError({ code: "EISDIR" }, out.path, "write");
    const isInput = inputs.some((input) => sameFile(out.path, input));
    if (!overwrite && !isInput && !writtenByJixiao(out.path)) {
      throw new UserError(
        `${out.path} 已存在，且不是绩效自评助手写出的（或写出后被修改过）；为免丢失其中内容，未写入任何文件。请另选文件名，或加 --overwrite 覆盖。`,
        `${out.path} exists and was not written by Jixiao (or was changed since); nothing was written. Choose another name or pass --overwrite to replace it.`
      );
    }
  }
}

/** "Path under a file": refused before anything is written. */
function parentsAreFolders(path: string): void {
  let p = dirname(resolve(path));
  for (;;) {
    const st = statOrUndefined(p);
    if (st) {
      if (!st.isDirectory()) throw fsError({ code: "ENOTDIR" }, path, "write");
      return;
    }
    const parent = dirname(p);
    if (parent === p) return;
    p = parent;
  }
}
