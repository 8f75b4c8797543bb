/** A worker thread of `jixiao review`: checks the files it is sent, one at a time. */
import { parentPort, workerData } from "node:worker_threads";
import type { ScoringProfile } from "../model/scoring-profile";
import { reviewFile } from "./review-file";

export interface ReviewTask {
  index: number;
  path: string;
  file: string;
}

const profile = (workerData as { profile?: ScoringProfile } | null)?.profile;

parentPort?.on("message", (task: ReviewTask) => {
  void reviewFile(task.path, task.file, profile).then((unit) =>
    parentPort!.postMessage({ index: task.index, unit })
  );
});
