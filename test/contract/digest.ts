import type { WorkbookState } from "../fake-excel";

/**
 * Everything the fake workbook holds that a run could change — cells with their formats,
 * merges, widths, protection, conditional formats, notes, validations, names, charts — as
 * plain data two states can be compared on.
 */
export function digest(state: WorkbookState): unknown {
  return {
    sheets: state.sheets
      .filter((s) => !s.deleted)
      .map((s) => ({
        name: s.name,
        visibility: s.visibility,
        tabColor: s.tabColor,
        protection: JSON.parse(JSON.stringify(s.protection)) as unknown,
        cells: [...s.cells].sort(([a], [b]) => a - b),
        merges: s.merges,
        columnWidths: [...s.columnWidths],
        rowHeights: [...s.rowHeights],
        hiddenRows: [...s.hiddenRows].sort((a, b) => a - b),
        // Ids are the host's own: a format re-added gets a new one.
        conditionalFormats: s.conditionalFormats.map((cf) => ({ ...cf, id: undefined })),
        notes: [...s.notes],
        validations: [...s.validations].map(([k, v]) => [k, v.rule, v.errorAlert]),
        charts: s.charts.length,
      })),
    names: state.names.map((n) => ({
      name: n.name,
      ref: n.ref && { sheet: n.ref.sheet.name, rect: n.ref.rect },
    })),
  };
}
