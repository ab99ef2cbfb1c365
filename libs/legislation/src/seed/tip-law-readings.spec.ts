import { readReferenceCsv } from '@lexgap/platform';
import { groupBy, instrumentPlan, readTipReadings, TIP_READINGS_FILE, TIP_WORDINGS_FILE, TipReadingRow, TipWordingRow } from './tip-law-readings';

const shipped = () => ({ readings: readReferenceCsv<TipReadingRow>(TIP_READINGS_FILE), wordings: readReferenceCsv<TipWordingRow>(TIP_WORDINGS_FILE) });
const reading = (label: string) => {
  const found = readTipReadings().readings.find((r) => r.label === label);
  if (!found) throw new Error(`no reading ${label}`);
  return found;
};

describe('the TIP Report readings shipped in reference-data', () => {
  it('are read without a problem, and the states with no narrative record nothing', () => {
    const { readings, empty, problems } = readTipReadings();
    expect(problems).toEqual([]);
    // 39 rows: CA (nothing stated) and DM, GD, KN (no narrative) record nothing.
    expect(empty.sort()).toEqual(['CA 2023', 'DM (year not stated)', 'GD (year not stated)', 'KN (year not stated)']);
    expect(readings).toHaveLength(35);
    expect(new Set(readings.map((r) => r.jurisdiction)).size).toBe(31);
  });

  it('reads a fine in lieu and a life maximum as the row states them (Barbados 2017: 25 years, fine, or both; child: life)', () => {
    const bb = reading('BB 2017');
    expect(bb.facts?.penalties).toEqual([
      { offence: 'TRAFFICKING', imprisonmentMaxYears: 25, fineInLieuOfImprisonment: true },
      { offence: 'CHILD_TRAFFICKING', lifeImprisonment: true },
    ]);
    // "movement or transnational element required: no" states both facts.
    expect(bb.facts).toMatchObject({ meansRequiredForChildren: false, movementRequired: false, borderCrossingRequired: false });
    expect(bb.findings).toEqual([
      { judgement: 'PENALTIES_COMMENSURATE_WITH_RAPE', holds: false, result: 0, criterionId: 'PEN-3' },
      { judgement: 'PENALTIES_SUFFICIENTLY_STRINGENT', holds: true, result: 1, criterionId: 'PEN-2' },
    ]);
    expect(bb).toMatchObject({ asOf: '2017-03-31', confidence: 'MEDIUM', instrument: { from: { date: '2016-06-01', precision: 'MONTH' } } });
  });

  it('reads a movement requirement as movement only, not a border crossing (Panama 2019, Art. 456)', () => {
    const pa = reading('PA 2019');
    expect(pa.facts?.movementRequired).toBe(true);
    expect(pa.facts).not.toHaveProperty('borderCrossingRequired');
    expect(pa.wording).toMatchObject({ citation: 'Art. 456', key: 'tip.art-456', from: { date: '2011-01-01', precision: 'YEAR' } });
    expect(pa.facts?.penalties).toEqual([
      { offence: 'TRAFFICKING', imprisonmentMinYears: 15, imprisonmentMaxYears: 20, fineInLieuOfImprisonment: false },
      { offence: 'CHILD_TRAFFICKING', imprisonmentMinYears: 20, imprisonmentMaxYears: 30 },
    ]);
  });

  it('reads force required for child victims as means required for children (Venezuela 2017)', () => {
    expect(reading('VE 2017').facts?.meansRequiredForChildren).toBe(true);
  });

  it('leaves blank cells unstated: no aggravation list, no child age, no rape penalty', () => {
    for (const r of readTipReadings().readings) {
      expect(r.facts?.aggravatingCircumstances).toBeUndefined();
      expect(r.facts?.childAgeThreshold).toBeUndefined();
      expect(r.facts?.penalties?.some((p) => p.offence === 'RAPE')).not.toBe(true);
    }
    // Guatemala 2023 names the 2009 law and states no fact: a wording with no facts.
    expect(reading('GT 2023').facts).toBeUndefined();
  });

  it('gives Saint Lucia two wordings, the second from the 2021 amendment, and Peru one wording with two judgements', () => {
    const { readings } = readTipReadings();
    const groups = groupBy(readings, (r) => `${r.jurisdiction}|${r.instrument.key}`);
    const lc = instrumentPlan(groups.get('LC|tip.counter-trafficking-act-2010')!);
    expect(lc.wordings.map((w) => [w.from.date, w.to?.date ?? null])).toEqual([
      ['2010-01-01', '2021-01-01'],
      ['2021-01-01', null],
    ]);
    expect(lc.versions.map((v) => [v.from.date, v.to?.date ?? null, v.amendedBy])).toEqual([
      ['2010-01-01', '2021-01-01', null],
      ['2021-01-01', null, 'Counter-Trafficking (Amendment) Act 2021'],
    ]);
    const pe = instrumentPlan(groups.get('PE|tip.penal-code')!);
    expect(pe.wordings).toHaveLength(1);
    expect(pe.wordings[0].readings.map((r) => [r.label, r.findings.map((f) => `${f.criterionId}=${f.result}`)])).toEqual([
      ['PE 2018', ['PEN-3=1', 'PEN-2=1']],
      ['PE 2024', ['PEN-3=0']],
    ]);
  });

  it('refuses a date whose year the row does not state, addressed to the file, row and column', () => {
    const { readings, wordings } = shipped();
    const edited = wordings.rows.map((w) => (w.code === 'AR' ? { ...w, wording_from: '2013-01-01' } : w));
    const { problems } = readTipReadings(readings, { ...wordings, rows: edited });
    expect(problems).toEqual([`reference-data/${TIP_WORDINGS_FILE} row 3 (AR 2019), dates_basis: names no year 2013, which the dates use`]);
  });

  it('refuses a reading with facts but no instrument, and a value that is not yes, no or blank', () => {
    const { readings, wordings } = shipped();
    const noInstrument = wordings.rows.map((w) => (w.code === 'AR' ? { ...w, instrument_key: '' } : w));
    expect(readTipReadings(readings, { ...wordings, rows: noInstrument }).problems).toEqual([
      `reference-data/${TIP_WORDINGS_FILE} row 3 (AR 2019), instrument_key: is blank, but the reading states a statute or facts to record`,
    ]);
    const maybe = readings.rows.map((r) => (r.code === 'AR' ? { ...r, fine_in_lieu_possible: 'maybe' } : r));
    expect(readTipReadings({ ...readings, rows: maybe }, wordings).problems).toEqual([
      `reference-data/${TIP_READINGS_FILE} row 3 (AR 2019), fine_in_lieu_possible: must be yes, no or blank; got "maybe"`,
    ]);
  });

  it('refuses two wordings of one article that overlap', () => {
    const { readings, wordings } = shipped();
    const overlapping = wordings.rows.map((w) => (w.code === 'LC' && w.report_year === '2017' ? { ...w, wording_to: '', wording_to_precision: '' } : w));
    expect(readTipReadings(readings, { ...wordings, rows: overlapping }).problems).toContainEqual(expect.stringContaining('LC 2023, wording_from: overlaps the wording of LC 2017'));
  });
});
