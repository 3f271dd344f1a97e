import { formatExportTable } from './report-exports.command';

describe('formatExportTable', () => {
  it('aligns labels left and figures right, with a total line', () => {
    const lines = formatExportTable({
      from: '2026-01-01',
      to: '2026-12-31',
      groupBy: 'country',
      currency: 'MAD',
      totalMinor: 123456789,
      growthPct: 3,
      rows: [
        { key: 'US', label: 'United States', valueMinor: 100000000, orders: 1200, sharePct: 81, growthPct: 2.5 },
        { key: 'FR', label: 'France', valueMinor: 23456789, orders: 7, sharePct: 19, growthPct: null },
      ],
    });
    expect(lines).toEqual([
      'Exports 2026-01-01 to 2026-12-31 by country, MAD; growth on the same days a year earlier',
      'Key    Label           Value (MAD)  Orders  Share %  Growth %',
      '-----  -------------  ------------  ------  -------  --------',
      'US     United States  1,000,000.00    1200    81.00      2.50',
      'FR     France           234,567.89       7    19.00         —',
      '-----  -------------  ------------  ------  -------  --------',
      'Total                 1,234,567.89           100.00      3.00',
    ]);
  });
});
