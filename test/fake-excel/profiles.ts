import type { ClientFile } from "./client-shim";

/** Requirement-set profiles of the hosts the add-in meets (TOOLCHAIN.md, Office facts). */
export type ProfileName = "ltsc2021" | "ltsc2024" | "m365" | "web";

export interface Profile {
  name: ProfileName;
  /** Highest ExcelApi version, as "1.x". */
  excelApi: string;
  /** Excel on the web caps one request and one response at 5 MB. */
  payloadLimit: number | null;
  /** Microsoft's client this host loads: Windows builds run win32, Excel on the web its own. */
  client: ClientFile;
}

/** 5 MB, counted in decimal megabytes: stricter than 5 MiB, so an adapter that passes here passes there. */
export const WEB_PAYLOAD_LIMIT = 5_000_000;

const WIN32: ClientFile = "excel-win32-16.01.js";

export const PROFILES: Record<ProfileName, Profile> = {
  ltsc2021: { name: "ltsc2021", excelApi: "1.14", payloadLimit: null, client: WIN32 },
  ltsc2024: { name: "ltsc2024", excelApi: "1.17", payloadLimit: null, client: WIN32 },
  m365: { name: "m365", excelApi: "1.20", payloadLimit: null, client: WIN32 },
  web: {
    name: "web",
    excelApi: "1.20",
    payloadLimit: WEB_PAYLOAD_LIMIT,
    client: "excel-web-16.00.js",
  },
};

/** Compares "1.9" and "1.14" as versions, not as decimals. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** What Office.context.requirements.isSetSupported answers on this profile. */
export function profileSupports(profile: Profile, set: string, version?: string | number): boolean {
  // The client asks for this one before it sets the request's delayForCellEdit flag.
  if (set.toLowerCase() === "delayforcelledit")
    return compareVersions("1.11", profile.excelApi) <= 0;
  if (set.toLowerCase() !== "excelapi") return false;
  if (version === undefined) return true;
  return compareVersions(String(version), profile.excelApi) <= 0;
}
