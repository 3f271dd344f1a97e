import { paragraphIsRtl, visualRuns } from './bidi-runs';

describe('visualRuns', () => {
  it('leaves left-to-right text as one run', () => {
    expect(visualRuns('Coopérative Safi, 12 rue')).toEqual([{ text: 'Coopérative Safi, 12 rue', rtl: false }]);
    expect(visualRuns('')).toEqual([]);
  });

  it('keeps an Arabic phrase as one RTL run in logical order for the shaper', () => {
    expect(visualRuns('تعاونية الخزافين')).toEqual([{ text: 'تعاونية الخزافين', rtl: true }]);
  });

  it('puts Arabic inside a Latin line where it belongs', () => {
    expect(visualRuns('Coop تعاونية Safi')).toEqual([
      { text: 'Coop ', rtl: false },
      { text: 'تعاونية', rtl: true },
      { text: ' Safi', rtl: false },
    ]);
    // A number after Arabic letters belongs to the Arabic (rule W2), so it shows to their left.
    expect(visualRuns('Coop تعاونية 12')).toEqual([
      { text: 'Coop ', rtl: false },
      { text: '12', rtl: false },
      { text: 'تعاونية ', rtl: true },
    ]);
  });

  it('orders an Arabic line right to left, numbers reading left to right within it', () => {
    // Logical: طاجين, 12, قطعة; on the page from the left: قطعة, 12, طاجين.
    expect(visualRuns('طاجين 12 قطعة')).toEqual([
      { text: ' قطعة', rtl: true },
      { text: '12', rtl: false },
      { text: 'طاجين ', rtl: true },
    ]);
  });

  it('mirrors brackets in right-to-left text', () => {
    const runs = visualRuns('تعاونية (فاس)');
    expect(runs.map((r) => r.text).join('')).toBe('تعاونية )فاس(');
    expect(runs.every((r) => r.rtl)).toBe(true);
  });
});

describe('visualRuns of a line cut from a right-to-left paragraph', () => {
  it('puts a Latin word that starts the line on its left, as the paragraph reads right to left', () => {
    expect(visualRuns('Safi تعاونية', 'rtl')).toEqual([
      { text: ' تعاونية', rtl: true },
      { text: 'Safi', rtl: false },
    ]);
    expect(visualRuns('Safi تعاونية')).toEqual([
      { text: 'Safi ', rtl: false },
      { text: 'تعاونية', rtl: true },
    ]);
  });
});

describe('paragraphIsRtl', () => {
  it.each([
    ['Coopérative Safi', false],
    ['تعاونية الفخار Safi', true],
    ['Safi تعاونية', false],
    ['12 تعاونية', true],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(paragraphIsRtl(text)).toBe(expected);
  });
});
