import { action, evidence, expert, provision } from '../../testing/builders';
import { loadShippedRubric } from '../../testing/shipped-rubric';
import { scoreChangeDates, scoreHistory } from './score-history';
import { scoreJurisdiction } from './score-jurisdiction';

/** Argentina and the Palermo Protocol (UNTC XVIII-12-a): signed 2000-12-12, ratified 2002-11-19. */
const argentina = evidence({
  jurisdiction: 'AR',
  treatyActions: [action('sig', 'PALERMO', 'SIGNATURE', '2000-12-12'), action('rat', 'PALERMO', 'RATIFICATION', '2002-11-19')],
  provisions: [
    // Records change on 2008-04-30 but no result does: this date gives no point.
    provision('note', { extraActs: ['sale of persons'] }, { from: '2008-04-30' }),
  ],
});

describe('Argentina-style history under rubric v1', () => {
  const rubric = loadShippedRubric();
  const pal1 = (asOf: string) => scoreJurisdiction(rubric, argentina, asOf).criteria.find((c) => c.criterionId === 'PAL-1')!;

  it('scores PAL-1 PARTIAL 0.25 as a signatory on 2001-06-30 and MET from 2002-11-19', () => {
    expect(pal1('2001-06-30')).toMatchObject({ status: 'PARTIAL', score: 0.25, method: 'AUTOMATIC', evidence: { treatyActions: ['sig'] } });
    expect(pal1('2002-11-18')).toMatchObject({ status: 'PARTIAL', score: 0.25 });
    expect(pal1('2002-11-19')).toMatchObject({ status: 'MET', score: 1, evidence: { treatyActions: ['rat'] } });
    expect(pal1('2002-11-19').explanation.text).toBe('Party since 2002-11-19 (ratification, day precision).');
  });

  it('lists the dates a score can change in (from, to]', () => {
    expect(scoreChangeDates(argentina, '2000-01-01', '2024-01-01')).toEqual(['2000-12-12', '2002-11-19', '2008-04-30']);
    expect(scoreChangeDates(argentina, '2000-12-12', '2002-11-19')).toEqual(['2002-11-19']);
  });

  it('draws a point at `from` and at both changes, and none where nothing changed', () => {
    // PAL-1 is the only assessed criterion: score = PAL-1 × 100; coverage = its share 30/100 × 1/9 = 1/30.
    expect(scoreHistory(rubric, argentina, '2000-01-01', '2024-01-01')).toEqual([
      { date: '2000-01-01', score: null, coverage: 0, band: null, changed: [] },
      { date: '2000-12-12', score: 25, coverage: 0.0333 /* 1/30, published to 4 decimals */, band: null, changed: ['PAL-1'] },
      { date: '2002-11-19', score: 100, coverage: 0.0333 /* 1/30, published to 4 decimals */, band: null, changed: ['PAL-1'] },
    ]);
  });

  it('adds a point when an expert result is approved, and keeps to the window', () => {
    const withExpert = { ...argentina, expertResults: [expert('PAL-9', 1, '2015-06-01')] };
    const points = scoreHistory(rubric, withExpert, '2001-06-30', '2020-01-01');
    expect(points.map((p) => [p.date, p.changed])).toEqual([
      ['2001-06-30', []],
      ['2002-11-19', ['PAL-1']],
      ['2015-06-01', ['PAL-9']],
    ]);
    // PAL-1 1 and PAL-9 1: both count 1/30 of the rubric → score 100, coverage 2/30.
    expect(points[2]).toMatchObject({ score: 100, coverage: 0.0667 /* 1/15 */ });
  });

  it('refuses a window that ends before it starts', () => {
    expect(() => scoreHistory(rubric, argentina, '2020-01-01', '2019-01-01')).toThrow(RangeError);
  });
});
