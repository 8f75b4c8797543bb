/**
 * One contract for every port: the CLI's ExcelJS adapter and the Office.js adapter on the fake
 * Excel under each requirement-set profile give the same results (the cases: contract-cases.ts;
 * WPS runs them in wps-contract.test.ts). Differences by design:
 * - notes exist only where ExcelApi 1.18 does (m365, web) and in files (xlsx);
 * - charts on 汇总 only where the host draws them (not ExcelJS): values are the same.
 */
import { contractCases } from "./contract-cases";
import { HOSTS, open } from "./ports";

contractCases(HOSTS, open);
