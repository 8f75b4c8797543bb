import type { ScoringProfile } from "../../model/scoring-profile";

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

const GRADE_WORDS = { 优: "优秀", 良: "良好", 中: "中等", 差: "较差" } as const;

function gradeLines(profile: ScoringProfile): string[] {
  const grades = [...profile.grades].sort((a, b) => b.min - a.min);
  return grades.map((g, i) => {
    const upper = i === 0 ? "" : `，低于 ${grades[i - 1].min} 分`;
    return `- **${g.grade}**：${g.min} 分及以上${upper}（自评报告中写作“${GRADE_WORDS[g.grade]}”亦可）。`;
  });
}

function indicatorTable(profile: ScoringProfile): string[] {
  return [
    "| 一级指标 | 指标 | 分值 | 计分方法 |",
    "|---|---|---|---|",
    ...profile.indicators.map(
      (i) => `| ${i.level1} | ${i.name} | ${i.points} | ${i.description} |`
    ),
  ];
}

function scoringRules(profile: ScoringProfile): string[] {
  const bands = Object.entries(profile.qualitativeShare)
    .map(([band, share]) => `${band} 得 ${pct(share)}`)
    .join("，");
  const base =
    profile.threePublicBase === "budget" ? "预算数（财政部绩效评价框架的口径）" : "实际支出数";
  return [
    "- 每个指标的得分最低为 0 分，最高为该指标分值。",
    "- “每超（低）1个百分点扣 x 分”按比例计算：例如每低 5 个百分点扣 2 分，即每低 1 个百分点扣 0.4 分；预算执行率 99.17% 得 8 − 0.4 × 0.83 = 7.67 分。",
    "- 区间“80%–90%”含 80%、不含 90%；“≤10%”含 10%。",
    `- 三公经费变动率 = (本年 − 上年) / 上年，按${base}计算；上年为 0 时无法计算，该指标不计分。`,
    "- 预算执行率、预算调整率的全年预算、年初预算须包含基本支出；只有项目预算时视为数据不完整，不计分。只填了支出总计、未分基本/项目时，按支出总计计算，“说明”列注明“按支出总计计算（未分基本/项目）”。本年追加/调整预算空白而基本、项目支出追加/调整都已填报时，按二者之和计算。",
    `- 绩效指标：定量指标完成得满分，未完成按完成比例得分（“≥”指标按 实际/目标，“≤”指标按 目标/实际）；定性指标按单位选择的评价档次得分：${bands}。各指标按“分值”列加权，分值空白的按平均分配，合计折算为该一级指标的分值。`,
    "- 缺少数据的指标不计分，“评分”表的“说明”列写明缺少什么，总分标为不完整，此时不评定等级；已填报的自评等级会被提示“尚无完整评分支持”。",
  ];
}

function deductionLines(profile: ScoringProfile): string[] {
  const state = (enabled: boolean) => (enabled ? "当前：启用。" : "当前：关闭。");
  const tooLow = profile.deductions.targetTooLow;
  const caps = profile.deductions.executionCaps;
  const capText = caps.bands
    .map((b) => `执行率 ${pct(b.atLeast)}（含）至 ${pct(b.below)}（不含）总分最高 ${b.cap} 分`)
    .join("；");
  return [
    `- 目标值偏低：实际完成值达到目标值的 ${pct(tooLow.ratio)} 及以上（“≤”指标为目标值达到实际值的 ${pct(tooLow.ratio)}），说明目标定得偏低，该指标扣 ${tooLow.points} 分，并给出警告。${state(tooLow.enabled)}`,
    `- 预算执行率封顶：${capText}。${state(caps.enabled)}`,
    "- 指标未完成或预算执行率低于 90% 时须说明原因（校验给出警告，不扣分）。",
  ];
}

/** docs/scoring.md: the scoring profile explained to a finance clerk, from the profile itself. */
export function scoringMarkdown(profile: ScoringProfile): string {
  const total = profile.indicators.reduce((sum, i) => sum + i.points, 0);
  const section = (title: string, lines: string[]) => [`## ${title}`, "", ...lines, ""];
  return [
    "# 评分方案说明",
    "",
    "本文由 `npm run gen` 根据评分方案配置文件 `src/model/scoring-profile.default.json` 生成，请勿手工修改。模板的“评分方案”工作表带着本方案，Excel 中校验和生成报告都按该表计分。财政局可以复制该文件、修改其中任何数字，用 `jixiao template --profile 方案.json -o 模板.xlsx` 写出带本局方案的模板下发；`jixiao validate`、`report` 和 `review` 的 `--profile 方案.json` 按指定方案计分，`validate`/`report` 并把它写入输出工作簿的“评分方案”表。",
    "",
    `方案名称：${profile.name}。满分 ${total} 分。`,
    "",
    ...section(
      "依据",
      profile.sources.map((s) => `- ${s}`)
    ),
    ...section("等级", gradeLines(profile)),
    ...section("指标与计分方法", indicatorTable(profile)),
    ...section("计分规则", scoringRules(profile)),
    ...section("扣分与封顶（可分别关闭）", deductionLines(profile)),
  ].join("\n");
}
