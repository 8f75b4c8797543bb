/**
 * Formulas earlier builds of each template version wrote where today's layout writes another
 * (found by reading every committed assets/template.xlsx). A workbook made from such a build
 * holds them: they are the template's own, not the user's overwriting, so validate accepts them
 * (and writes today's formula back, as it does for every computed cell). Keyed by defined name,
 * or by "Table[Column]" for a calculated column.
 */
export const FORMULA_HISTORY: Readonly<
  Record<string, Readonly<Record<string, readonly string[]>>>
> = {
  "1.0": {
    jx_calc_balanceGap: [
      'IF(AND(ISNUMBER(IF(ISNUMBER(jx_incomeTotal),jx_incomeTotal,jx_calc_incomeTotal)),ISNUMBER(jx_carryoverPrior),ISNUMBER(IF(ISNUMBER(jx_expTotal_actual),jx_expTotal_actual,jx_calc_expTotal_actual))),(IF(COUNT(jx_carryoverPrior,IF(ISNUMBER(jx_incomeTotal),jx_incomeTotal,jx_calc_incomeTotal))=0,"",N(jx_carryoverPrior)+N(IF(ISNUMBER(jx_incomeTotal),jx_incomeTotal,jx_calc_incomeTotal))))-(IF(COUNT(IF(ISNUMBER(jx_expTotal_actual),jx_expTotal_actual,jx_calc_expTotal_actual),jx_carryoverEnd)=0,"",N(IF(ISNUMBER(jx_expTotal_actual),jx_expTotal_actual,jx_calc_expTotal_actual))+N(jx_carryoverEnd))),"")',
    ],
    "T_Projects[执行率]": [
      'IF(AND(ISNUMBER(T_Projects[[#This Row],[全年预算]]),T_Projects[[#This Row],[全年预算]]<>0),T_Projects[[#This Row],[实际支出]]/T_Projects[[#This Row],[全年预算]],"")',
    ],
  },
  "1.1": {
    jx_calc_executionRate: [
      'IF(ISNUMBER(jx_expTotal_budgetAdjusted),IF(AND(ISNUMBER(IF(ISNUMBER(jx_expTotal_budgetAdjusted),jx_expTotal_budgetAdjusted,jx_calc_expTotal_budgetAdjusted)),IF(ISNUMBER(jx_expTotal_budgetAdjusted),jx_expTotal_budgetAdjusted,jx_calc_expTotal_budgetAdjusted)<>0),IF(ISNUMBER(jx_expTotal_actual),jx_expTotal_actual,jx_calc_expTotal_actual)/IF(ISNUMBER(jx_expTotal_budgetAdjusted),jx_expTotal_budgetAdjusted,jx_calc_expTotal_budgetAdjusted),""),IF(ISNUMBER(IF(ISNUMBER(jx_expBasic_budgetAdjusted),jx_expBasic_budgetAdjusted,jx_calc_expBasic_budgetAdjusted)),IF(AND(ISNUMBER(IF(ISNUMBER(jx_expTotal_budgetAdjusted),jx_expTotal_budgetAdjusted,jx_calc_expTotal_budgetAdjusted)),IF(ISNUMBER(jx_expTotal_budgetAdjusted),jx_expTotal_budgetAdjusted,jx_calc_expTotal_budgetAdjusted)<>0),IF(ISNUMBER(jx_expTotal_actual),jx_expTotal_actual,jx_calc_expTotal_actual)/IF(ISNUMBER(jx_expTotal_budgetAdjusted),jx_expTotal_budgetAdjusted,jx_calc_expTotal_budgetAdjusted),""),""))',
    ],
    jx_calc_adjustmentRate: [
      'IF(ISNUMBER(jx_expTotal_budgetInitial),IF(AND(ISNUMBER(IF(ISNUMBER(jx_expTotal_budgetInitial),jx_expTotal_budgetInitial,jx_calc_expTotal_budgetInitial)),IF(ISNUMBER(jx_expTotal_budgetInitial),jx_expTotal_budgetInitial,jx_calc_expTotal_budgetInitial)<>0),jx_budgetAdditions/IF(ISNUMBER(jx_expTotal_budgetInitial),jx_expTotal_budgetInitial,jx_calc_expTotal_budgetInitial),""),IF(ISNUMBER(IF(ISNUMBER(jx_expBasic_budgetInitial),jx_expBasic_budgetInitial,jx_calc_expBasic_budgetInitial)),IF(AND(ISNUMBER(IF(ISNUMBER(jx_expTotal_budgetInitial),jx_expTotal_budgetInitial,jx_calc_expTotal_budgetInitial)),IF(ISNUMBER(jx_expTotal_budgetInitial),jx_expTotal_budgetInitial,jx_calc_expTotal_budgetInitial)<>0),jx_budgetAdditions/IF(ISNUMBER(jx_expTotal_budgetInitial),jx_expTotal_budgetInitial,jx_calc_expTotal_budgetInitial),""),""))',
    ],
  },
};

/** The formulas a workbook of `version` may hold at `key` besides today's. */
export const olderFormulas = (version: string, key: string): readonly string[] =>
  FORMULA_HISTORY[version]?.[key] ?? [];
