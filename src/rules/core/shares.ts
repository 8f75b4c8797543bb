import type { Evaluation } from "../../model/evaluation";
import { ratioCheckOf, type RatioCheck } from "./relations";
import { effectiveTotal, type Amount } from "./expenditure";

/** The column shares are taken on: 财政拨款 when that is the stated basis, else 实际支出. */
export const shareColumn = (model: Evaluation) =>
  model.expenditure.shares.basis === "财政拨款" ? ("fiscal" as const) : ("actual" as const);

export interface ShareRatio {
  num?: Amount;
  den?: Amount;
  /** Undefined when the share is not stated, a figure is blank or a 元 slip is in play. */
  check?: RatioCheck;
}

/** A stated share of basic expenditure against 人员 (公用) / 基本 on the share column. */
export function shareRatio(model: Evaluation, share: "personnel" | "public"): ShareRatio {
  const col = shareColumn(model);
  const rate = model.expenditure.shares[share];
  const num = effectiveTotal(model, share, col);
  const den = effectiveTotal(model, "basic", col);
  const checkable = rate !== undefined && num && den && !num.suspect && !den.suspect;
  return { num, den, check: checkable ? ratioCheckOf(num, den, rate) : undefined };
}
