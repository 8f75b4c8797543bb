/** ExcelJS internals the adapter reaches for: rendering a single table part, */
declare module "exceljs/lib/xlsx/xform/table/table-xform" {
  class TableXform {
    prepare(model: unknown, options: object): void;
    toXml(model: unknown): string;
  }
  export = TableXform;
}

/** … and the in-memory Workbook class without the package's streaming reader and writer. */
declare module "exceljs/lib/doc/workbook" {
  import type { Workbook } from "exceljs";
  const WorkbookClass: typeof Workbook;
  export = WorkbookClass;
}
