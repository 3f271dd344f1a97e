import { resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { HsCorrelationSummary, importHsCorrelationWith } from '../hs-codes/hs-correlation-import';
import { HsImportSummary, importHsNomenclatureWith, readTextFile, UpsertCounts } from '../hs-codes/hs-import';
import { HsReviewBacklog } from '../hs-reclassification/hs-review-backlog.service';
import { HsReviewBacklogModule } from '../hs-reclassification/hs-review-backlog.module';
import { withServices } from './cli-context';

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
    `Imported ${file} as HS ${summary.edition}: ${summary.rows} valid rows, ${summary.rejected.length} rejected`,
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

export function formatCorrelationSummary(file: string, summary: HsCorrelationSummary, flagged: number): string[] {
  const lines = [
    `Correlation ${file}, HS ${summary.fromEdition} -> HS ${summary.toEdition}: ${summary.pairs} pairs, ${summary.rejected.length} rejected`,
  ];
  if (summary.rejected.length > 0) lines.push('Rejected rows:', ...summary.rejected.map((r) => `  line ${r.line}: ${r.reason}`));
  if (summary.unmapped.length > 0) {
    const shown = summary.unmapped.slice(0, 20).join(', ');
    lines.push(
      `${summary.unmapped.length} subheadings of HS ${summary.fromEdition} are gone with no pair: ${shown}${summary.unmapped.length > 20 ? ', …' : ''}`,
    );
  }
  lines.push(`Products to reclassify for HS ${summary.toEdition}: ${flagged} (GET /api/v1/admin/hs-reviews)`);
  return lines;
}

export interface HsImportArgs {
  edition?: number;
  effectiveFrom?: string;
  /** A correlation CSV (from_code,to_code) from the previous edition to this one. */
  correlation?: string;
}

/**
 * `hs:import <file> [--edition Y --effective-from D] [--correlation F]`, all in one transaction; a
 * relative path is taken from where npm was started, not the package root.
 */
export async function runHsImport(
  dataSource: DataSource,
  file: string,
  args: HsImportArgs,
  out: (line: string) => void,
): Promise<HsImportSummary> {
  const from = (name: string): string => resolve(process.env.INIT_CWD ?? process.cwd(), name);
  const path = from(file);
  const csv = await readTextFile(path);
  const correlationPath = args.correlation === undefined ? undefined : from(args.correlation);
  const correlationCsv = correlationPath === undefined ? undefined : await readTextFile(correlationPath);
  const { summary, correlation, flagged } = await withServices(dataSource, [HsReviewBacklogModule], (app) =>
    dataSource.transaction(async (manager) => {
      const summary = await importHsNomenclatureWith(manager, csv, {
        edition: args.edition,
        effectiveFrom: args.effectiveFrom,
        onProgress: progressReporter(process.stderr),
      });
      if (correlationCsv === undefined) return { summary };
      const correlation = await importHsCorrelationWith(manager, correlationCsv, summary.edition);
      return { summary, correlation, flagged: await app.get(HsReviewBacklog).openCount(manager, summary.edition) };
    }),
  );
  formatSummary(path, summary).forEach((line) => out(line));
  if (correlation) formatCorrelationSummary(correlationPath!, correlation, flagged).forEach((line) => out(line));
  return summary;
}
