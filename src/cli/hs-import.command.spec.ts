import { formatSummary, progressReporter } from './hs-import.command';

function stream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const fake = { isTTY, text: '', write: (chunk: string) => ((fake.text += chunk), true) };
  return fake as unknown as NodeJS.WriteStream & { text: string };
}

describe('hs:import output', () => {
  it('redraws one bar in place on a terminal', () => {
    const tty = stream(true);
    const report = progressReporter(tty);
    [0, 2500, 5612].forEach((done) => report(done, 5612));
    expect(tty.text.split('\r').filter(Boolean)).toEqual([
      `[${'-'.repeat(30)}] 0% 0/5612 subheadings`,
      `[${'#'.repeat(13)}${'-'.repeat(17)}] 44% 2500/5612 subheadings`,
      `[${'#'.repeat(30)}] 100% 5612/5612 subheadings\n`,
    ]);
  });

  it('writes a line per tenth of the work elsewhere', () => {
    const log = stream(false);
    const report = progressReporter(log);
    for (let done = 0; done <= 5612; done += 500) report(done, 5612);
    report(5612, 5612);
    const lines = log.text.trim().split('\n');
    expect(lines[0]).toBe('hs:import 0/5612 subheadings (0%)');
    expect(lines[lines.length - 1]).toBe('hs:import 5612/5612 subheadings (100%)');
    expect(lines.length).toBeLessThanOrEqual(11);
  });

  it('summarises counts and rejected lines', () => {
    const counts = { inserted: 1, updated: 2, unchanged: 3 };
    const lines = formatSummary('/data/hs.csv', {
      edition: 2022,
      rows: 6,
      sections: counts,
      chapters: counts,
      headings: counts,
      subheadings: { inserted: 5335, updated: 0, unchanged: 277 },
      rejected: [{ line: 7, reason: 'hs6 "12" is not 6 digits' }],
    });
    expect(lines[0]).toBe('Imported /data/hs.csv as HS 2022: 6 valid rows, 1 rejected');
    expect(lines).toContain('  subheadings: inserted 5335, updated 0, unchanged 277');
    expect(lines.slice(-2)).toEqual(['Rejected rows:', '  line 7: hs6 "12" is not 6 digits']);
  });
});
