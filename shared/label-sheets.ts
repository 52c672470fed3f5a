/**
 * Common A4 label sheets (210 x 297 mm), in millimetres as their makers publish them:
 * label size, the top-left corner of the first label, and the pitch (label plus gap) across
 * and down. Labels are numbered row by row, as a person counts the used ones on a sheet.
 */
export interface LabelSheet {
  columns: number;
  rows: number;
  width: number;
  height: number;
  left: number;
  top: number;
  pitchX: number;
  pitchY: number;
}

export const LABEL_SHEETS = {
  /** 24 per sheet, 70 x 37 mm, edge to edge (e.g. Avery 3474). */
  'a4-3x8': { columns: 3, rows: 8, width: 70, height: 37, left: 0, top: 0.5, pitchX: 70, pitchY: 37 },
  /** 21 per sheet, 63.5 x 38.1 mm (e.g. Avery L7160). */
  'a4-3x7': { columns: 3, rows: 7, width: 63.5, height: 38.1, left: 7.25, top: 15.15, pitchX: 66.04, pitchY: 38.1 },
  /** 40 per sheet, 48.5 x 25.4 mm (e.g. Avery L7656-style 40-up). */
  'a4-4x10': { columns: 4, rows: 10, width: 48.5, height: 25.4, left: 8, top: 21.5, pitchX: 48.5, pitchY: 25.4 },
  /** 14 per sheet, 99.1 x 38.1 mm (e.g. Avery L7163). */
  'a4-2x7': { columns: 2, rows: 7, width: 99.1, height: 38.1, left: 4.65, top: 15.15, pitchX: 101.6, pitchY: 38.1 },
} as const satisfies Record<string, LabelSheet>;

export type LabelSheetId = keyof typeof LABEL_SHEETS;
export const LABEL_SHEET_IDS = Object.keys(LABEL_SHEETS) as [LabelSheetId, ...LabelSheetId[]];

export function labelsPerSheet(id: LabelSheetId): number {
  const s = LABEL_SHEETS[id];
  return s.columns * s.rows;
}

/** Most labels one PDF holds: about 200 sheets, a few MB, built in seconds on a till. */
export const MAX_PDF_LABELS = 5000;
/** Most labels one run sends to the receipt printer: about 25 m of paper. */
export const MAX_PRINTED_LABELS = 500;
