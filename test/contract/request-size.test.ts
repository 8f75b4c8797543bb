/**
 * The request size is the wire size. TOOLCHAIN.md, Office facts: "a request over the size cap
 * is refused whole (RequestPayloadSizeLimitExceeded), so splitting and retrying is safe. The
 * wire size is roughly twice the compact JSON of the values."
 */
import { FakeExcel } from "../fake-excel";
import { cellOf } from "../fake-excel/helpers";
import { OfficeWorkbook } from "../../src/workbook/office/office-workbook";
import { wireBytes } from "../../src/workbook/batching";
import type { WriteOp } from "../../src/workbook/port";

const portOn = (fake: FakeExcel) =>
  new OfficeWorkbook({
    run: fake.run,
    excel: fake.Excel,
    isSetSupported: (s, v) => fake.isSetSupported(s, v),
  });

/** 2,000 text cells in one op, about 120 KB of values. */
const bigOp = (): WriteOp => ({
  op: "cells",
  sheet: "Sheet1",
  cells: Array.from({ length: 2000 }, (_, i) => ({
    address: `A${i + 1}`,
    value: `第${i + 1}行：说明文字说明文字说明文字`,
  })),
});

test("the estimate is at least what the request weighs on the wire", async () => {
  const fake = new FakeExcel({ profile: "web" });
  const op = bigOp();
  await portOn(fake).write([op]);
  // Microsoft's client ends Excel.run with a request of its own (releasing kept references):
  // the write is the largest request, not the last.
  const sent = fake.stats.requests.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  expect(sent.bytes).toBeGreaterThan(JSON.stringify(op).length);
  expect(wireBytes(op)).toBeGreaterThanOrEqual(sent.bytes);
});

test("a request refused for its size is sent again in halves, in order, and nothing is lost", async () => {
  // A cap far below what the adapter budgets for, as a host stricter than documented would set.
  const fake = new FakeExcel({ profile: "web", payloadLimit: 60_000 });
  const ops: WriteOp[] = [
    bigOp(),
    { op: "cells", sheet: "Sheet1", cells: [{ address: "A1", value: "最后写入" }] },
  ];
  await portOn(fake).write(ops);
  expect(cellOf(fake, "Sheet1", "A1")?.value).toBe("最后写入");
  expect(cellOf(fake, "Sheet1", "A2000")?.value).toBe("第2000行：说明文字说明文字说明文字");
  const refused = fake.stats.requests.filter((r) => r.bytes > 60_000);
  expect(refused.length).toBeGreaterThan(0);
});
