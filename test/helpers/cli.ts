import { spawnSync } from "node:child_process";
import { join } from "node:path";

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI as a user would (`npm test` compiles it first), with its own ledger of
 * written files under `dir`.
 */
export function cliRunner(dir: string, timeout = 60000): (...args: string[]) => CliRun {
  return (...args) => {
    const r = spawnSync(process.execPath, ["bin/jixiao.js", ...args], {
      encoding: "utf8",
      timeout,
      env: { ...process.env, JIXIAO_STATE_DIR: join(dir, ".state") },
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
}
