import type { Rubric } from '../rubric/rubric';
import { validateRubric } from '../rubric/validate-rubric';
import { action, en, evidence, expert, provision } from '../../testing/builders';
import { Ratio } from './exact';
import { bandFor } from './band';
import { scoreJurisdiction } from './score-jurisdiction';
import type { ScorecardResult } from './scorecard';

/** A value as the engine publishes it: the exact rational, rounded once to 4 decimals (shares to 6). */
const published = (x: number) => Ratio.from(x).round(4);
const publishedShare = (x: number) => Ratio.from(x).round(6);

const yesNo = {
  type: 'levels',
  levels: [
    { value: 1, label: en('Yes') },
    { value: 0, label: en('No') },
  ],
};
const steps = {
  type: 'levels',
  levels: [
    { value: 1, label: en('Full') },
    { value: 0.5, label: en('Partial') },
    { value: 0, label: en('None') },
  ],
};
const party = {
  type: 'levels',
  levels: [
    { value: 1, label: en('Party') },
    { value: 0.25, label: en('Signed') },
    { value: 0, label: en('None') },
  ],
};
const share = {
  type: 'share',
  levels: [
    { value: 1, label: en('All') },
    { value: 0, label: en('None') },
  ],
};

/**
 * A two-category rubric small enough to score by hand: A (weight 60) has three criteria of
 * weight 1; B (weight 40) has B-1 of weight 1 and B-2 of weight 3.
 */
