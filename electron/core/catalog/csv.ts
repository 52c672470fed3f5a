import { CsvError, parse } from 'csv-parse/sync';
import type { Unit } from '../../../shared/domain/catalog';
import { QTY_ONE, type Minor, type Qty } from '../../../shared/domain/units';
import { parseDecimal, QTY_DECIMALS } from './decimal';

/**
 * The catalog CSV format shared by the demo loader and a shop's own import. Pure: it reads
 * text and reports; whether rows with issues block the whole import is the caller's rule.
 */

export interface CatalogRow {
  /** 1-based line of the file the row starts on; the header is line 1. */
  line: number;
  barcodes: string[];
  sku: string;
  name: string;
  category: string | null;
  price: Minor;
  cost: Minor | null;
  taxCode: string;
  unit: Unit;
  /** Opening stock in thousandths. */
  stock: Qty;
}

/** `column` is '' when the problem is the row or the file as a whole. */
export interface CatalogIssue {
  line: number;
  column: string;
  message: string;
}

export interface ParsedCatalog {
  rows: CatalogRow[];
  issues: CatalogIssue[];
}

export interface CatalogCsvOptions {
  /** Decimal places of the shop currency: 2 for GBP, 0 for JPY. */
  currencyExponent: number;
  /** The shop's tax codes; the first is the default for rows that give none. */
  taxCodes: readonly string[];
  validateBarcode: (code: string) => boolean;
}

const COLUMNS = ['barcode', 'sku', 'name', 'category', 'price', 'cost', 'tax', 'unit', 'stock'] as const;
type Column = (typeof COLUMNS)[number];
const REQUIRED: readonly Column[] = ['barcode', 'name', 'price'];
const UNITS: readonly Unit[] = ['each', 'kg'];

export function parseCatalogCsv(text: string, opts: CatalogCsvOptions): ParsedCatalog {
  const read = readRecords(text);
  if ('issue' in read) return { rows: [], issues: [read.issue] };
  const [header, ...body] = read.records;
  if (!header) return { rows: [], issues: [{ line: 1, column: '', message: 'The file is empty.' }] };
  const columns = readHeader(header);
  if ('issues' in columns) return { rows: [], issues: columns.issues };

  const rows: CatalogRow[] = [];
  const issues: CatalogIssue[] = [];
  const seen: Seen = { barcodes: new Map(), skus: new Map() };
  for (const record of body) {
    if (record.cells.every((cell) => cell.trim() === '')) continue;
    const cell = (column: Column): string => {
      const i = columns.index.get(column);
      return i === undefined ? '' : (record.cells[i] ?? '').trim();
    };
    const rowIssues: CatalogIssue[] = [];
    const report: Report = (column, message) => {
      rowIssues.push({ line: record.line, column, message });
      return undefined;
    };
    if (record.cells.length > header.cells.length) {
      const counts = `The row has ${record.cells.length} cells but the header has ${header.cells.length}`;
      report('', `${counts}; a value containing the separator needs quotes.`);
    }
    const { barcodes, sku } = readIdentity(cell, opts.validateBarcode, record.line, seen, report);
    const fields = readFields(cell, opts, report);
    if (fields && rowIssues.length === 0) rows.push({ line: record.line, barcodes, sku, ...fields });
    else issues.push(...rowIssues);
  }
  return { rows, issues };
}

/**
 * Records an issue against the row. It returns undefined so a reader can `return report(...)`:
 * undefined always means "bad cell, already reported", leaving null free for an absent cost.
 */
type Report = (column: string, message: string) => undefined;

interface CsvRecord {
  line: number;
  cells: string[];
}

function readRecords(text: string): { records: CsvRecord[] } | { issue: CatalogIssue } {
  // Spreadsheets set to a comma decimal locale save with semicolons; the header tells which.
  // trimStart also drops a byte order mark.
  const firstLine = text.trimStart().split(/[\r\n]/, 1)[0] ?? '';
  const delimiter = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  const endLines: number[] = [];
  try {
    // csv-parse counts a CRLF inside quotes as two lines; with one newline convention its
    // line numbers are exact.
    const records = parse(text.replace(/\r\n?/g, '\n'), {
      bom: true,
      delimiter,
      // A stray quote inside a plain cell is data (a 32" screen), not a syntax error.
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record, context) => {
        endLines.push(context.lines);
        return record;
      },
    });
    return {
      records: records.map((cells, i) => ({
        // A quoted cell may span lines and the parser gives where a record ends: count back.
        line: (endLines[i] ?? 1) - cells.reduce((n, cell) => n + cell.split('\n').length - 1, 0),
        cells,
      })),
    };
  } catch (error) {
    // A broken quote misaligns everything after it, so no row of the file can be trusted.
    if (error instanceof CsvError) {
      const line = typeof error.lines === 'number' ? error.lines : 1;
      return { issue: { line, column: '', message: `The file is not valid CSV: ${error.message}` } };
    }
    throw error;
  }
}

