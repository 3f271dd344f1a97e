import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/common/database/data-source-options';
import { importHsNomenclature, importHsNomenclatureFile } from '../src/hs-codes/hs-import';
import { cloneTestDatabase } from './support/test-database';

const NOMENCLATURE_CSV = resolve(__dirname, '../../shared/data/hs2022-nomenclature.csv');
const HEADER = 'hs6,description,heading,heading_description,chapter,chapter_description,section,section_name';

async function counts(db: DataSource): Promise<Record<string, number>> {
  const [row] = await db.query(`SELECT (SELECT count(*) FROM hs_sections)::int AS sections, (SELECT count(*) FROM hs_chapters)::int AS chapters,
                                       (SELECT count(*) FROM hs_headings)::int AS headings, (SELECT count(*) FROM hs_subheadings)::int AS subheadings`);
  return row;
}

describe('hs:import (e2e)', () => {
  let db: DataSource;
  let dir: string;

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(await cloneTestDatabase(), 2)).initialize();
    dir = mkdtempSync(join(tmpdir(), 'hirfa-hs-import-'));
  });
  afterAll(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const file = (name: string, content: string | Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('refuses a corrupt file and imports nothing of it', async () => {
    const before = await counts(db);
    const broken = file('broken.csv', `${HEADER}\n010121,"Horses; live, pure-bred breeding animals",0101,Horses,01,Animals; live,I,Live animals\n010129,"never closed,0101,Horses,01,Animals,I,Live\n`);
    await expect(importHsNomenclatureFile(db, broken)).rejects.toThrow('The file is not valid CSV (CSV syntax error on line 3: a quoted field is never closed)');
    const headerless = file('headerless.csv', '010121,Horses,0101,Horses,01,Animals,I,Live animals\n');
    await expect(importHsNomenclatureFile(db, headerless)).rejects.toThrow(/header line .* expected the columns hs6,description/);
    const binary = file('binary.csv', Buffer.from([0x68, 0x73, 0x36, 0xff, 0xfe, 0x0a]));
    await expect(importHsNomenclatureFile(db, binary)).rejects.toThrow('is not UTF-8 text');
    await expect(importHsNomenclatureFile(db, join(dir, 'missing.csv'))).rejects.toThrow('Cannot read');
    expect(await counts(db)).toEqual(before);
  });

  it('imports valid rows and reports rejected ones with their line numbers', async () => {
    const text = [
      HEADER,
      '010121,"Horses; live, pure-bred breeding animals",0101,"Horses, asses, mules and hinnies; live",01,Animals; live,I,live animals; animal products',
      '01012,"Horses; too short",0101,"Horses, asses, mules and hinnies; live",01,Animals; live,I,live animals; animal products',
      '010129,"Horses; live, other",0102,"Horses, asses, mules and hinnies; live",01,Animals; live,I,live animals; animal products',
      '010130,Asses; live,0101,"Horses, asses, mules and hinnies; live",01,Animals; live,I',
    ].join('\r\n');
    const summary = await importHsNomenclature(db, text);
    expect(summary.rejected).toEqual([
      { line: 3, reason: 'hs6 "01012" is not 6 digits' },
      { line: 4, reason: 'heading "0102" is not the first 4 digits of 010129' },
      { line: 5, reason: 'expected 8 fields, found 7' },
    ]);
    expect(summary.subheadings).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
    expect(summary.sections).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
    const rows = await db.query(`SELECT code, description, heading_code FROM hs_subheadings WHERE code LIKE '0101%'`);
    expect(rows).toEqual([{ code: '010121', description: 'Horses; live, pure-bred breeding animals', heading_code: '0101' }]);
  });

  it('imports the full HS 2022 list in one go, keeping the curated labels, and a second run changes nothing', async () => {
    const progress: [number, number][] = [];
    const first = await importHsNomenclatureFile(db, NOMENCLATURE_CSV, { onProgress: (done, total) => progress.push([done, total]) });
    expect(first.rows).toBe(5612);
    expect(first.rejected).toEqual([]);
    expect(first.subheadings.inserted + first.subheadings.updated + first.subheadings.unchanged).toBe(5612);
    // The migration seeded the handicraft subset with the same official texts; the previous test added 010121.
    expect(first.subheadings.unchanged).toBeGreaterThan(250);
    expect(await counts(db)).toEqual({ sections: 21, chapters: 96, headings: 1228, subheadings: 5612 });
    expect(progress[0]).toEqual([0, 5612]);
    expect(progress[progress.length - 1]).toEqual([5612, 5612]);

    const [tagine] = await db.query(`SELECT description, labels FROM hs_subheadings WHERE code = '691200'`);
    expect(tagine.labels).toMatchObject({ en: expect.stringContaining('tagines'), ar: expect.stringContaining('طاجين') });
    const [horses] = await db.query(`SELECT code, description FROM hs_subheadings WHERE code = '010190'`);
    expect(horses).toEqual({ code: '010190', description: 'Mules and hinnies; live' });

    const second = await importHsNomenclatureFile(db, NOMENCLATURE_CSV);
    for (const level of [second.sections, second.chapters, second.headings, second.subheadings]) {
      expect(level.inserted).toBe(0);
      expect(level.updated).toBe(0);
    }
    expect(second.subheadings.unchanged).toBe(5612);
  });

  it('updates a changed description and leaves the labels alone', async () => {
    const text = `${HEADER}\n691200,Ceramic tableware and kitchenware (amended text),6912,"Ceramic tableware, kitchenware, other household articles and toilet articles; other than of porcelain or china",69,Ceramic products,XIII,"Articles of stone, plaster, cement, asbestos, mica or similar materials; ceramic products; glass and glassware"\n`;
    const summary = await importHsNomenclature(db, text);
    expect(summary.subheadings).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    expect(summary.headings).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
    const [row] = await db.query(`SELECT description, labels FROM hs_subheadings WHERE code = '691200'`);
    expect(row.description).toBe('Ceramic tableware and kitchenware (amended text)');
    expect(row.labels.fr).toContain('tajines');
  });
});
