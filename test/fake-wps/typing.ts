import { dateSerial, parseTyped, type Typed } from "../fake-excel/typing";

/**
 * What WPS 表格 (zh-CN) makes of a string written to Value2/Formula: the same as typing it into
 * the cell. Excel's en-US typing (numbers, "1,234", "4.5%", "2022/9/27", "=…", "'…", TRUE) plus
 * the Chinese date forms a zh-CN spreadsheet accepts ("2022年9月27日", "9月27日"). A cell
 * formatted "@" keeps every string as text. (Not confirmed against WPS itself: the JSAPI
 * reference does not describe typing; this copies Excel zh-CN, which WPS follows for files.)
 */
const ZH_YMD = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const ZH_MD = /^(\d{1,2})月(\d{1,2})日$/;

export function parseWpsTyping(input: string, numberFormat: string, currentYear: number): Typed {
  if (numberFormat !== "@" && !input.startsWith("'")) {
    const s = input.trim();
    const ymd = ZH_YMD.exec(s);
    const md = ZH_MD.exec(s);
    const serial = ymd
      ? dateSerial(+ymd[1], +ymd[2], +ymd[3])
      : md
        ? dateSerial(currentYear, +md[1], +md[2])
        : undefined;
    if (serial !== undefined)
      return {
        kind: "value",
        value: serial,
        numberFormat: ymd ? 'yyyy"年"m"月"d"日"' : 'm"月"d"日"',
      };
  }
  return parseTyped(input, numberFormat, currentYear);
}
