import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/common/database/data-source-options';
import { ENTITIES } from '../src/entities';
import { importHsNomenclature, importHsNomenclatureFile } from '../src/hs-codes/hs-import';
import { SHIPPED_NOMENCLATURE } from '../src/hs-codes/hs-shipped-nomenclature';
import { cloneTestDatabase } from './support/test-database';

const HEADER = 'hs6,description,heading,heading_description,chapter,chapter_description,section,section_name';

async function counts(db: DataSource): Promise<Record<string, number>> {
  const [row] =
    await db.query(`SELECT (SELECT count(*) FROM hs_sections)::int AS sections, (SELECT count(*) FROM hs_chapters)::int AS chapters,
                                       (SELECT count(*) FROM hs_headings)::int AS headings, (SELECT count(*) FROM hs_subheadings)::int AS subheadings`);
  return row;
}

const SPECIAL = '99,Special codes,XXI,"Works of art, collectors\' pieces and antiques"';

describe('hs:import (e2e)', () => {
  let db: DataSource;
  let dir: string;
  let fresh: Record<string, number>;

  beforeAll(async () => {
    db = await new DataSource(dataSourceOptions(ENTITIES, await cloneTestDatabase(), 2)).initialize();
    dir = mkdtempSync(join(tmpdir(), 'hirfa-hs-import-'));
    fresh = await counts(db);
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

  it('finds the whole HS 2022 of the repository in a fresh database, with the curated labels', async () => {
    expect(fresh).toEqual({ sections: 21, chapters: 96, headings: 1228, subheadings: 5612 });
    const editions = await db.query(`SELECT edition, to_char(effective_from, 'YYYY-MM-DD') AS "from" FROM hs_editions`);
    expect(editions).toEqual([{ edition: 2022, from: '2022-01-01' }]);
    const [lock] = await db.query(`SELECT description, heading_code, labels FROM hs_subheadings WHERE code = '830629' AND edition = 2022`);
    expect(lock).toEqual({ description: expect.stringContaining('Statuettes and other ornaments'), heading_code: '8306', labels: null });
    const [tagine] = await db.query(`SELECT labels FROM hs_subheadings WHERE code = '691200'`);
    expect(tagine.labels).toMatchObject({ ar: expect.stringContaining('طاجين') });
  });

  it('refuses a corrupt file and imports nothing of it', async () => {
    const before = await counts(db);
    const broken = file(
      'broken.csv',
      `${HEADER}\n010121,"Horses; live, pure-bred breeding animals",0101,Horses,01,Animals; live,I,Live animals\n010129,"never closed,0101,Horses,01,Animals,I,Live\n`,
    );
    await expect(importHsNomenclatureFile(db, broken)).rejects.toThrow(
      'The file is not valid CSV (CSV syntax error on line 3: a quoted field is never closed)',
    );
    const headerless = file('headerless.csv', '010121,Horses,0101,Horses,01,Animals,I,Live animals\n');
    await expect(importHsNomenclatureFile(db, headerless)).rejects.toThrow(/header line .* expected the columns hs6,description/);
    const binary = file('binary.csv', Buffer.from([0x68, 0x73, 0x36, 0xff, 0xfe, 0x0a]));
    await expect(importHsNomenclatureFile(db, binary)).rejects.toThrow('is not UTF-8 text');
    const truncated = file('truncated.csv.gz', gzipSync(`${HEADER}\n`).subarray(0, 12));
    await expect(importHsNomenclatureFile(db, truncated)).rejects.toThrow('is not a valid gzip file');
    await expect(importHsNomenclatureFile(db, join(dir, 'missing.csv'))).rejects.toThrow('Cannot read');
    expect(await counts(db)).toEqual(before);
  });

  it('imports valid rows and reports rejected ones with their line numbers', async () => {
    // Chapter 99 is no HS chapter (countries use it for special codes): nothing of it exists yet.
    const text = [
      HEADER,
      `990110,Special transactions,9901,Special headings,${SPECIAL}`,
      `99012,Too short,9901,Special headings,${SPECIAL}`,
      `990120,Other special transactions,9902,Special headings,${SPECIAL}`,
      '990130,Missing,9901,Special headings,99,Special codes,XXI',
    ].join('\r\n');
    const summary = await importHsNomenclature(db, text);
    expect(summary.rejected).toEqual([
      { line: 3, reason: 'hs6 "99012" is not 6 digits' },
      { line: 4, reason: 'heading "9902" is not the first 4 digits of 990120' },
      { line: 5, reason: 'expected 8 fields, found 7' },
    ]);
    expect(summary.edition).toBe(2022);
    expect(summary.subheadings).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
    expect(summary.chapters).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
    expect(summary.sections).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
    const rows = await db.query(`SELECT edition, code, description, heading_code FROM hs_subheadings WHERE code LIKE '99%'`);
    expect(rows).toEqual([{ edition: 2022, code: '990110', description: 'Special transactions', heading_code: '9901' }]);
  });

  it('imports the shipped HS 2022 file again (gzip) with progress, changing nothing and keeping the labels', async () => {
    const progress: [number, number][] = [];
    const again = await importHsNomenclatureFile(db, SHIPPED_NOMENCLATURE.path, {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(again.rows).toBe(5612);
    expect(again.rejected).toEqual([]);
    for (const level of [again.sections, again.chapters, again.headings, again.subheadings]) {
      expect(level.inserted).toBe(0);
      expect(level.updated).toBe(0);
    }
    expect(again.subheadings.unchanged).toBe(5612);
    expect(progress[0]).toEqual([0, 5612]);
    expect(progress[progress.length - 1]).toEqual([5612, 5612]);

    const [tagine] = await db.query(`SELECT description, labels FROM hs_subheadings WHERE code = '691200'`);
    expect(tagine.labels).toMatchObject({ en: expect.stringContaining('tagines'), ar: expect.stringContaining('طاجين') });
    const [horses] = await db.query(`SELECT code, description FROM hs_subheadings WHERE code = '010190'`);
    expect(horses).toEqual({ code: '010190', description: 'Mules and hinnies; live' });
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
