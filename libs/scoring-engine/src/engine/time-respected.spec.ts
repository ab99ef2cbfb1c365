import { action, evidence, observation } from '../../testing/builders';
import { loadShippedRubric } from '../../testing/shipped-rubric';
import { TreatyInput, treatyStatusAsOf } from '../treaty-status';
import { earliestEvidenceDate, historyStart, scoreChangeDates, scoreHistory } from './score-history';
import { scoreJurisdiction } from './score-jurisdiction';

/**
 * "Time is respected": nothing under a treaty applies before the treaty was adopted, and a history
 * starts where the evidence does. The adoption dates are the catalogue's (libs/treaties cites each
 * one's source); the engine gets them through its evidence, as the API passes them.
 */
const ADOPTED: TreatyInput[] = [
  { code: 'PALERMO', adoptedOn: '2000-11-15' },
  { code: 'UNTOC', adoptedOn: '2000-11-15' },
  { code: 'OPSC', adoptedOn: '2000-05-25' },
  { code: 'ILO-C029', adoptedOn: '1930-06-28' },
  { code: 'ILO-P029', adoptedOn: '2014-06-11' },
  { code: 'ILO-C105', adoptedOn: '1957-06-25' },
  { code: 'ILO-C138', adoptedOn: '1973-06-26' },
  { code: 'ILO-C182', adoptedOn: '1999-06-17' },
  { code: 'ILO-C189', adoptedOn: '2011-06-16' },
];

/**
 * Barbados as the shipped reference data has it for P029 (a NOT_PARTY observation of NORMLEX, written
 * 2024-01-01) and the Palermo Protocol (ratified November 2014, month precision).
 */
const barbados = evidence({
  jurisdiction: 'BB',
  treatyObservations: [observation('bb-p029', 'ILO-P029', 'NOT_PARTY', '2024-01-01')],
  treatyActions: [action('bb-pal', 'PALERMO', 'RATIFICATION', '2014-11-01', 'MONTH', false)],
  treaties: ADOPTED,
});

describe('time is respected (rubric v1)', () => {
  const rubric = loadShippedRubric();
  const ilo2 = (asOf: string, ev = barbados) => scoreJurisdiction(rubric, ev, asOf).criteria.find((c) => c.criterionId === 'ILO-2')!;

  it('does not hold Barbados UNMET for P029 (ILO-2) on 1999-12-31: the protocol did not exist, so ILO-2 is not assessed', () => {
    expect(ilo2('1999-12-31')).toMatchObject({
      status: 'NOT_ASSESSED',
      score: null,
      method: 'AUTOMATIC',
      explanation: {
        key: 'treaty.notYetAdopted',
        text: 'ILO-P029 was adopted on 2014-06-11; it did not exist on 1999-12-31, so no state could be a party or not (not assessed).',
        params: { treaty: 'ILO-P029', status: 'UNKNOWN', adoptedOn: '2014-06-11', asOf: '1999-12-31' },
      },
      evidence: { treatyActions: [], treatyObservations: [] },
    });
    expect(ilo2('2014-06-10').status).toBe('NOT_ASSESSED');
  });

  it('lets the NOT_PARTY observation reach back to the adoption day, and no further', () => {
    expect(ilo2('2014-06-11')).toMatchObject({ status: 'UNMET', score: 0, explanation: { key: 'treaty.notPartyObserved' }, evidence: { treatyObservations: ['bb-p029'] } });
    expect(ilo2('2024-01-01')).toMatchObject({ status: 'UNMET', score: 0 });
  });

  it('reads as before when the caller gives no adoption dates (what the evidence input changes)', () => {
    expect(ilo2('1999-12-31', { ...barbados, treaties: undefined })).toMatchObject({ status: 'UNMET', score: 0 });
  });

  it('counts the adoption date of a treaty with records among the dates a score can change, and no other', () => {
    expect(scoreChangeDates(barbados, '1990-01-01', '2025-01-01')).toEqual(['2000-11-15', '2014-06-11', '2014-11-01', '2024-01-01']);
  });

  it('starts the history at the earliest date any evidence applies: here the adoption of P029, which the observation reaches back to', () => {
    expect(earliestEvidenceDate(barbados)).toBe('2014-06-11');
    const points = scoreHistory(rubric, barbados, historyStart(barbados, '2024-12-31'), '2024-12-31');
    expect(points.map((p) => [p.date, p.changed])).toEqual([
      ['2014-06-11', []],
      ['2014-11-01', ['PAL-1']],
    ]);
    expect(points[0]).toMatchObject({ score: 0 });
  });

  it('answers a history dated before any evidence with one point, nothing assessed, instead of refusing the window', () => {
    expect(historyStart(barbados, '1999-12-31')).toBe('1999-12-31');
    expect(scoreHistory(rubric, barbados, historyStart(barbados, '1999-12-31'), '1999-12-31')).toEqual([{ date: '1999-12-31', score: null, coverage: 0, band: null, changed: [] }]);
    expect(earliestEvidenceDate(evidence())).toBeUndefined();
    expect(historyStart(evidence(), '2024-01-01')).toBe('2024-01-01');
  });

  it('starts whatever the year: a convention of 1930 ratified in 1932', () => {
    const early = evidence({ treatyActions: [action('c029', 'ILO-C029', 'RATIFICATION', '1932-05-01')], treaties: ADOPTED });
    expect(historyStart(early, '2024-01-01')).toBe('1932-05-01');
    expect(scoreHistory(rubric, early, historyStart(early, '2024-01-01'), '2024-01-01').map((p) => [p.date, p.score])).toEqual([['1932-05-01', 100]]);
  });
});

describe('treaty status before adoption (rule 0)', () => {
  it('is UNKNOWN by NOT_YET_ADOPTED before the adoption date, whatever is recorded', () => {
    const ratified = [action('r', 'ILO-P029', 'RATIFICATION', '2010-01-01')];
    expect(treatyStatusAsOf('ILO-P029', '2012-01-01', ratified, [], '2014-06-11')).toEqual({ treaty: 'ILO-P029', status: 'UNKNOWN', rule: 'NOT_YET_ADOPTED', basis: { actionIds: [] } });
  });

  it('leaves out, on every date, an observation made before the adoption: it speaks of a time the treaty did not exist', () => {
    const early = [observation('o', 'ILO-P029', 'NOT_PARTY', '2010-01-01')];
    expect(treatyStatusAsOf('ILO-P029', '2015-01-01', [], early, '2014-06-11')).toMatchObject({ status: 'UNKNOWN', rule: 'NOTHING_RECORDED' });
    expect(treatyStatusAsOf('ILO-P029', '2015-01-01', [], early)).toMatchObject({ status: 'NOT_PARTY', rule: 'OBSERVATION' });
  });

  it('counts a year-precision ratification in the adoption year from the adoption day', () => {
    const c182 = [action('r', 'ILO-C182', 'RATIFICATION', '1999-01-01', 'YEAR')];
    expect(treatyStatusAsOf('ILO-C182', '1999-03-01', c182, [], '1999-06-17').rule).toBe('NOT_YET_ADOPTED');
    expect(treatyStatusAsOf('ILO-C182', '1999-06-17', c182, [], '1999-06-17')).toMatchObject({ status: 'PARTY', since: '1999-01-01', datePrecision: 'YEAR' });
    const ev = evidence({ treatyActions: c182, treaties: ADOPTED });
    expect(earliestEvidenceDate(ev)).toBe('1999-06-17');
  });
});
