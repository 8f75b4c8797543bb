/** The one ExcelJS internal the adapter reaches for: rendering a single table part. */
declare module "exceljs/lib/xlsx/xform/table/table-xform" {
  class TableXform {
    prepare(model: unknown, options: object): void;
    toXml(model: unknown): string;
  }
  export = TableXform;
}
