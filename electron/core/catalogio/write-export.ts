import ExcelJS from 'exceljs';
import fs from 'node:fs';
import type { ExportFormat } from '../../../shared/domain/catalog-io';
import type { ExportCell, ExportTable } from './export-rows';

/** A CSV cell. Text starting like a formula gets a leading apostrophe, so a spreadsheet opening the file never runs a product name. */
function csvCell(cell: ExportCell): string {
  let s = 'number' in cell ? cell.number : cell.text;
  if ('text' in cell && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes the table to `file`, streaming: neither format holds all rows in memory. Returns the row count. */
export async function writeExport(file: string, format: ExportFormat, sheetName: string, table: ExportTable): Promise<number> {
  let count = 0;
  if (format === 'csv') {
    const fd = fs.openSync(file, 'w');
    try {
      // A byte order mark, so Excel reads the file as UTF-8.
      let buf = `\uFEFF${table.headers.map((h) => csvCell({ text: h })).join(',')}\r\n`;
      for (const row of table.rows) {
        buf += `${row.map(csvCell).join(',')}\r\n`;
        count += 1;
        if (buf.length > 1 << 20) {
          fs.writeSync(fd, buf);
          buf = '';
        }
      }
      fs.writeSync(fd, buf);
    } finally {
      fs.closeSync(fd);
    }
    return count;
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(table.headers).commit();
  for (const row of table.rows) {
    // Numbers as numbers, so the sheet can sum them; their text has at most 3 decimals, exact in a double.
    sheet.addRow(row.map((c) => ('number' in c ? Number(c.number) : c.text))).commit();
    count += 1;
  }
  sheet.commit();
  await workbook.commit();
  return count;
}
