import { FakeExcel, type ProfileName, type WorkbookState } from "../../test/fake-excel";
import { loadXlsx } from "../../test/fake-excel/xlsx";
import { OfficeWorkbook } from "../../src/workbook/office/office-workbook";
import {
  planValidate,
  planClear,
  validateRequest,
  clearRequest,
} from "../../src/workbook/validate";
import { planReport, reportRequest } from "../../src/workbook/report";
import type { ReadRequest, ReadResult, WriteOp } from "../../src/workbook/port";

export interface SyncFigure {
  job: "validate" | "report" | "clear";
  rows: string;
  profile: ProfileName;
  readSyncs: number;
  writeSyncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Each of the adapter's syncs: the exact bytes of the request Microsoft's client built. */
  readBytes: number[];
  writeBytes: number[];
  /** Requests the client sent by itself at the end of each Excel.run (releasing references). */
  cleanupRequests: number;
}

type Planner = (read: ReadResult, port: OfficeWorkbook) => { ops: WriteOp[] };

const JOBS: Record<
  SyncFigure["job"],
  { request: (p: OfficeWorkbook) => ReadRequest; plan: Planner }
> = {
  validate: {
    request: (p) => validateRequest(p.capabilities),
    plan: (r, p) => planValidate(r, { notes: p.capabilities.notes }),
  },
  report: {
    request: (p) => reportRequest(p.capabilities),
    plan: (r, p) => planReport(r, { charts: p.capabilities.charts }),
  },
  clear: { request: (p) => clearRequest(p.capabilities), plan: (r) => planClear(r) },
};

/** One job's round trips on the fake Excel: reads and writes counted apart. */
async function measure(
  job: SyncFigure["job"],
  rows: string,
  profile: ProfileName,
  state: WorkbookState
): Promise<SyncFigure> {
  const fake = new FakeExcel({ profile, state, calculate: false });
  const port = new OfficeWorkbook({
    run: fake.run,
    excel: fake.Excel,
    isSetSupported: (s, v) => fake.isSetSupported(s, v),
  });
  fake.resetStats();
  const read = await port.read(JOBS[job].request(port));
  const readRequests = [...fake.stats.requests];
  fake.resetStats();
  await port.write(JOBS[job].plan(read, port).ops);
  const writeRequests = fake.stats.requests;
  const all = [...readRequests, ...writeRequests];
  const reads = readRequests.filter((r) => !r.cleanup);
  const writes = writeRequests.filter((r) => !r.cleanup);
  return {
    job,
    rows,
    profile,
    readSyncs: reads.length,
    writeSyncs: writes.length,
    maxRequestBytes: Math.max(...all.map((r) => r.bytes)),
    maxResponseBytes: Math.max(...all.map((r) => r.responseBytes)),
    readBytes: reads.map((r) => r.bytes),
    writeBytes: writes.map((r) => r.bytes),
    cleanupRequests: all.filter((r) => r.cleanup).length,
  };
}

/** validate on a fresh workbook, clear after it, report on a fresh one: at each size. */
export async function syncFigures(
  workbooks: { rows: string; bytes: Buffer }[],
  profile: ProfileName = "web"
): Promise<SyncFigure[]> {
  const out: SyncFigure[] = [];
  for (const { rows, bytes } of workbooks) {
    const base = await loadXlsx(bytes);
    const validated = structuredClone(base);
    out.push(await measure("validate", rows, profile, validated));
    // A second validate meets its own record and marks: the run users repeat most.
    out.push({
      ...(await measure("validate", rows, profile, validated)),
      job: "validate",
      rows: `${rows} again`,
    });
    out.push(await measure("clear", rows, profile, validated));
    out.push(await measure("report", rows, profile, structuredClone(base)));
  }
  return out;
}
