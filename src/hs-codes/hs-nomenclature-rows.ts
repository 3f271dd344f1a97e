import { CsvRecord, CsvSyntaxError, parseCsv } from './csv.parser';

/** The columns of the nomenclature CSV (the layout of datasets/harmonized-system). */
export const NOMENCLATURE_COLUMNS = [
  'hs6',
  'description',
  'heading',
  'heading_description',
  'chapter',
  'chapter_description',
  'section',
  'section_name',
] as const;

const SECTIONS = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
  'XVIII',
  'XIX',
  'XX',
  'XXI',
];
const MAX_TEXT = 2000;

export interface NomenclatureRow {
  line: number;
  hs6: string;
  description: string;
  heading: string;
  headingDescription: string;
  chapter: string;
  chapterDescription: string;
  section: string;
  sectionName: string;
}

export interface RejectedRow {
  line: number;
  reason: string;
}

export interface ParsedNomenclature {
  rows: NomenclatureRow[];
  rejected: RejectedRow[];
}

function rowProblem(row: NomenclatureRow): string | null {
  if (!/^\d{6}$/.test(row.hs6)) return `hs6 "${row.hs6}" is not 6 digits`;
  if (row.heading !== row.hs6.slice(0, 4)) return `heading "${row.heading}" is not the first 4 digits of ${row.hs6}`;
  if (row.chapter !== row.hs6.slice(0, 2)) return `chapter "${row.chapter}" is not the first 2 digits of ${row.hs6}`;
  if (!SECTIONS.includes(row.section)) return `section "${row.section}" is not a Roman numeral from I to XXI`;
  const texts: [string, string][] = [
    ['description', row.description],
    ['heading_description', row.headingDescription],
    ['chapter_description', row.chapterDescription],
    ['section_name', row.sectionName],
  ];
  for (const [column, value] of texts) {
    if (value === '') return `${column} is empty`;
    if (value.length > MAX_TEXT) return `${column} is longer than ${MAX_TEXT} characters`;
  }
  return null;
}

/**
 * Reads a nomenclature CSV into valid rows and rejected rows (with line numbers). A file that is not
 * CSV, is empty or lacks the expected header throws: nothing of it should be imported.
 */
export function readNomenclatureCsv(text: string): ParsedNomenclature {
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new Error(`The file is not valid CSV (${error.message})`);
    throw error;
  }
  const [header, ...body] = records;
  if (!header) throw new Error(`The file is empty; expected a header line: ${NOMENCLATURE_COLUMNS.join(',')}`);
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const missing = NOMENCLATURE_COLUMNS.filter((column) => !names.includes(column));
  const unknown = names.filter((name) => !(NOMENCLATURE_COLUMNS as readonly string[]).includes(name));
  if (missing.length > 0 || unknown.length > 0 || names.length !== NOMENCLATURE_COLUMNS.length) {
    throw new Error(
      `The header line is "${header.fields.join(',')}"; expected the columns ${NOMENCLATURE_COLUMNS.join(',')}` +
        (missing.length > 0 ? ` (missing: ${missing.join(', ')})` : '') +
        (unknown.length > 0 ? ` (unknown: ${unknown.join(', ')})` : ''),
    );
  }
  const at = Object.fromEntries(NOMENCLATURE_COLUMNS.map((column) => [column, names.indexOf(column)])) as Record<
    (typeof NOMENCLATURE_COLUMNS)[number],
    number
  >;

  const rows: NomenclatureRow[] = [];
  const rejected: RejectedRow[] = [];
  const seenCodes = new Map<string, number>();
  const headings = new Map<string, { description: string; line: number }>();
  const chapters = new Map<string, { description: string; section: string; line: number }>();
  const sections = new Map<string, { name: string; line: number }>();

  for (const record of body) {
    if (record.fields.length !== NOMENCLATURE_COLUMNS.length) {
      rejected.push({ line: record.line, reason: `expected ${NOMENCLATURE_COLUMNS.length} fields, found ${record.fields.length}` });
      continue;
    }
    const get = (column: (typeof NOMENCLATURE_COLUMNS)[number]): string => record.fields[at[column]].trim();
    const row: NomenclatureRow = {
      line: record.line,
      hs6: get('hs6'),
      description: get('description'),
      heading: get('heading'),
      headingDescription: get('heading_description'),
      chapter: get('chapter'),
      chapterDescription: get('chapter_description'),
      section: get('section').toUpperCase(),
      sectionName: get('section_name'),
    };
    const problem = rowProblem(row) ?? consistencyProblem(row);
    if (problem) {
      rejected.push({ line: record.line, reason: problem });
      continue;
    }
    seenCodes.set(row.hs6, row.line);
    if (!headings.has(row.heading)) headings.set(row.heading, { description: row.headingDescription, line: row.line });
    if (!chapters.has(row.chapter))
      chapters.set(row.chapter, { description: row.chapterDescription, section: row.section, line: row.line });
    if (!sections.has(row.section)) sections.set(row.section, { name: row.sectionName, line: row.line });
    rows.push(row);
  }
  return { rows, rejected };

  // A code listed twice, or a parent described two ways, would make the import order decide the data.
  function consistencyProblem(row: NomenclatureRow): string | null {
    const duplicate = seenCodes.get(row.hs6);
    if (duplicate !== undefined) return `hs6 ${row.hs6} is already on line ${duplicate}`;
    const heading = headings.get(row.heading);
    if (heading && heading.description !== row.headingDescription) {
      return `heading ${row.heading} is described differently on line ${heading.line}`;
    }
    const chapter = chapters.get(row.chapter);
    if (chapter && chapter.description !== row.chapterDescription) {
      return `chapter ${row.chapter} is described differently on line ${chapter.line}`;
    }
    if (chapter && chapter.section !== row.section)
      return `chapter ${row.chapter} is in section ${chapter.section} on line ${chapter.line}`;
    const section = sections.get(row.section);
    if (section && section.name !== row.sectionName) return `section ${row.section} is named differently on line ${section.line}`;
    return null;
  }
}
