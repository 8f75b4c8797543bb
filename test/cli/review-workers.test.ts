/** The review's worker pool: a worker that dies costs only the file it had (never the run). */
import { Progress, inWorkers } from "../../src/cli/review";

/** A worker that checks nothing and dies on the file named "bad". */
const WORKER = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", (t) => {
  if (t.file.startsWith("bad")) throw new Error("boom in " + t.file);
  parentPort.postMessage({
    index: t.index,
    unit: { file: t.file, status: "checked", errors: 0, warnings: 0, info: 0, explained: 0, findings: [] },
  });
});
`;

const quiet = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;

test("files after a dead worker are still checked; the dead one's file is a row with its reason", async () => {
  const files = ["a", "bad1", "b", "c", "bad2", "d", "e"];
  const units = await inWorkers(
    { code: WORKER, eval: true },
    files.map((file) => ({ path: file, file })),
    2,
    undefined,
    new Progress(files.length, quiet)
  );
  expect(units.map((u) => [u.file, u.status])).toEqual(
    files.map((f) => [f, f.startsWith("bad") ? "unreadable" : "checked"])
  );
  expect(units[1].reason?.en).toContain("boom in bad1");
}, 60000);
