/**
 * explanations.test.ts's cases, unchanged, over WPS: its `HOSTS` and `open` are swapped for the
 * WPS port on the fake WPS host, so the same file runs (no copy of the cases to drift apart).
 */
jest.mock("./ports", () => {
  const actual = jest.requireActual("./ports");
  const { openInWps } = jest.requireActual("./wps-ports");
  return {
    ...actual,
    HOSTS: ["wps"],
    open: (host: string, bytes: Buffer) =>
      host === "wps" ? openInWps(bytes) : actual.open(host, bytes),
  };
});

import "./explanations.test";
