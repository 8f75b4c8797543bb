import { main } from "../../src/cli/main";

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in this process, capturing what it prints: a spawned run costs a second of
 * start-up, and these tests make a hundred. Set JIXIAO_STATE_DIR before the first run.
 */
export async function jixiao(...args: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const out = jest.spyOn(process.stdout, "write").mockImplementation((s) => {
    stdout += String(s);
    return true;
  });
  const err = jest.spyOn(process.stderr, "write").mockImplementation((s) => {
    stderr += String(s);
    return true;
  });
  const log = jest.spyOn(console, "log").mockImplementation((...a: unknown[]) => {
    stdout += `${a.join(" ")}\n`;
  });
  try {
    const code = await main(["node", "jixiao", ...args]);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    log.mockRestore();
    process.exitCode = 0;
  }
}

/** The line no run may print: an error the CLI did not turn into a sentence for the user. */
export const INTERNAL = /程序内部出错|internal error/;
