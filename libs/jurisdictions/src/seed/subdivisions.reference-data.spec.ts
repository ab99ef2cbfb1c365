import { readReferenceCsv } from '@lexgap/platform';
import { parseJurisdictionCode } from '../jurisdiction-codes';
import { SubdivisionReferenceRow } from './subdivisions.reference-data';

describe('the shipped ISO 3166-2 subdivisions of the OAS federations', () => {
  const rows = readReferenceCsv<SubdivisionReferenceRow>('iso-3166-2-federations.csv').rows;

  it('has every top-level subdivision of the six federations (iso-codes 4.15.0-1)', () => {
    const perCountry: Record<string, number> = {};
    for (const r of rows) perCountry[r.country] = (perCountry[r.country] ?? 0) + 1;
    // US: 50 states, the District of Columbia and 6 outlying areas (AS, GU, MP, PR, UM, VI).
    expect(perCountry).toEqual({ AR: 24, BR: 27, CA: 13, MX: 32, US: 57, VE: 25 });
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
  });

  it('has only codes lexgap reads as a subdivision of the row’s country', () => {
    for (const r of rows) expect(parseJurisdictionCode(r.code)).toEqual({ kind: 'SUBDIVISION', code: r.code, country: r.country });
  });

  it('has an ISO name and a category for every row, and no translation copied from it', () => {
    for (const r of rows) {
      expect(r.name_en.trim()).not.toBe('');
      expect(r.category.trim()).not.toBe('');
      for (const name of [r.name_es, r.name_pt, r.name_fr]) expect(name).not.toBe(r.name_en);
    }
  });

  it('names the subdivisions as ISO does', () => {
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get('US-CA')).toMatchObject({ country: 'US', category: 'State', name_en: 'California', name_fr: 'Californie' });
    expect(byCode.get('MX-CMX')).toMatchObject({ country: 'MX', category: 'Federal district', name_en: 'Ciudad de México' });
    expect(byCode.get('AR-C')).toMatchObject({ country: 'AR', name_en: 'Ciudad Autónoma de Buenos Aires' });
    expect(byCode.get('MX-CHH')).toMatchObject({ name_en: 'Chihuahua' });
  });
});
