import { Command, CommanderError } from "commander";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { templateMarkdown } from "../layout/docs";
import { TEMPLATE_MARKER, TEMPLATE_VERSION } from "../layout";
import { templateXlsx } from "./template";

/** A failure the user can act on: printed as one line, exit code 2, never a stack trace. */
export class UserError extends Error {}

function writeOut(path: string, data: Buffer | string): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  writeFileSync(path, data);
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name("jixiao")
    .description("绩效自评助手 — 部门整体支出绩效自评 workbook tools")
    .version(`0.1.0 (${TEMPLATE_MARKER} ${TEMPLATE_VERSION})`)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command("template")
    .description("写出空白模板 Write the blank template workbook")
    .requiredOption("-o, --out <file>", "output .xlsx")
    .action(async (opts: { out: string }) => {
      writeOut(opts.out, await templateXlsx());
      console.log(`已写出空白模板 Blank template written: ${opts.out}`);
    });

  program
    .command("docs")
    .description("生成模板文档 Regenerate docs/template.md from the layout")
    .option("-d, --dir <dir>", "docs folder", "docs")
    .action((opts: { dir: string }) => {
      writeOut(`${opts.dir}/template.md`, templateMarkdown());
      console.log(`已更新 Updated: ${opts.dir}/template.md`);
    });

  program
    .command("demo")
    .description("演示 Demo: write the blank template under out/")
    .option("--out-dir <dir>", "output folder", "out")
    .action(async (opts: { outDir: string }) => {
      const path = `${opts.outDir}/template.xlsx`;
      writeOut(path, await templateXlsx());
      console.log(`绩效自评助手 demo — 已写出空白模板 blank template: ${path}`);
      console.log(
        "下一步（后续版本）：校验示例工作簿并生成报告。Next: validate the bundled sample and generate the report."
      );
    });
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`错误 Error: ${msg}\n`);
    return 2;
  }
}

if (require.main === module) {
  void main(process.argv).then((code) => process.exit(code));
}
