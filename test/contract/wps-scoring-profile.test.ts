/**
 * scoring-profile.test.ts's cases, unchanged, over WPS: its `HOSTS` and `open` are swapped for
 * the WPS port on the fake WPS host (the file's other hosts still open as they do there).
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

import "./scoring-profile.test";
