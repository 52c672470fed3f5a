import ExcelJS from 'exceljs';
import { CsvError, parse } from 'csv-parse/sync';
import fs from 'node:fs';

/** A file's rows as text cells. `row` is the row number a spreadsheet shows: the header is row 1. */
export interface SheetRow {
  row: number;
  cells: string[];
}

export interface Sheet {
  headers: string[];
  rows: SheetRow[];
}

export class FileUnreadable extends Error {}

export function fileFormat(name: string): 'csv' | 'xlsx' {
  return /\.xlsx$/i.test(name) ? 'xlsx' : 'csv';
}

/** Reads the first sheet of an XLSX, or a CSV, whole: validation needs every row to find duplicates anyway. */
export async function readSheet(file: string, format: 'csv' | 'xlsx'): Promise<Sheet> {
  const records = format === 'xlsx' ? await readXlsx(file) : readCsv(fs.readFileSync(file, 'utf8'));
  const first = records.findIndex((r) => r.cells.some((c) => c !== ''));
  if (first < 0) throw new FileUnreadable('The file has no header row.');
  const header = records[first];
  const headers = (header?.cells ?? []).map((c) => c.trim());
  const rows = records.slice(first + 1).filter((r) => r.cells.some((c) => c.trim() !== ''));
  return { headers, rows };
}

function readCsv(text: string): SheetRow[] {
  // Spreadsheets set to a comma decimal locale save with semicolons; the header tells which.
  const firstLine = text.replace(/^\uFEFF/, '').split(/[\r\n]/, 1)[0] ?? '';
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  try {
    const records = parse(text, { bom: true, delimiter, relax_quotes: true, relax_column_count: true }) as string[][];
    return records.map((cells, i) => ({ row: i + 1, cells }));
  } catch (error) {
    // A broken quote misaligns everything after it, so no row of the file can be trusted.
    if (error instanceof CsvError) throw new FileUnreadable(`The file is not valid CSV: ${error.message}`);
    throw error;
  }
}

async function readXlsx(file: string): Promise<SheetRow[]> {
  // Streaming: a 200,000-row sheet is read row by row, never as a whole workbook model.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const out: SheetRow[] = [];
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = row.values as unknown[];
        const cells: string[] = [];
        // row.values is 1-based and sparse: index 0 is always empty.
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        out.push({ row: row.number, cells });
      }
      break; // the first sheet only
    }
  } catch (error) {
    throw new FileUnreadable(`The file is not a readable XLSX workbook: ${error instanceof Error ? error.message : String(error)}`);
  }
  return out;
}

/** A cell as the text a person sees in it: the result of a formula, the text of rich text. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (typeof v.text === 'string') return v.text;
    if (v.error !== undefined) return String(v.error);
  }
  return '';
}
