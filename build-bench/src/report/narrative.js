"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildReport = buildReport;
const indicators_1 = require("../rules/core/indicators");
const numbers_1 = require("./numbers");
const self_evaluation_1 = require("./self-evaluation");
const figures_1 = require("./figures");
/**
 * The 部门整体支出绩效自评报告 in the seed's structure (PRODUCT.md §6). Figures are the
 * workbook's: inputs as stated (stated totals, else what the parts give), shares and rates
 * computed; free narrative comes from the 文字材料 blocks, untouched.
 */
const GRADE_LONG = { 优: "优秀", 良: "良好", 中: "中等", 差: "较差" };
const P = (text) => ({ kind: "paragraph", text });
const H = (level, text) => ({ kind: "heading", level, text });
/** Paragraphs of a free text block: one per line, blank lines dropped. */
function paragraphs(text) {
    return (text ?? "")
        .split(/\r?\n/)
        .map((t) => t.trim())
        .filter(Boolean)
        .map(P);
}
function indicatorSentence(ind, n) {
    const name = ind.level3 ?? "";
    const u = ind.unit ?? "";
    if (ind.direction === "定性") {
        if (!ind.actual)
            return undefined;
        return `${name}：${ind.actual}${ind.assessment ? `（${ind.assessment.replace(/\(.*\)/, "")}）` : ""}`;
    }
    if (ind.target === undefined || ind.actual === undefined)
        return undefined;
    const num = (v) => (/^-?\d+(\.\d+)?$/.test(v) ? (0, numbers_1.amount)(v, { ...n, amounts: "trim" }) : v);
    const t = `${num(ind.target)}${u}`;
    const a = `${num(ind.actual)}${u}`;
    const met = (0, indicators_1.isMet)(ind);
    const reason = ind.deviationReason ? `，原因：${ind.deviationReason}` : "";
    if (ind.direction === "≤") {
        return met ? `${name}${a}，低于${t}的目标` : `${name}${a}，高于${t}的目标${reason}`;
    }
    if (ind.direction === "=")
        return met
            ? `${name}目标${t}，实际${a}，完成目标`
            : `${name}目标${t}，实际${a}，未完成目标${reason}`;
    const rate = (0, indicators_1.completionRate)(ind);
    const share = rate.kind === "rate" ? `，完成目标任务的${(0, numbers_1.percentage)(rate.value, n)}` : "";
    return `${name}任务${t}，共计完成${a}${share}${met === false ? `，未完成目标${reason}` : ""}`;
}
function buildReport(m, findings, scored, options = {}) {
    const n = options.numbers ?? numbers_1.DEFAULT_NUMBERS;
    const p = m.profile;
    const year = p.year ?? "";
    const short = p.shortName ?? p.name ?? "本单位";
    const A = (d) => (d === undefined ? "（未填）" : `${(0, numbers_1.amount)(d, n)}万元`);
    const blocks = [];
    const title = `${year}${short}整体支出绩效评价报告`;
    blocks.push({ kind: "title", text: title });
    const errors = findings.filter((f) => f.severity === "error").length;
    if (errors) {
        blocks.push({
            kind: "notice",
            text: `注意：工作簿中仍有 ${errors} 个错误未改正（见“校验结果”），本报告中的数字按填报内容生成，请改正后重新生成。`,
        });
    }
    blocks.push({ kind: "addressee", text: `${p.addressee ?? "财政局"}：` });
    blocks.push(P(`按照${p.addressee ?? "财政部门"}关于绩效评价文件要求，现将我单位整体支出绩效评价情况报告如下：`));
    // 一、基本情况
    blocks.push(H(1, "一、基本情况"), H(2, "（一）机构、人员构成"));
    const s = p.staffing;
    const people = p.people;
    const bodies = p.internalBodies;
    const count = p.internalBodyCount ?? (bodies.length ? String(bodies.length) : undefined);
    const kind = [p.fundingType, p.unitType].filter(Boolean).join("的");
    const parts = [
        `${p.name ?? short}${kind ? `是${kind}` : ""}`,
        count !== undefined
            ? `，机关内设机构${count}个${bodies.length ? `：${bodies.join("、")}` : ""}。`
            : "。",
    ];
    if (s.total !== undefined || s.administrative !== undefined) {
        const staffTotal = s.total ?? (0, figures_1.sumOf)([s.administrative, s.politicalLegal, s.institutional, s.worker])?.toFixed();
        parts.push(`编办核定编制人数${staffTotal}人（其中行政编制${s.administrative ?? 0}人、政法编制${s.politicalLegal ?? 0}人、事业编制${s.institutional ?? 0}人、工勤编制${s.worker ?? 0}人）`);
    }
    if (people.total !== undefined || people.active !== undefined) {
        const peopleTotal = people.total ?? (0, figures_1.sumOf)([people.active, people.retiredCadre, people.retired])?.toFixed();
        parts.push(`，实有人数${peopleTotal}人，其中在职人员${people.active ?? 0}人，离休人员${people.retiredCadre ?? 0}人，退休人员${people.retired ?? 0}人。`);
    }
    blocks.push(P(parts.join("")));
    blocks.push(H(2, "（二）单位主要职责"));
    p.duties.forEach((d, i) => blocks.push(P(`${i + 1}、${d}`)));
    blocks.push(H(2, "（三）部门整体支出规模、使用方向和主要内容、涉及范围"));
    const itemsOf = (cat) => m.expenditure.items
        .filter((i) => i.category === cat && i.actual !== undefined)
        .map((i) => `${i.name ?? i.code ?? ""}${(0, numbers_1.amount)(i.actual, n)}万元`);
    const personnel = itemsOf("人员支出");
    const publicItems = itemsOf("公用支出");
    const totalActual = (0, figures_1.effectiveTotal)(m, "total", "actual");
    const projectActual = (0, figures_1.effectiveTotal)(m, "project", "actual");
    const scale = [
        `${short}${year}年全年总支出${A(totalActual)}。`,
        `基本支出${A((0, figures_1.effectiveTotal)(m, "basic", "actual"))}，其中人员支出${A((0, figures_1.effectiveTotal)(m, "personnel", "actual"))}${personnel.length ? `（${personnel.join("、")}）` : ""}。`,
        `公用支出${A((0, figures_1.effectiveTotal)(m, "public", "actual"))}${publicItems.length ? `，主要用于${publicItems.join("、")}，合计${A((0, figures_1.effectiveTotal)(m, "public", "actual"))}` : ""}。`,
        projectActual !== undefined ? `项目支出${A(projectActual)}。` : "",
    ];
    blocks.push(P(scale.join("")));
    // 二、部门整体支出管理及使用情况
    blocks.push(H(1, "二、部门整体支出管理及使用情况"), H(2, "（一）基本支出"));
    const col = m.expenditure.shares.basis === "财政拨款" ? "fiscal" : "actual";
    const basic = (0, figures_1.effectiveTotal)(m, "basic", col);
    const pers = (0, figures_1.effectiveTotal)(m, "personnel", col);
    const pub = (0, figures_1.effectiveTotal)(m, "public", col);
    const share = (part) => part !== undefined && basic !== undefined && !basic.isZero()
        ? `，占基本支出的${(0, numbers_1.percentage)(part.div(basic), n)}`
        : "";
    blocks.push(P(`${short}${year}年度${col === "fiscal" ? "财政拨款" : ""}基本支出${A(basic)}，其中：人员经费${A(pers)}${share(pers)}；公用经费${A(pub)}${share(pub)}。`));
    const tp = m.threePublic.current;
    blocks.push(P("“三公”经费的使用情况如下："));
    const vehicle = (0, figures_1.sumOf)([tp.vehiclePurchase.actual, tp.vehicleRunning.actual]);
    blocks.push(P(`1．因公出国(境)费用支出决算${A((0, figures_1.dec)(tp.abroad.actual))}${tp.abroad.groups !== undefined ? `，${year}年因公出国(境)团组数${tp.abroad.groups}个，团组人数${tp.abroad.persons ?? 0}人` : ""}；`), P(`2．公务用车购置及运行费支出决算${A(vehicle)}；`), P(`3．公务接待费支出决算${A((0, figures_1.dec)(tp.reception.actual))}${tp.reception.batches !== undefined ? `，接待${tp.reception.batches}批次${tp.reception.persons !== undefined ? `${tp.reception.persons}人次` : ""}` : ""}。`));
    blocks.push(H(2, "（二）专项支出"), H(3, "1．项目资金安排落实、总投入等情况"));
    const budgeted = (0, figures_1.sumOf)(m.projects.map((x) => x.budgetAdjusted ?? x.budgetInitial));
    blocks.push(P(m.projects.length
        ? `项目资金共计预算安排了${A(budgeted)}，共${m.projects.length}个项目。`
        : "本年度无项目支出。"));
    blocks.push(H(3, "2．项目资金实际使用情况"));
    for (const x of m.projects) {
        const what = [`${x.name ?? "项目"}实际支出${A((0, figures_1.dec)(x.actual))}`, x.purpose, x.result]
            .filter(Boolean)
            .join("，");
        blocks.push(P(`${what}。`));
    }
    // 三、部门整体支出管理
    blocks.push(H(1, "三、部门整体支出管理"), ...paragraphs(m.narrative.management));
    // 四、部门整体支出绩效情况
    blocks.push(H(1, "四、部门整体支出绩效情况"));
    const topics = [];
    for (const a of m.narrative.achievements)
        if (a.topic && !topics.includes(a.topic))
            topics.push(a.topic);
    for (const i of m.indicators)
        if (i.topic && !topics.includes(i.topic))
            topics.push(i.topic);
    const untopical = m.indicators.filter((i) => !i.topic || !topics.includes(i.topic));
    const loose = m.narrative.achievements.filter((a) => !a.topic);
    const all = [...topics, ...(untopical.length || loose.length ? ["主要绩效指标完成情况"] : [])];
    all.forEach((topic, k) => {
        blocks.push(H(2, `（${(0, numbers_1.chineseNumeral)(k + 1)}）${topic}`));
        const isLast = k === topics.length;
        const texts = isLast ? loose : m.narrative.achievements.filter((a) => a.topic === topic);
        for (const a of texts)
            blocks.push(...paragraphs(a.text));
        const inds = isLast ? untopical : m.indicators.filter((i) => i.topic === topic);
        const sentences = inds
            .map((i) => indicatorSentence(i, n))
            .filter((x) => Boolean(x));
        if (sentences.length)
            blocks.push(P(`主要绩效指标完成情况：${sentences.join("；")}。`));
    });
    // 五、评价结论及建议
    blocks.push(H(1, "五、评价结论及建议"), H(2, "（一）评价结论"));
    const unit = p.name ?? short;
    if (scored.complete && scored.total !== undefined) {
        const grade = GRADE_LONG[scored.grade];
        blocks.push(P(`经自评，${unit}${year}年整体支出绩效自评得分${scored.total.toDecimalPlaces(2).toFixed()}分，评价等级为“${grade}”。`));
    }
    else if (p.statedGrade) {
        blocks.push(P(`本次对${unit}${year}年整体支出绩效自评结果：“${p.statedGrade}”（评分表尚不完整，该等级尚无完整评分支持）。`));
    }
    else {
        blocks.push(P(`评分表尚不完整，暂未形成评价等级。`));
    }
    blocks.push(H(2, "（二）存在问题"));
    m.narrative.problems.forEach((t, i) => blocks.push(P(`${i + 1}、${t}`)));
    blocks.push(H(2, "（三）改进建议"));
    m.narrative.suggestions.forEach((t, i) => blocks.push(P(`${i + 1}、${t}`)));
    blocks.push({
        kind: "signature",
        lines: [p.name ?? short, p.reportDate ? (0, numbers_1.chineseDate)(p.reportDate) : ""].filter(Boolean),
    });
    return {
        title,
        blocks,
        attachment: {
            title: `附件：${year}${short}部门整体支出绩效自评表`,
            blocks: (0, self_evaluation_1.selfEvaluationBlocks)(m, scored, n),
        },
    };
}