function miniRubric(): Rubric {
  const result = validateRubric({
    id: 'mini',
    version: 1,
    title: en('Mini'),
    description: en('Fixture rubric for arithmetic by hand.'),
    anchors: [],
    parameters: { deterrentMinYears: 4, deterrentPartialYears: 2 },
    categories: [
      {
        id: 'A',
        title: en('A'),
        weight: 60,
        criteria: [
          {
            id: 'A-1',
            question: en('Party?'),
            method: 'treaty',
            evaluator: { kind: 'treatyParty', treaty: 'PALERMO', signedScore: 0.25 },
            scale: party,
            recommendation: en('Ratify.'),
            references: [],
          },
          { id: 'A-2', question: en('Acts?'), method: 'facts', evaluator: { kind: 'shareOfList', field: 'acts', list: 'ACTS' }, scale: share, recommendation: en('Cover every act.'), references: [] },
          { id: 'A-3', question: en('Victims?'), method: 'expert', evaluator: { kind: 'expert' }, scale: steps, recommendation: en('Protect victims.'), references: [] },
        ],
      },
      {
        id: 'B',
        title: en('B'),
        weight: 40,
        criteria: [
          {
            id: 'B-1',
            question: en('Prison?'),
            method: 'facts',
            evaluator: { kind: 'imprisonmentMandatory', offences: ['TRAFFICKING', 'SEX_TRAFFICKING'] },
            scale: yesNo,
            recommendation: en('No fines.'),
            references: [],
          },
          {
            id: 'B-2',
            question: en('Minimum?'),
            method: 'facts',
            evaluator: { kind: 'penaltyMinAtLeast', offences: ['TRAFFICKING'], fullYearsParameter: 'deterrentMinYears', partialYearsParameter: 'deterrentPartialYears', partialScore: 0.5 },
            weight: 3,
            scale: steps,
            recommendation: en('Raise the minimum.'),
            references: [],
          },
        ],
      },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.rubric;
}

const rubric = miniRubric();
const ratified = [action('rat', 'PALERMO', 'RATIFICATION', '2002-01-01')];
const signed = [action('sig', 'PALERMO', 'SIGNATURE', '2001-01-01')];
const threeActs = provision('art-1', { acts: ['RECRUITMENT', 'TRANSPORTATION', 'RECEIPT'] });
const allActs = provision('art-1', { acts: ['RECRUITMENT', 'TRANSPORTATION', 'TRANSFER', 'HARBOURING', 'RECEIPT'] });
// A fine may replace prison for sex trafficking (B-1 reads it), not for the basic offence (B-2 reads only that, minimum 4).
const fineInLieu = provision('art-2', {
  penalties: [
    { offence: 'TRAFFICKING', imprisonmentMinYears: 4, imprisonmentMaxYears: 8 },
    { offence: 'SEX_TRAFFICKING', imprisonmentMinYears: 4, imprisonmentMaxYears: 8, fine: true, fineInLieuOfImprisonment: true },
  ],
});
const byId = (card: ScorecardResult, id: string) => card.criteria.find((c) => c.criterionId === id)!;

describe('scoreJurisdiction: aggregation (fixture rubric, arithmetic by hand)', () => {
  it('scores nothing when nothing is recorded: score null, coverage 0, no band, no gaps', () => {
    const card = scoreJurisdiction(rubric, evidence(), '2020-01-01');
    expect(card).toMatchObject({ score: null, coverage: 0, band: null, bandWithheld: false, gaps: [] });
    expect(card.criteria.map((c) => c.status)).toEqual(['NOT_ASSESSED', 'NOT_ASSESSED', 'NOT_ASSESSED', 'NOT_ASSESSED', 'NOT_ASSESSED']);
    expect(card.categories).toEqual([
      { id: 'A', weight: 60, score: null, coverage: 0, scoreRange: { lower: 0, upper: 100 }, applicableWeight: 3, assessedWeight: 0 },
      { id: 'B', weight: 40, score: null, coverage: 0, scoreRange: { lower: 0, upper: 100 }, applicableWeight: 4, assessedWeight: 0 },
    ]);
  });

  it('leaves a category with zero coverage out of the score, and withholds the band below the minimum coverage', () => {
    // A-1 signatory 0.25, A-2 3 of 5 acts = 0.6, A-3 not assessed:
    //   A = (0.25 + 0.6) / 2 × 100 = 42.5, coverage 2/3. B has nothing: score null, coverage 0.
    // Overall = 60·(2/3)·42.5 / (60·(2/3)) = 42.5 (B does not pull it to 0);
    // coverage = (60·(2/3) + 40·0) / 100 = 0.4 < 0.5: the band is withheld.
    const card = scoreJurisdiction(rubric, evidence({ treatyActions: signed, provisions: [threeActs] }), '2020-01-01');
    expect(card.categories[0].score).toBe(published(42.5));
    expect(card.categories[0].coverage).toBe(published(2 / 3));
    expect(card.categories[1]).toMatchObject({ score: null, coverage: 0 });
    expect(card.score).toBe(published(42.5));
    expect(card.coverage).toBe(published(0.4));
    expect(card).toMatchObject({ band: null, bandWithheld: true });
  });

  it('weighs criteria within their category and categories by weight × coverage', () => {
    // A: A-1 party 1, A-2 5/5 = 1, A-3 expert 0.5 → (1 + 1 + 0.5) / 3 × 100 = 83.3333, coverage 1.
    // B: B-1 fine in lieu (sex trafficking) 0 (weight 1), B-2 basic offence minimum 4 → 1 (weight 3) → (0·1 + 1·3) / 4 × 100 = 75, coverage 1.
    // Overall = (60 × 83.3333 + 40 × 75) / 100 = 50 + 30 = 80 → SUBSTANTIAL (70 ≤ 80 < 85).
    const card = scoreJurisdiction(rubric, evidence({ treatyActions: ratified, provisions: [allActs, fineInLieu], expertResults: [expert('A-3', 0.5, '2019-01-01')] }), '2020-01-01');
    expect(card.categories.map((c) => c.score)).toEqual([published(250 / 3), published(75)]);
    expect(card.score).toBe(published(80));
    expect(card.coverage).toBe(1);
    expect(card.band).toBe('SUBSTANTIAL');
    // Weight shares: A-x 60/100 × 1/3 = 0.2; B-1 40/100 × 1/4 = 0.1; B-2 40/100 × 3/4 = 0.3.
    expect(card.criteria.map((c) => c.weightShare)).toEqual([0.2, 0.2, 0.2, 0.1, 0.3]);
    // Gaps: A-3 0.2 × (1 − 0.5) = 0.1 and B-1 0.1 × (1 − 0) = 0.1 tie (though 0.6·(1/3)·0.5 and 0.4·0.25
    // differ in the last binary digit): rubric order puts A-3 first.
    expect(card.gaps).toEqual([
      { criterionId: 'A-3', categoryId: 'A', severity: 0.1, result: 0.5, status: 'PARTIAL' },
      { criterionId: 'B-1', categoryId: 'B', severity: 0.1, result: 0, status: 'UNMET' },
    ]);
    // At full coverage the score is what the gaps leave: 100 × (1 − Σ severity) = 100 × (1 − 0.2) = 80.
    expect(100 * (1 - card.gaps.reduce((sum, g) => sum + g.severity, 0))).toBeCloseTo(card.score!, 3); // severities are published to 6 decimals
  });

  it('takes a NOT_APPLICABLE criterion out of both the assessed and the applicable weight', () => {
    // A-1 not applicable; A-2 1, A-3 0.5 → A = 1.5 / 2 × 100 = 75, coverage 2/2 = 1 (not 2/3).
    const card = scoreJurisdiction(rubric, evidence({ provisions: [allActs], expertResults: [expert('A-1', 'NOT_APPLICABLE', '2019-01-01'), expert('A-3', 0.5, '2019-01-01')] }), '2020-01-01');
    expect(byId(card, 'A-1')).toMatchObject({ status: 'NOT_APPLICABLE', score: null, method: 'EXPERT', weightShare: 0 });
    expect(card.categories[0]).toMatchObject({ score: 75, coverage: 1, applicableWeight: 2, assessedWeight: 2 });
    // A's criteria now share its weight by halves: 60/100 × 1/2 = 0.3 each.
    expect(byId(card, 'A-2').weightShare).toBe(publishedShare(0.3));
    // B is not assessed: overall = 75, coverage = 60 × 1 / (60 + 40) = 0.6.
    expect(card.score).toBe(published(75));
    expect(card.coverage).toBe(published(0.6));
    expect(card.gaps.map((g) => g.criterionId)).toEqual(['A-3']);
  });

  it('drops a category whose every criterion is NOT_APPLICABLE from the overall weight', () => {
    // B-1 and B-2 not applicable: B has no applicable weight, so overall coverage = 60·1 / 60 = 1.
    const card = scoreJurisdiction(
      rubric,
      evidence({
        treatyActions: ratified,
        provisions: [allActs],
        expertResults: [expert('A-3', 1, '2019-01-01'), expert('B-1', 'NOT_APPLICABLE', '2019-01-01'), expert('B-2', 'NOT_APPLICABLE', '2019-01-01')],
      }),
      '2020-01-01',
    );
    expect(card.categories[1]).toEqual({ id: 'B', weight: 40, score: null, coverage: 0, scoreRange: null, applicableWeight: 0, assessedWeight: 0 });
    expect(card).toMatchObject({ score: 100, coverage: 1, band: 'STRONG', gaps: [] });
    expect(card.criteria.map((c) => c.weightShare)).toEqual([1 / 3, 1 / 3, 1 / 3, 0, 0].map(publishedShare));
  });
});

describe('scoreJurisdiction: expert results', () => {
  it('lets an approved expert result override the automatic one, keeping both', () => {
    const card = scoreJurisdiction(rubric, evidence({ provisions: [threeActs], expertResults: [expert('A-2', 1, '2019-05-01', 'asmt-7')] }), '2020-01-01');
    const a2 = byId(card, 'A-2');
    expect(a2).toMatchObject({
      status: 'MET',
      score: 1,
      method: 'EXPERT',
      evidence: { assessments: ['asmt-7'], provisions: [] },
      expert: { assessmentId: 'asmt-7', decidedOn: '2019-05-01', rationale: 'Reviewed A-2.' },
      automatic: { status: 'PARTIAL', score: 0.6, evidence: { provisions: ['art-1'] }, explanation: { key: 'facts.share' } },
    });
    expect(a2.explanation).toEqual({
      text: 'Set to 1 by expert assessment asmt-7 (approved 2019-05-01): Reviewed A-2.',
      key: 'expert.result',
      params: { assessmentId: 'asmt-7', decidedOn: '2019-05-01', result: 1, rationale: 'Reviewed A-2.' },
    });
  });

  it('applies an expert result only from its approval date, and the latest one approved', () => {
    const results = [expert('A-2', 1, '2019-05-01', 'first'), expert('A-2', 0.2, '2021-03-01', 'second')];
    const at = (asOf: string) => byId(scoreJurisdiction(rubric, evidence({ provisions: [threeActs], expertResults: results }), asOf), 'A-2');
    expect(at('2019-04-30')).toMatchObject({ method: 'AUTOMATIC', score: 0.6 });
    expect(at('2019-05-01')).toMatchObject({ method: 'EXPERT', score: 1, expert: { assessmentId: 'first' } });
    expect(at('2021-03-01')).toMatchObject({ method: 'EXPERT', score: 0.2, expert: { assessmentId: 'second' } });
  });

  it('leaves an expert criterion NOT_ASSESSED without an approved result, with nothing automatic to keep', () => {
    const a3 = byId(scoreJurisdiction(rubric, evidence(), '2020-01-01'), 'A-3');
    expect(a3).toMatchObject({ status: 'NOT_ASSESSED', score: null, method: 'EXPERT', explanation: { key: 'expert.awaiting' } });
    const assessed = byId(scoreJurisdiction(rubric, evidence({ expertResults: [expert('A-3', 0, '2019-01-01')] }), '2020-01-01'), 'A-3');
    expect(assessed).toMatchObject({ status: 'UNMET', score: 0 });
    expect(assessed.automatic).toBeUndefined();
  });

  it('refuses a broken expert result rather than score it', () => {
    expect(() => scoreJurisdiction(rubric, evidence({ expertResults: [expert('A-3', 1.5, '2019-01-01')] }), '2020-01-01')).toThrow(RangeError);
  });
});

describe('scoreJurisdiction: as of a date', () => {
  it('counts a provision from its first day up to, not including, its end', () => {
    const repealed = provision('old', { acts: ['RECRUITMENT'] }, { from: '2010-01-01', to: '2020-01-01' });
    const at = (asOf: string) => byId(scoreJurisdiction(rubric, evidence({ provisions: [repealed] }), asOf), 'A-2').score;
    expect(at('2009-12-31')).toBeNull();
    expect(at('2010-01-01')).toBeCloseTo(0.2, 12);
    expect(at('2019-12-31')).toBeCloseTo(0.2, 12);
    expect(at('2020-01-01')).toBeNull();
  });

  it('refuses an as-of date that is not YYYY-MM-DD', () => {
    expect(() => scoreJurisdiction(rubric, evidence(), '2020-1-1')).toThrow('asOf must be a date written YYYY-MM-DD');
  });
});

describe('bandFor', () => {
  it('puts a score on an edge in the higher band and withholds the band below the minimum coverage', () => {
    // Scores are exact ratios: 69.99999999999999 is the float of 70 (the ratio 70), 69.9999 is not 70.
    const band = (score: number | null, coverage: number) => bandFor(rubric, score === null ? null : Ratio.from(score), Ratio.from(coverage));
    expect([0, 29.99, 30, 69.9999, 69.99999999999999, 70, 84.9, 85, 100].map((s) => band(s, 1))).toEqual([
      'CRITICAL',
      'CRITICAL',
      'WEAK',
      'PARTIAL',
      'SUBSTANTIAL',
      'SUBSTANTIAL',
      'SUBSTANTIAL',
      'STRONG',
      'STRONG',
    ]);
    expect(band(90, 0.49)).toBeNull();
    expect(band(90, 0.5)).toBe('STRONG');
    expect(band(null, 1)).toBeNull();
  });
});
