/**
 * Hostile files through the CLI (PRODUCT.md §10, issue 13): each is refused with one clear
 * bilingual line and exit 2, nothing written, within bounded memory. The big ones are made here
 * at run time from one compressed chunk repeated (a deflate block ended by a full flush stands
 * alone), so a 4 GB bomb takes milliseconds to make. JIXIAO_HOSTILE_TABLE=1 prints the peak RSS
 * of each, as docs/benchmarks.md records it.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { constants, crc32, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import JSZip from "jszip";

const dir = mkdtempSync(join(tmpdir(), "jixiao-hostile-"));

/** Peak RSS a refusal may take: a bare `validate` of the sample takes about 115 MB. */
const RSS_BOUND_MB = 250;

interface Entry {
  name: string;
  /** Raw deflate data, or stored bytes. */
  data: Buffer;
  deflated: boolean;
  /** Uncompressed size written in the headers (a bomb may lie). */
  size: number;
  crc: number;
}

const stored = (name: string, text: string): Entry => {
  const data = Buffer.from(text);
  return { name, data, deflated: false, size: data.length, crc: crc32(data) };
};

/** `chunk` repeated `times`, deflated once: a full flush makes each block independent. */
function repeated(name: string, head: string, chunk: string, times: number, foot: string): Entry {
  const flush = { finishFlush: constants.Z_FULL_FLUSH, level: 1 };
  const c = deflateRawSync(Buffer.from(chunk), flush);
  const parts = [deflateRawSync(Buffer.from(head), flush)];
  for (let i = 0; i < times; i++) parts.push(c);
  parts.push(deflateRawSync(Buffer.from(foot)));
  const size = Buffer.byteLength(head) + Buffer.byteLength(chunk) * times + Buffer.byteLength(foot);
  // The CLI reads without checking CRCs; computing one over gigabytes would cost the test time.
  return { name, data: Buffer.concat(parts), deflated: true, size, crc: 0 };
}

