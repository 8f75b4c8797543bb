import type { Command } from "commander";
import { TEMPLATE_VERSION } from "../layout";
import { NotATemplateError } from "../workbook/reader";
import { upgradeOps, upgradeRequest } from "../workbook/template";
import { openInput, workbookBytes } from "./files";
import { UserError, checkOutputs, writeOutput } from "./fs-safe";

/**
 * jixiao upgrade IN -o OUT: a workbook of an older template version gets the sheets and fields
 * added since, and its version marker raised; no input cell is written (PRODUCT.md §3, issue 15
 * item 11). The output may not replace the input unless asked, as everywhere.
 */
export function registerUpgrade(program: Command): void {
  program
    .command("upgrade")
    .description("升级模板 Add the sheets and fields of the current template version")
    .argument("<in>", "输入的 .xlsx 文件 input .xlsx")
    .requiredOption("-o, --out <file>", "输出的 .xlsx 文件 output .xlsx")
    .option(
      "--overwrite",
      "覆盖已存在的输出文件（输入文件仅在与输出相同时才会被覆盖） replace an existing output (never the input unless it is the output)"
    )
    .action(async (input: string, opts: { out: string; overwrite?: boolean }) => {
      checkOutputs(
        [input],
        [{ path: opts.out, option: "-o", mayReplaceInput: true, kind: "xlsx" }],
        opts.overwrite
      );
      const workbook = await openInput(input);
      let ops;
      try {
        ops = upgradeOps(await workbook.read(upgradeRequest()));
      } catch (e) {
        if (e instanceof NotATemplateError)
          throw new UserError(`${input}：${e.zh}`, `${input}: ${e.en}`);
        throw e;
      }
      if (ops.length) await workbook.write(ops);
      writeOutput(opts.out, await workbookBytes(workbook, opts.out));
      console.log(
        ops.length
          ? `已升级到模板 ${TEMPLATE_VERSION} 版 Upgraded to template ${TEMPLATE_VERSION}: ${opts.out}`
          : `已是模板 ${TEMPLATE_VERSION} 版，无需升级 Already template ${TEMPLATE_VERSION}: ${opts.out}`
      );
    });
}
