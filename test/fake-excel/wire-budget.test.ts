import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { FakeExcel } from "./index";
import { loadXlsx } from "./xlsx";
import { WEB_PAYLOAD_LIMIT } from "./profiles";
import { readableTrace } from "./trace";
import { OfficeWorkbook } from "../../src/workbook/office/office-workbook";
import { validate } from "../../src/workbook/validate";

/**
 * The wire budget of validate on the sample, measured on the requests Microsoft's client
 * builds (Excel on the web's client): at most 2 read and 2 write syncs, every request under the
 * host's cap. `RECORD_TRACE=1` writes the readable trace kept in test/fixtures/office-wire.
 */
const FIXTURE = "test/fixtures/office-wire/validate-sample.web.txt";

test("validate on the sample: ≤ 2 read + ≤ 2 write syncs, each request under the web's cap", async () => {
  const fake = new FakeExcel({
    profile: "web",
    state: await loadXlsx(readFileSync("assets/sample.xlsx")),
    currentYear: 2022,
  });
  const port = new OfficeWorkbook({
    run: fake.run,
    excel: fake.Excel,
    isSetSupported: (s, v) => fake.isSetSupported(s, v),
  });
  fake.host.tracing = true;
  await validate(port);
  const syncs = fake.stats.requests.filter((r) => !r.cleanup);
  // validate is one read run (2 syncs) and one write run (its syncs), each closed by the
  // client's own request that releases what it kept.
  expect(syncs.length).toBeLessThanOrEqual(4);
  expect(fake.stats.requests.filter((r) => r.cleanup)).toHaveLength(2);
  for (const r of fake.stats.requests) expect(r.bytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
  for (const r of fake.stats.requests) expect(r.responseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
  const text = readableTrace(fake.host.trace);
  expect(text.split("\n").filter((l) => l.startsWith("sync "))).toHaveLength(
    fake.stats.requests.length
  );
  if (process.env.RECORD_TRACE) writeFileSync(FIXTURE, text);
  expect(existsSync(FIXTURE)).toBe(true);
});
