import { Decimal } from "../model/decimal";
import { defineRule } from "./core/rule";

/** 内设机构数 equals the number of names listed (a name may hold 、 and brackets). */
export default defineRule({
  meta: {
    id: "internal-body-count",
    category: "consistency",
    severity: "warning",
    description: "The stated number of internal bodies equals the number of names listed.",
    blanks:
      "Compared only when the count is stated and at least one name is listed; a list of names is complete as given.",
    messages: {
      mismatch: {
        zh: "内设机构数填报 {{stated}} 个，但“机构职责”表列出 {{listed}} 个名称。",
        en: "{{stated}} internal bodies are stated, but {{listed}} names are listed.",
      },
    },
  },
  check({ model, at, report }) {
    const stated = model.profile.internalBodyCount;
    const names = model.profile.internalBodies;
    if (stated === undefined || names.length === 0) return;
    if (new Decimal(stated).eq(names.length)) return;
    report({
      messageId: "mismatch",
      data: { stated, listed: names.length },
      cells: [
        at("profile.internalBodyCount"),
        ...names.map((_, i) => at(`profile.internalBodies.${i}`)),
      ],
      expected: String(names.length),
      actual: stated,
    });
  },
});
