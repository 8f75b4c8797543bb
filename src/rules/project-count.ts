import { Decimal } from "../model/decimal";
import { defineRule } from "./core/rule";

/**
 * The 项目个数 a report states against the projects the 项目 table lists (template 1.5): “共实施
 * 项目5个” with five rows. A list marked 部分列示 (主要项目, 其中, …等) holds at most that many.
 */
export default defineRule({
  meta: {
    id: "project-count",
    category: "consistency",
    severity: "error",
    description:
      "The stated 项目个数 equals the number of rows of the 项目 table; where the table is marked 部分列示 (template 1.3), the rows may be fewer but never more. Counts are exact.",
    blanks:
      "Checked only where 项目个数 is stated. An empty table with a count stated is reported as rows missing unless the list is marked 部分列示.",
    messages: {
      differs: {
        zh: "项目个数填报 {{stated}} 个，项目表列了 {{listed}} 个项目。请核对项目个数或补全项目表；只列主要项目的，请把“项目表为部分列示”选为“是”。",
        en: "{{stated}} projects are stated but the table lists {{listed}}. Check the count or the table; if only the main projects are listed, mark the list as partial.",
      },
      moreListed: {
        zh: "项目表为部分列示，但所列项目 {{listed}} 个已多于填报的项目个数 {{stated}} 个，请核对。",
        en: "The list is partial, yet it holds {{listed}} projects, more than the {{stated}} stated.",
      },
    },
  },
  check({ model, at, report }) {
    const stated = model.expenditure.projectCount;
    if (stated === undefined) return;
    const listed = model.projects.length;
    const partial = model.expenditure.projectsPartial === true;
    const n = new Decimal(stated);
    const holds = partial ? n.gte(listed) : n.eq(listed);
    if (holds) return;
    report({
      messageId: partial ? "moreListed" : "differs",
      data: { stated, listed: String(listed) },
      cells: [
        at("expenditure.projectCount"),
        ...(partial ? [at("expenditure.projectsPartial")] : []),
      ],
      expected: partial ? `≥ ${listed}` : String(listed),
      actual: stated,
    });
  },
});
