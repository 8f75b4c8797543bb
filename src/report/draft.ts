import type { Finding } from "../model/finding";
import { SEVERITY_LABEL } from "../model/finding";
import type { ScoreResult } from "../rules/scoring/score";
import type { Block, DraftPart } from "./document";
import { sentence } from "./text";

/**
 * 校验情况: what the tool still finds, for the preparer, after the attachment and visibly
 * not part of the report (PRODUCT.md §6). The body never carries any of it.
 */
export const DRAFT_TITLE = "校验情况（草稿，不属于报告正文）";
export const WATERMARK = "草稿";

function where(f: Finding): string {
  if (f.sheet && f.cell) return `${f.sheet}!${f.cell}`;
  return f.sheet ?? "工作簿";
}

export function draftPart(findings: Finding[], scored: ScoreResult): DraftPart | undefined {
  const listed = findings.filter((f) => f.severity !== "info");
  if (!listed.length && scored.complete) return undefined;
  const blocks: Block[] = [
    {
      kind: "paragraph",
      text: "本页由绩效自评助手按工作簿当前内容生成，列出尚未改正的问题，供填报人核对；报告正文中的数字按填报内容写出。改正后请重新生成报告，报送前删除本页。",
    },
  ];
  const errors = listed.filter((f) => f.severity === "error");
  // Plain paragraphs, not headings: the draft stays out of the report's outline and TOC.
  const heading = (text: string): Block => ({ kind: "paragraph", text });
  if (listed.length) {
    blocks.push(
      heading(`（一）错误${errors.length}个，警告${listed.length - errors.length}个`),
      ...listed.map((f, i): Block => ({
        kind: "paragraph",
        text: `${i + 1}．【${SEVERITY_LABEL[f.severity]}】${where(f)}：${sentence(f.message)}`,
      }))
    );
  }
  if (!scored.complete) {
    blocks.push(heading(`（${listed.length ? "二" : "一"}）评分尚不完整`));
    blocks.push({
      kind: "paragraph",
      text: sentence(
        `已评分各项合计${scored.earned.toDecimalPlaces(2).toFixed()}分；未评分的项目及所缺内容：${scored.missing.join("；")}`
      ),
    });
    // The 自评表 leaves these cells blank rather than saying why there: the reason is here.
    const waiting = scored.indicators
      .filter((s) => s.rows?.length && s.earned === undefined)
      .map((s) => s.name);
    blocks.push({
      kind: "paragraph",
      text: `自评表中未评分项目的得分栏暂空，合计为已评分各项之和${
        waiting.length ? `；${waiting.join("、")}待本组各行数据齐全后一并计分` : ""
      }。`,
    });
  }
  return { title: DRAFT_TITLE, blocks };
}
