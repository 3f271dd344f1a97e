import { CsvRecord, CsvSyntaxError, parseCsv } from './csv.parser';
import { RejectedRow } from './hs-nomenclature-rows';

/** The columns of a correlation CSV: one row per (old subheading, new subheading) pair. */
export const CORRELATION_COLUMNS = ['from_code', 'to_code'] as const;

export interface CorrelationRow {
  line: number;
  fromCode: string;
  toCode: string;
}

/**
 * Reads a correlation table into valid pairs and rejected rows (with line numbers). A file that is
 * not CSV or lacks the header throws: nothing of it should be imported. Repeated pairs are kept once.
 */
export function readCorrelationCsv(text: string): { rows: CorrelationRow[]; rejected: RejectedRow[] } {
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new Error(`The correlation file is not valid CSV (${error.message})`);
    throw error;
  }
  const [header, ...body] = records;
  const names = header?.fields.map((name) => name.trim().toLowerCase()) ?? [];
  if (names.length !== CORRELATION_COLUMNS.length || !CORRELATION_COLUMNS.every((column) => names.includes(column))) {
    throw new Error(`The correlation file's header is "${header?.fields.join(',') ?? ''}"; expected ${CORRELATION_COLUMNS.join(',')}`);
  }
  const from = names.indexOf('from_code');
  const to = names.indexOf('to_code');
  const rows: CorrelationRow[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Set<string>();
  for (const record of body) {
    if (record.fields.length !== CORRELATION_COLUMNS.length) {
      rejected.push({ line: record.line, reason: `expected 2 fields, found ${record.fields.length}` });
      continue;
    }
    const row = { line: record.line, fromCode: record.fields[from].trim(), toCode: record.fields[to].trim() };
    const bad = [row.fromCode, row.toCode].find((code) => !/^\d{6}$/.test(code));
    if (bad !== undefined) {
      rejected.push({ line: record.line, reason: `"${bad}" is not a 6-digit subheading` });
      continue;
    }
    const key = `${row.fromCode}>${row.toCode}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(row);
  }
  return { rows, rejected };
}
