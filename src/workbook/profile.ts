import type { Finding } from "../model/finding";
import {
  DEFAULT_PROFILE,
  ScoringProfile,
  profileDigest,
  type ProfileSource,
} from "../model/scoring-profile";
import { addr, cellPosition, inVersion, templateOps } from "../layout";
import { SCORE_NAMES, SCORING_TEXT_COLUMNS } from "../layout/template";
import { STYLES } from "../layout/styles";
import { PROFILE_DATA_NAME, PROFILE_SHEET, profileSheetDef } from "../layout/scoring-profile-sheet";
import { toFinding } from "../rules/core/meta";
import { SCORING_PROFILE } from "../rules/core/scoring-profile";
import { deleteSheetOps, guardProtection } from "./guard";
import { recognise } from "./reader";
import type { CellWrite, ReadResult, WriteOp } from "./port";

export interface ProfileInUse {
  profile: ScoringProfile;
  source: ProfileSource;
  digest: string;
  findings: Finding[];
  /** Writes the profile into the workbook's 评分方案 sheet when it replaces the one there. */
  ops: WriteOp[];
}

/** Ops that put `profile` in the workbook: the old 评分方案 sheet and its name go first. */
export function writeProfileOps(read: ReadResult, profile: ScoringProfile): WriteOp[] {
  return [
    ...(read.definedNames.includes(PROFILE_DATA_NAME)
      ? [{ op: "deleteName", name: PROFILE_DATA_NAME } as const]
      : []),
    ...deleteSheetOps(read, PROFILE_SHEET),
    ...templateOps(undefined, [profileSheetDef(profile)]),
    ...scoringTextOps(read, profile),
  ];
}

/**
 * The 评分 sheet words each indicator as the profile does (level, name, method), found from its
 * named 分值 cell; an indicator the profile lacks says so. These are the template's texts, not
 * inputs, and stay when validate's marks are cleared.
 */
function scoringTextOps(read: ReadResult, profile: ScoringProfile): WriteOp[] {
  const label = { ...STYLES.label, numFmt: "@" };
  const hint = { ...STYLES.hint, numFmt: "@" };
  const bySheet = new Map<string, CellWrite[]>();
  for (const d of DEFAULT_PROFILE.indicators) {
    const at = read.names[SCORE_NAMES.points(d.id)];
    if (!at) continue;
    const points = cellPosition(at.address);
    const shown = profile.indicators.find((i) => i.id === d.id);
    const shift = (column: number) =>
      addr(points.col + column - SCORING_TEXT_COLUMNS.points, points.row + 1);
    const cells = bySheet.get(at.sheet) ?? [];
    cells.push(
      {
        address: shift(SCORING_TEXT_COLUMNS.level1),
        value: shown?.level1 ?? d.level1,
        style: label,
      },
      { address: shift(SCORING_TEXT_COLUMNS.name), value: shown?.name ?? d.name, style: label },
      {
        address: shift(SCORING_TEXT_COLUMNS.method),
        value: shown?.description ?? "本评分方案不含此指标",
        style: hint,
      }
    );
    bySheet.set(at.sheet, cells);
  }
  const ops = [...bySheet].map(([sheet, cells]): WriteOp => ({ op: "cells", sheet, cells }));
  const guarded = guardProtection(ops, read);
  return [...guarded.open, ...guarded.ops, ...guarded.close];
}

type Carried = { profile: ScoringProfile } | { finding: Finding } | undefined;

function carried(read: ReadResult): Carried {
  const cell = read.names[PROFILE_DATA_NAME];
  if (!cell) {
    const { version, versionMissing } = recognise(read);
    // Before template 1.2 there was no 评分方案; a deleted sheet is already template-damaged.
    if (versionMissing || !inVersion("1.2", version) || !read.sheets.includes(PROFILE_SHEET))
      return undefined;
    return {
      finding: toFinding(SCORING_PROFILE, {
        messageId: "nameMissing",
        data: { name: PROFILE_DATA_NAME },
        cells: [{ sheet: PROFILE_SHEET }],
      }),
    };
  }
  const at = [{ sheet: cell.sheet, cell: cell.address }];
  const unreadable = (reason: string) => ({
    finding: toFinding(SCORING_PROFILE, { messageId: "unreadable", data: { reason }, cells: at }),
  });
  if (typeof cell.value !== "string" || !cell.value.trim()) return unreadable("单元格为空");
  let json: unknown;
  try {
    json = JSON.parse(cell.value);
  } catch {
    return unreadable("不是有效的 JSON");
  }
  const parsed = ScoringProfile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return unreadable(`${issue.path.join(".") || "方案"}：${issue.message}`);
  }
  return { profile: parsed.data };
}

/**
 * The profile a run scores with: `--profile` when given (and then written into the workbook in
 * place of the one there), else the one the workbook carries, else the default — with a finding
 * when the workbook's cannot be read.
 */
export function profileInUse(
  read: ReadResult,
  override?: ScoringProfile,
  options: { write?: boolean } = {}
): ProfileInUse {
  const fromWorkbook = carried(read);
  const within = fromWorkbook && "profile" in fromWorkbook ? fromWorkbook.profile : undefined;
  if (override) {
    const same = within && JSON.stringify(within) === JSON.stringify(override);
    return {
      profile: override,
      source: "option",
      digest: profileDigest(override),
      findings: [],
      ops: options.write === false || same ? [] : writeProfileOps(read, override),
    };
  }
  const profile = within ?? DEFAULT_PROFILE;
  return {
    profile,
    source: within ? "workbook" : "default",
    digest: profileDigest(profile),
    findings: fromWorkbook && "finding" in fromWorkbook ? [fromWorkbook.finding] : [],
    ops: [],
  };
}