/** A zip written by hand, so sizes can be stated as a bomb states them. */
function zip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(e.deflated ? 8 : 0, 8);
    h.writeUInt16LE(0x21, 12);
    h.writeUInt32LE(e.crc >>> 0, 14);
    h.writeUInt32LE(e.data.length, 18);
    h.writeUInt32LE(Math.min(e.size, 0xfffffffe), 22);
    h.writeUInt16LE(name.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(e.deflated ? 8 : 0, 10);
    c.writeUInt16LE(0x21, 14);
    c.writeUInt32LE(e.crc >>> 0, 16);
    c.writeUInt32LE(e.data.length, 20);
    c.writeUInt32LE(Math.min(e.size, 0xfffffffe), 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    locals.push(h, name, e.data);
    central.push(c, name);
    offset += h.length + name.length + e.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The parts every workbook has, around one sheet (and shared strings when given). */
function workbook(sheet: Entry, sharedStrings?: Entry): Buffer {
  const ct =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
    (sharedStrings
      ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
      : "") +
    "</Types>";
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const rels = (...r: string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${r.join("")}</Relationships>`;
  return zip([
    stored("[Content_Types].xml", ct),
    stored("_rels/.rels", rels(rel("rId1", "officeDocument", "xl/workbook.xml"))),
    stored(
      "xl/workbook.xml",
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    stored(
      "xl/_rels/workbook.xml.rels",
      rels(
        rel("rId1", "worksheet", "worksheets/sheet1.xml"),
        ...(sharedStrings ? [rel("rId2", "sharedStrings", "sharedStrings.xml")] : [])
      )
    ),
    sheet,
    ...(sharedStrings ? [sharedStrings] : []),
  ]);
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_FOOT = "</sheetData></worksheet>";

/** Bytes from a fixed seed, so the "random" file is the same every run. */
function noise(n: number): Buffer {
  const b = Buffer.alloc(n);
  let s = 20261125;
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    b[i] = s >>> 16;
  }
  return b;
}

/** A compound file (OLE2) as old .xls files and encrypted .xlsx packages are. */
function compoundFile(streamName?: string): Buffer {
  const b = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b);
  if (streamName) Buffer.from(streamName, "utf16le").copy(b, 1024);
  else Buffer.from("Workbook", "utf16le").copy(b, 1024);
  return b;
}

async function foreignWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("预算表");
  ws.addRow(["科目", "金额"]);
  ws.addRow(["办公费", 12.5]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function wordDocument(): Promise<Buffer> {
  const z = new JSZip();
  z.file("[Content_Types].xml", "<Types/>");
  z.file("word/document.xml", "<w:document/>");
  return z.generateAsync({ type: "nodebuffer" });
}

const ROW = '<row><c t="n"><v>1</v></c></row>';
const ZEROS = "0".repeat(1 << 20);

/** Each hostile file, made at run time: name, bytes, what the line must say. */
const CASES: [string, () => Buffer | Promise<Buffer>, RegExp][] = [
  ["empty.xlsx", () => Buffer.alloc(0), /不是 Excel 工作簿/],
  ["random-bytes.xlsx", () => noise(65536), /不是 Excel 工作簿/],
  [
    "truncated.xlsx",
    () => {
      const b = readFileSync("assets/sample.xlsx");
      return b.subarray(0, b.length >> 1);
    },
    /损坏/,
  ],
  ["word-renamed.xlsx", wordDocument, /Word 文档/],
  ["password.xlsx", () => compoundFile("EncryptionInfo"), /密码/],
  ["old-format.xls", () => compoundFile(), /\.xls/],
  ["other-template.xlsx", foreignWorkbook, /不是绩效自评模板/],
  [
    "million-rows.xlsx",
    () =>
      workbook(
        repeated("xl/worksheets/sheet1.xml", SHEET_HEAD, ROW.repeat(1000), 1000, SHEET_FOOT)
      ),
    /行数超过/,
  ],
  [
    "zip-bomb-4gb.xlsx",
    () => workbook(repeated("xl/worksheets/sheet1.xml", SHEET_HEAD, ZEROS, 4000, SHEET_FOOT)),
    /过大/,
  ],
  [
    "zip-bomb-lying-sizes.xlsx",
    () => {
      const e = repeated("xl/worksheets/sheet1.xml", SHEET_HEAD, ZEROS, 4000, SHEET_FOOT);
      return workbook({ ...e, size: 1000 });
    },
    /过大/,
  ],
  [
    "shared-strings-100mb.xlsx",
    () =>
      workbook(
        stored(
          "xl/worksheets/sheet1.xml",
          `${SHEET_HEAD}<row><c t="s"><v>0</v></c></row>${SHEET_FOOT}`
        ),
        repeated(
          "xl/sharedStrings.xml",
          '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
          `<si><t>${"绩效".repeat(170)}</t></si>`.repeat(100),
          1000,
          "</sst>"
        )
      ),
    /过大/,
  ],
];

/**
 * The CLI in a child process that reports its own peak RSS (kB) on a last stderr line. Linux's
 * VmHWM belongs to the process since exec; getrusage's maxRSS would also count the jest worker
 * the child was forked from.
 */
function validateFile(file: string) {
  const script =
    "const peak=()=>{try{return /VmHWM:\\s*(\\d+)/.exec(require('fs').readFileSync('/proc/self/status','utf8'))[1]}catch{return process.resourceUsage().maxRSS}};" +
    "require('./build/cli/main.js').main(['node','jixiao','validate',process.argv[1]])" +
    ".then((c)=>{process.stderr.write('\\nRSS '+peak()+'\\n');process.exit(c)})";
  const r = spawnSync(process.execPath, ["-e", script, file], { encoding: "utf8", timeout: 60000 });
  const lines = r.stderr.split("\n").filter((l) => l.trim());
  const rss = Number(/^RSS (\d+)$/.exec(lines.pop() ?? "")?.[1]);
  return { code: r.status, stdout: r.stdout, lines, rssMB: Math.round(rss / 1024) };
}

const table: string[] = [];
afterAll(() => {
  if (process.env.JIXIAO_HOSTILE_TABLE) console.log(table.join("\n"));
});

test.each(CASES)("%s: one bilingual line, exit 2, bounded memory", async (name, make, says) => {
  const file = join(dir, name);
  writeFileSync(file, await make());
  const before = readdirSync(dir).sort();
  const r = validateFile(file);
  expect([r.code, r.stdout, r.lines.length]).toEqual([2, "", 1]);
  const [line] = r.lines;
  expect(line).toMatch(/^错误：.*[\u4e00-\u9fff].* Error: .*[A-Za-z]{3}/);
  expect(line).toMatch(says);
  expect(line).not.toMatch(/\n|\s+at\s+\S+\s\(|undefined|\[object/);
  expect(r.rssMB).toBeLessThan(RSS_BOUND_MB);
  expect(readdirSync(dir).sort()).toEqual(before);
  table.push(`| ${name} | ${r.rssMB} | ${line.split(`${dir}/`).join("")} |`);
});
