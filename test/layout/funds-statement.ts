import { Evaluation, emptyEvaluation } from "../../src/model/evaluation";
import { TEMPLATE_VERSION } from "../../src/layout";

/**
 * Issue 26, income and expenditure by fund type and the budget stages (template 1.5). One
 * statement in the pattern 部门决算 说明 publish (收入支出决算总表, 财政拨款收入支出决算总表), every
 * figure of it in a cell:
 * “2025年度收入总计438.98万元，支出总计438.98万元，与上年相比各增加25.40万元，增长6.14%。本年收入
 * 合计426.98万元，较上年增加25.40万元，增长6.33%，其中：一般公共预算财政拨款收入415.30万元，政府性
 * 基金预算财政拨款收入0万元，国有资本经营预算财政拨款收入0万元，财政专户管理资金收入0万元，事业收入
 * 6.00万元，经营收入0万元，其他收入5.68万元；上年结转12.00万元。本年支出合计429.30万元（基本支出
 * 421.30万元，项目支出8.00万元），其中：一般公共预算财政拨款支出423.30万元，其他资金支出6.00万元；
 * 年末结转和结余9.68万元。年初预算400.00万元，追加30.00万元，全年预算430.00万元，预算执行率
 * 99.84%（基本支出99.83%，项目支出100%），预算调整率7.5%。”
 */
export function statement(): Evaluation {
  const m = emptyEvaluation(TEMPLATE_VERSION);
  m.income = {
    fiscalGeneral: "415.30",
    fiscalFund: "0.00",
    fiscalStateCapital: "0.00",
    fiscalSpecial: "0.00",
    service: "6.00",
    business: "0.00",
    other: "5.68",
    total: "426.98",
    totalWithCarryover: "438.98",
    previousTotal: "401.58",
  };
  m.expenditure.stated.basic = {
    budgetInitial: "392.00",
    budgetAdjusted: "422.00",
    actual: "421.30",
  };
  m.expenditure.stated.project = { budgetInitial: "8.00", budgetAdjusted: "8.00", actual: "8.00" };
  m.expenditure.stated.total = {
    budgetInitial: "400.00",
    budgetAdjusted: "430.00",
    actual: "429.30",
    fiscal: "423.30",
  };
  m.expenditure.execution = {
    carryoverPrior: "12.00",
    additions: "30.00",
    additionsBasic: "30.00",
    additionsProject: "0.00",
    carryoverEnd: "9.68",
  };
  m.expenditure.byFund = {
    fiscalGeneral: "423.30",
    fiscalFund: "0.00",
    fiscalStateCapital: "0.00",
    fiscalSpecial: "0.00",
    other: "6.00",
    totalWithCarryover: "438.98",
  };
  m.yearOnYear = {
    previous: { incomeGrand: "413.58", expenditureGrand: "413.58" },
    changes: {
      incomeTotal: { amount: "25.40", rate: "0.0633" },
      incomeGrand: { amount: "25.40", rate: "0.0614" },
      expenditureGrand: { amount: "25.40", rate: "0.0614" },
    },
  };
  m.statedRates = {
    execution: "0.9984",
    adjustment: "0.075",
    basicExecution: "0.9983",
    projectExecution: "1.00",
  };
  return m;
}
