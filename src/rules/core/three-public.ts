/** 三公经费: the four items that make up the stated total, for the 三公 rules. */
export const TP_ITEMS = ["abroad", "vehiclePurchase", "vehicleRunning", "reception"] as const;
export type TpItem = (typeof TP_ITEMS)[number];

export const TP_LABEL: Record<TpItem | "total", { zh: string; en: string }> = {
  abroad: { zh: "因公出国(境)费", en: "official travel abroad" },
  vehiclePurchase: { zh: "公务用车购置费", en: "official vehicle purchase" },
  vehicleRunning: { zh: "公务用车运行维护费", en: "official vehicle running" },
  reception: { zh: "公务接待费", en: "official reception" },
  total: { zh: "三公经费合计", en: "three public expenses, total" },
};

export const TP_YEARS = ["current", "previous"] as const;
export const YEAR_LABEL: Record<(typeof TP_YEARS)[number], { zh: string; en: string }> = {
  current: { zh: "本年", en: "this year" },
  previous: { zh: "上年", en: "previous year" },
};

export const TP_MEASURES = ["budget", "actual"] as const;
export const MEASURE_LABEL: Record<(typeof TP_MEASURES)[number], { zh: string; en: string }> = {
  budget: { zh: "预算", en: "budget" },
  actual: { zh: "实际", en: "actual" },
};
