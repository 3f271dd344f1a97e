import { COUNTRIES_BY_ZONE, DESTINATION_ZONES, zoneForCountry } from './destination-zones';

describe('destination zones', () => {
  it.each([
    ['US', 'NORTH_AMERICA'],
    ['CA', 'NORTH_AMERICA'],
    ['FR', 'EU'],
    ['ES', 'EU'],
    ['DE', 'EU'],
    ['fr', 'EU'],
    ['GB', 'EUROPE_OTHER'],
    ['CH', 'EUROPE_OTHER'],
    ['TR', 'EUROPE_OTHER'],
    ['AE', 'MIDDLE_EAST'],
    ['SA', 'MIDDLE_EAST'],
    ['QA', 'MIDDLE_EAST'],
    ['EG', 'AFRICA'],
    ['SN', 'AFRICA'],
    ['CI', 'AFRICA'],
    ['NG', 'AFRICA'],
    ['RE', 'AFRICA'],
    ['CN', 'ASIA_PACIFIC'],
    ['JP', 'ASIA_PACIFIC'],
    ['AU', 'ASIA_PACIFIC'],
    ['BR', 'LATAM'],
    ['MX', 'LATAM'],
    ['GP', 'LATAM'],
  ])('%s is in %s', (iso2, zone) => {
    expect(zoneForCountry(iso2)).toBe(zone);
  });

  it.each(['MA', 'EH', 'XX', '', 'USA', 'toString'])('%j has no zone', (iso2) => {
    expect(zoneForCountry(iso2)).toBeUndefined();
  });

  it('every code is two upper-case letters and in exactly one zone', () => {
    const all = DESTINATION_ZONES.flatMap((zone) => COUNTRIES_BY_ZONE[zone]);
    for (const iso2 of all) expect(iso2).toMatch(/^[A-Z]{2}$/);
    expect(new Set(all).size).toBe(all.length);
  });

  it('the EU zone holds the 27 member states (and Åland, part of Finland)', () => {
    expect(COUNTRIES_BY_ZONE.EU.filter((iso2) => iso2 !== 'AX')).toHaveLength(27);
  });
});
