import { defineRule } from "../core/rule";
import type { Evaluation } from "../../model/evaluation";
import type { Finding } from "../../model/finding";
import type { Locations } from "../../layout/locations";
import { runRules } from "../core/engine";

/**
 * Facts the report prints but no check needs (issue 25 item 2): a working draft may leave them
 * blank, so validate does not press for them; generating the report does, one warning per
 * field, and the report leaves a visible blank where each goes.
 */
const FIELDS = [
  {
    path: "profile.name",
    label: "单位名称",
    en: "Unit name",
    effect: "报告标题、正文和落款中的单位名称处留有空白",
    effectEn: "the title, body and signature leave a blank for it",
  },
  {
    path: "profile.shortName",
    label: "单位简称",
    en: "Short name",
    effect: "报告正文以单位全称代替简称",
    effectEn: "the body uses the full name instead",
  },
  {
    path: "profile.year",
    label: "评价年度",
    en: "Evaluation year",
    effect: "报告标题和正文中的年度处留有空白",
    effectEn: "the title and body leave a blank for the year",
  },
  {
    path: "profile.addressee",
    label: "报送对象",
    en: "Addressee",
    effect: "报告抬头（“＿＿＿＿：”）处留有空白",
    effectEn: "the salutation is left blank",
  },
  {
    path: "profile.reportDate",
    label: "报告日期",
    en: "Report date",
    effect: "落款日期处留有空白",
    effectEn: "the date under the signature is left blank",
  },
] as const;

type ProfileKey = "name" | "shortName" | "year" | "addressee" | "reportDate";

const reportFields = defineRule({
  meta: {
    id: "proofread-report-fields",
    category: "completeness",
    severity: "warning",
    description: [
      "Generating the report (not validate) asks for the facts it prints that no check needs: 单位名称, 单位简称, 评价年度, 报送对象, 报告日期. One warning per blank field; the report leaves a visible blank (＿＿＿＿) there, never a made-up name.",
      "",
      "- Fires: 报送对象 blank when the report is generated.",
      "- Does not fire: every field filled; a field the reader already reports as an error at the same cell.",
    ].join("\n"),
    blanks: "A blank field is exactly what it reports; the report never fills in a default.",
    messages: {
      missing: {
        zh: "生成报告需要{{label}}，现未填写；{{effect}}。请填写后重新生成报告。",
        en: "The report needs the {{labelEn}}, which is blank; {{effectEn}}. Fill it in and generate the report again.",
      },
    },
  },
  check({ model, at, report }) {
    for (const f of FIELDS) {
      const value = model.profile[f.path.slice("profile.".length) as ProfileKey];
      if (value?.trim()) continue;
      report({
        messageId: "missing",
        data: { label: f.label, labelEn: f.en, effect: f.effect, effectEn: f.effectEn },
        cells: [at(f.path)],
      });
    }
  },
});

export default reportFields;

/**
 * The report's warnings for blank fields, without repeating an error the reader already put at
 * the same cell (one fault, one finding).
 */
export function reportFieldFindings(
  model: Evaluation,
  where: Locations | undefined,
  already: readonly Finding[]
): Finding[] {
  const errorAt = new Set(
    already.filter((f) => f.severity === "error" && f.cell).map((f) => `${f.sheet}!${f.cell}`)
  );
  return runRules(model, [reportFields], where).filter((f) => !errorAt.has(`${f.sheet}!${f.cell}`));
}
