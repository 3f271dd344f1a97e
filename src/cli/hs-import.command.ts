import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { HsImportSummary, importHsNomenclatureFile, UpsertCounts } from '../hs-codes/hs-import';

const BAR_WIDTH = 30;

/** A bar redrawn in place on a terminal; on a pipe or a log file, a line per tenth of the work. */
export function progressReporter(stream: NodeJS.WriteStream): (done: number, total: number) => void {
  let lastTenth = -1;
  return (done, total) => {
    const ratio = total === 0 ? 1 : done / total;
    if (stream.isTTY) {
      const filled = Math.round(ratio * BAR_WIDTH);
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${Math.floor(ratio * 100)}% ${done}/${total} subheadings`);
      if (done === total) stream.write('\n');
      return;
    }
    const tenth = Math.floor(ratio * 10);
    if (tenth !== lastTenth) {
      lastTenth = tenth;
      stream.write(`hs:import ${done}/${total} subheadings (${tenth * 10}%)\n`);
    }
  };
}

function counts(c: UpsertCounts): string {
  return `inserted ${c.inserted}, updated ${c.updated}, unchanged ${c.unchanged}`;
}

export function formatSummary(file: string, summary: HsImportSummary): string[] {
  const lines = [
    `Imported ${file}: ${summary.rows} valid rows, ${summary.rejected.length} rejected`,
    `  sections:    ${counts(summary.sections)}`,
    `  chapters:    ${counts(summary.chapters)}`,
    `  headings:    ${counts(summary.headings)}`,
    `  subheadings: ${counts(summary.subheadings)}`,
  ];
  if (summary.rejected.length > 0) {
    lines.push('Rejected rows:', ...summary.rejected.map((r) => `  line ${r.line}: ${r.reason}`));
  }
  return lines;
}

/** `hs:import <file>`: a relative path is taken from where npm was started, not the package root. */
export async function runHsImport(dataSource: DataSource, file: string, out: (line: string) => void): Promise<HsImportSummary> {
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const summary = await importHsNomenclatureFile(dataSource, path, { onProgress: progressReporter(process.stderr) });
  formatSummary(path, summary).forEach((line) => out(line));
  return summary;
}
