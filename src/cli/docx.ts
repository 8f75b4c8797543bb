import type { Command } from "commander";
import { NotATemplateError } from "../workbook/reader";
import { NoReportSheetError, exportWord } from "../workbook/report";
import { openInput, readProfile } from "./files";
import { UserError, checkOutputs, writeOutput } from "./fs-safe";

/**
 * `jixiao docx IN.xlsx -o OUT.docx`: the Word document from the 报告 and 自评表 sheets as they
 * stand — generate the report, edit it in Excel, then export it. The workbook is only read.
 */
export function registerDocx(program: Command, overwriteHelp: string): void {
  program
    .command("docx")
    .description("导出 Word Render the Word document from the 报告 and 自评表 sheets as edited")
    .argument(
      "<in>",
      "含已生成（可能已修改）报告各表的 .xlsx input .xlsx with the generated (and possibly edited) report sheets"
    )
    .requiredOption("-o, --out <file>", "输出的 .docx 文件 output .docx")
    .option(
      "--profile <json>",
      "草稿页所用的评分方案（默认：内置方案） scoring profile for the draft page (default: the bundled one)"
    )
    .option("--overwrite", overwriteHelp)
    .action(async (input: string, opts: { out: string; profile?: string; overwrite?: boolean }) => {
      checkOutputs(
        [input, ...(opts.profile ? [opts.profile] : [])],
        [{ path: opts.out, option: "-o", kind: "docx" }],
        opts.overwrite
      );
      const profile = opts.profile ? readProfile(opts.profile) : undefined;
      const workbook = await openInput(input);
      let result: Awaited<ReturnType<typeof exportWord>>;
      try {
        result = await exportWord(workbook, { profile });
      } catch (e) {
        if (e instanceof NotATemplateError || e instanceof NoReportSheetError)
          throw new UserError(`${input}：${e.zh}`, `${input}: ${e.en}`);
        throw e;
      }
      writeOutput(opts.out, result.bytes);
      console.log(`已导出 Word Written: ${opts.out}`);
      const errors = result.all.filter((f) => f.severity === "error").length;
      if (errors) {
        console.log(
          `注意：仍有 ${errors} 个错误未改正，已列入“校验情况”草稿页并加“草稿”水印。Note: ${errors} error(s) remain; listed on the draft page, with a 草稿 watermark.`
        );
        process.exitCode = 1;
      }
    });
}
