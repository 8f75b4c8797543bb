/** The planners the commands run, loaded as one chunk on the first command (handlers.ts). */
export { clearWorkbook, validate } from "../workbook/validate";
export { insertTemplate } from "../workbook/template";
