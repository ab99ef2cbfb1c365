import { readReferenceCsv, todayIso } from '@lexgap/platform';
import { referenceDataProblems, TreatyActionReferenceRow, TreatyObservationReferenceRow } from './treaties.reference-data';

describe('the shipped treaty reference data', () => {
  const actions = readReferenceCsv<TreatyActionReferenceRow>('treaty-actions.csv').rows;
  const observations = readReferenceCsv<TreatyObservationReferenceRow>('treaty-status-observations.csv').rows;

  it('keeps every treaty rule the seed applies (no ILO signature, nothing before a treaty was adopted)', () => {
    expect(referenceDataProblems(actions, observations, todayIso())).toEqual([]);
  });

  it('records no SIGNATURE of an ILO instrument', () => {
    expect(actions.filter((r) => r.treaty.startsWith('ILO-') && r.action === 'SIGNATURE')).toEqual([]);
  });

  it('names the file, row and column of a problem', () => {
    const row: TreatyActionReferenceRow = {
      jurisdiction: 'BB',
      treaty: 'ILO-C029',
      action: 'SIGNATURE',
      date: '1920-01-01',
      date_precision: 'YEAR',
      reservations: '',
      source_url: '',
      source_citation: 'A citation long enough',
      as_of: '2024-01-01',
      verified: 'true',
      note: '',
    };
    expect(referenceDataProblems([row], [], '2025-01-01')).toEqual([
      expect.stringMatching(/^reference-data\/treaty-actions\.csv row 2 \(BB ILO-C029\), action: SIGNATURE is not an act under ILO-C029/),
      'reference-data/treaty-actions.csv row 2 (BB ILO-C029), date: (1920-01-01) is before ILO-C029 was adopted (1930-06-28); nothing can be done under a treaty before it exists',
    ]);
  });
});