function readHeader(header: CsvRecord): { index: Map<Column, number> } | { issues: CatalogIssue[] } {
  const issues: CatalogIssue[] = [];
  const index = new Map<Column, number>();
  header.cells.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    const column = COLUMNS.find((c) => c === name);
    if (!column) return;
    if (index.has(column)) issues.push({ line: header.line, column, message: 'The column appears twice.' });
    else index.set(column, i);
  });
  for (const column of REQUIRED) {
    if (!index.has(column)) issues.push({ line: header.line, column, message: `The required column "${column}" is missing.` });
  }
  return issues.length > 0 ? { issues } : { index };
}

/** The cells that need no other row to check; undefined when any of them is bad. */
function readFields(
  cell: (column: Column) => string,
  opts: CatalogCsvOptions,
  report: Report,
): Omit<CatalogRow, 'line' | 'barcodes' | 'sku'> | undefined {
  const name = cell('name') || report('name', 'A product needs a name.');
  const price = cell('price')
    ? readMoney(cell('price'), opts.currencyExponent, 'price', report)
    : report('price', 'A product needs a price.');
  const cost = cell('cost') ? readMoney(cell('cost'), opts.currencyExponent, 'cost', report) : null;
  const taxCode = readTaxCode(cell('tax'), opts.taxCodes, report);
  const unit = readUnit(cell('unit'), report);
  const stock = readStock(cell('stock'), unit, report);
  if (name === undefined || price === undefined || cost === undefined) return undefined;
  if (taxCode === undefined || unit === undefined || stock === undefined) return undefined;
  return { name, category: cell('category') || null, price, cost, taxCode, unit, stock };
}

/** First line each barcode and SKU appeared on, so a repeat can say where the original is. */
interface Seen {
  barcodes: Map<string, number>;
  skus: Map<string, number>;
}

/** The codes a product is found by, each unique in the file: a repeat is reported on the later line. */
function readIdentity(
  cell: (column: Column) => string,
  validateBarcode: (code: string) => boolean,
  line: number,
  seen: Seen,
  report: Report,
): { barcodes: string[]; sku: string } {
  const barcodes = readBarcodes(cell('barcode'), validateBarcode, report);
  const repeated = new Set<string>();
  for (const code of barcodes) {
    const first = seen.barcodes.get(code);
    if (first === undefined) seen.barcodes.set(code, line);
    else {
      repeated.add(code);
      report('barcode', `Barcode ${code} is already used on line ${first}.`);
    }
  }
  const givenSku = cell('sku');
  const sku = givenSku || (barcodes[0] ?? '');
  const first = seen.skus.get(sku);
  if (sku === '') {
    // Neither a SKU nor a usable barcode: the barcode issue already covers the row.
  } else if (first === undefined) {
    seen.skus.set(sku, line);
  } else if (givenSku !== '' || !repeated.has(sku)) {
    // A SKU taken from a repeated barcode would only repeat the barcode issue.
    report('sku', `SKU ${sku} is already used on line ${first}.`);
  }
  return { barcodes, sku };
}

function readBarcodes(text: string, isValid: (code: string) => boolean, report: Report): string[] {
  if (text === '') {
    report('barcode', 'A product needs at least one barcode.');
    return [];
  }
  const good: string[] = [];
  for (const code of text.split('|').map((part) => part.trim())) {
    if (/e\+/i.test(code)) {
      report('barcode', `"${code}" was turned into a number by a spreadsheet; format the column as text and export again.`);
    } else if (code === '') {
      report('barcode', 'The barcode list has an empty entry between "|" separators.');
    } else if (!isValid(code)) {
      report('barcode', `"${code}" is not a valid barcode.`);
    } else if (good.includes(code)) {
      report('barcode', `Barcode ${code} is listed twice.`);
    } else {
      good.push(code);
    }
  }
  return good;
}

function readMoney(text: string, exponent: number, column: Column, report: Report): Minor | undefined {
  const parsed = parseDecimal(text, exponent);
  if (!parsed.ok) return report(column, parsed.message);
  if (parsed.value < 0) return report(column, `The ${column} cannot be negative.`);
  return parsed.value;
}

function readTaxCode(text: string, codes: readonly string[], report: Report): string | undefined {
  if (text === '') return codes[0] ?? report('tax', 'The shop has no tax rates to default to.');
  const code = codes.find((c) => c.toLowerCase() === text.toLowerCase());
  return code ?? report('tax', `Unknown tax code "${text}"; the shop has ${codes.join(', ')}.`);
}

function readUnit(text: string, report: Report): Unit | undefined {
  if (text === '') return 'each';
  const unit = UNITS.find((u) => u === text.toLowerCase());
  return unit ?? report('unit', `Unknown unit "${text}"; use ${UNITS.join(' or ')}.`);
}

function readStock(text: string, unit: Unit | undefined, report: Report): Qty | undefined {
  if (text === '') return 0;
  const parsed = parseDecimal(text, QTY_DECIMALS);
  if (!parsed.ok) return report('stock', parsed.message);
  // Opening stock is a count taken on the shop floor; below zero it can only be a typo.
  if (parsed.value < 0) return report('stock', 'Stock cannot be negative.');
  if (unit === 'each' && parsed.value % QTY_ONE !== 0) return report('stock', 'A product sold each is counted in whole units.');
  return parsed.value;
}
