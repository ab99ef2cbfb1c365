import type { Penalty } from '@lexgap/legal-model';
import { context, provision } from '../../../testing/builders';
import { evaluateImprisonmentMandatory } from './imprisonment-mandatory';
import { evaluatePenaltyMaxAtLeast } from './penalty-max-at-least';
import { evaluatePenaltyMinAtLeast } from './penalty-min-at-least';
import { evaluatePenaltyMinComparedTo } from './penalty-min-compared-to';

const pen1 = { kind: 'imprisonmentMandatory', offences: ['TRAFFICKING'] } as const;
const pen2 = { kind: 'penaltyMaxAtLeast', offences: ['TRAFFICKING'], minYearsParameter: 'seriousCrimeMinYears' } as const;
const pen3 = { kind: 'penaltyMinComparedTo', offences: ['SEX_TRAFFICKING', 'TRAFFICKING'], comparator: 'RAPE', partialRatioParameter: 'rapeComparisonPartialRatio', partialScore: 0.5 } as const;
const pen4 = { kind: 'penaltyMinAtLeast', offences: ['TRAFFICKING'], fullYearsParameter: 'deterrentMinYears', partialYearsParameter: 'deterrentPartialYears', partialScore: 0.5 } as const;

const withPenalties = (...penalties: Penalty[][]) => context({ provisions: penalties.map((p, i) => provision(`art-${i + 1}`, { penalties: p }, { citation: `Art. ${i + 1}` })) });
const trafficking = (min?: number, max?: number, extra: Partial<Penalty> = {}): Penalty => ({
  offence: 'TRAFFICKING',
  ...(min === undefined ? {} : { imprisonmentMinYears: min }),
  ...(max === undefined ? {} : { imprisonmentMaxYears: max }),
  ...extra,
});

describe('imprisonmentMandatory evaluator (PEN-1)', () => {
  it('meets it when every base penalty requires imprisonment', () => {
    expect(evaluateImprisonmentMandatory(pen1, withPenalties([trafficking(4, 8, { fine: true })], [trafficking(5, 10)]))).toMatchObject({
      score: 1,
      explanation: { key: 'penalty.imprisonmentMandatory', text: 'Every penalty stated for TRAFFICKING requires imprisonment (Art. 1 and Art. 2).' },
    });
  });

  it('fails it when any base penalty allows a fine in lieu of imprisonment', () => {
    const result = evaluateImprisonmentMandatory(pen1, withPenalties([trafficking(4, 8)], [trafficking(2, 6, { fine: true, fineInLieuOfImprisonment: true })]));
    expect(result).toMatchObject({ score: 0, explanation: { key: 'penalty.fineInLieu', text: 'Art. 2 allows a fine in lieu of imprisonment for TRAFFICKING.' }, evidence: { provisions: ['art-2'] } });
  });

  it('fails it when a base penalty has no term of imprisonment (a fine only)', () => {
    expect(evaluateImprisonmentMandatory(pen1, withPenalties([trafficking(undefined, undefined, { fine: true })]))).toMatchObject({ score: 0, explanation: { key: 'penalty.noImprisonment' } });
  });

  it('meets it when the source says a fine may not replace imprisonment but gives no term (Saint Lucia after its 2021 amendment, as the TIP Report describes it)', () => {
    const noFineInLieu = withPenalties([trafficking(undefined, undefined, { fineInLieuOfImprisonment: false })]);
    expect(evaluateImprisonmentMandatory(pen1, noFineInLieu)).toMatchObject({ score: 1, explanation: { key: 'penalty.imprisonmentMandatory' } });
    // No term is recorded, so nothing is said of the maximum or the minimum.
    expect(evaluatePenaltyMaxAtLeast(pen2, noFineInLieu).score).toBeNull();
    expect(evaluatePenaltyMinAtLeast(pen4, noFineInLieu).score).toBeNull();
  });

  it('reads only the base offence, and does not assess without one', () => {
    const onlyRape = withPenalties([{ offence: 'RAPE', imprisonmentMinYears: 6, fineInLieuOfImprisonment: true, fine: true }]);
    expect(evaluateImprisonmentMandatory(pen1, onlyRape)).toMatchObject({ score: null, explanation: { key: 'penalty.notStated' } });
  });
});

describe('penaltyMaxAtLeast evaluator (PEN-2)', () => {
  it('reads the highest maximum: 3 and 6 years → 6 ≥ 4 → 1', () => {
    expect(evaluatePenaltyMaxAtLeast(pen2, withPenalties([trafficking(1, 3)], [trafficking(2, 6)]))).toMatchObject({
      score: 1,
      explanation: { text: 'The highest maximum term for TRAFFICKING is 6 years (Art. 2), at least the 4 years required.', params: { years: 6, required: 4 } },
      evidence: { provisions: ['art-2'] },
    });
  });

  it('fails below the parameter, counts exactly 4 as enough, and does not assess without a maximum', () => {
    expect(evaluatePenaltyMaxAtLeast(pen2, withPenalties([trafficking(1, 3.5)])).score).toBe(0);
    expect(evaluatePenaltyMaxAtLeast(pen2, withPenalties([trafficking(1, 4)])).score).toBe(1);
    // `TRAFFICKING 3+`: at least 3 years, no maximum stated → the maximum is at least 3, which says nothing about 4.
    expect(evaluatePenaltyMaxAtLeast(pen2, withPenalties([trafficking(3)])).score).toBeNull();
  });

  it('meets it with an open-ended term: `TRAFFICKING 4+` → a court may impose at least 4 years → maximum ≥ 4 → 1', () => {
    const result = evaluatePenaltyMaxAtLeast(pen2, withPenalties([trafficking(4)]));
    expect(result).toMatchObject({ score: 1, explanation: { key: 'penalty.maxOpenEnded', params: { years: 4, required: 4, citations: ['Art. 1'] } }, evidence: { provisions: ['art-1'] } });
    expect(result.explanation.text).toBe(
      'The penalty for TRAFFICKING is at least 4 years, with no maximum stated (Art. 1), so a court may impose at least 4 years: the maximum is at least the 4 years required.',
    );
  });

  it('reads an open-ended term beside stated maxima: `1-3` and `5+` → at least 5 ≥ 4 → 1; `1-3` and `3+` → the stated maximum 3 decides → 0', () => {
    expect(evaluatePenaltyMaxAtLeast(pen2, withPenalties([trafficking(1, 3)], [trafficking(5)]))).toMatchObject({
      score: 1,
      explanation: { key: 'penalty.maxOpenEnded' },
      evidence: { provisions: ['art-2'] },
    });
    expect(evaluatePenaltyMaxAtLeast(pen2, withPenalties([trafficking(1, 3)], [trafficking(3)]))).toMatchObject({ score: 0, explanation: { key: 'penalty.maxBelow', params: { years: 3 } } });
    // A stated maximum that reaches 4 is cited before an open-ended term: `4-8` and `6+` → max 8 ≥ 4.
    expect(evaluatePenaltyMaxAtLeast(pen2, withPenalties([trafficking(4, 8)], [trafficking(6)]))).toMatchObject({ score: 1, explanation: { key: 'penalty.maxAtLeast', params: { years: 8 } } });
  });
});

describe('penaltyMinAtLeast evaluator (PEN-4)', () => {
  it.each([
    [4, 1, 'penalty.minFull'],
    [6, 1, 'penalty.minFull'],
    [3.99, 0.5, 'penalty.minPartial'],
    [2, 0.5, 'penalty.minPartial'],
    [1.5, 0, 'penalty.minBelow'],
    [0, 0, 'penalty.minBelow'],
  ])('a minimum of %p years scores %p', (years, score, key) => {
    expect(evaluatePenaltyMinAtLeast(pen4, withPenalties([trafficking(years, 10)]))).toMatchObject({ score, explanation: { key } });
  });

  it('reads the lowest minimum in force (the least a court can impose)', () => {
    const result = evaluatePenaltyMinAtLeast(pen4, withPenalties([trafficking(5, 10)], [trafficking(3, 8)]));
    expect(result).toMatchObject({ score: 0.5, evidence: { provisions: ['art-2'] } });
    expect(result.explanation.text).toBe('The lowest minimum term for TRAFFICKING is 3 years (Art. 2), at least 2 but below 4 years.');
  });

  it('does not assess without a stated minimum', () => {
    expect(evaluatePenaltyMinAtLeast(pen4, withPenalties([trafficking(undefined, 10)])).score).toBeNull();
  });

  it('reads a fine in lieu of imprisonment as no imprisonment: `TRAFFICKING 4-8 fine-in-lieu` → 0 years < 2 → 0', () => {
    const result = evaluatePenaltyMinAtLeast(pen4, withPenalties([trafficking(4, 8, { fine: true, fineInLieuOfImprisonment: true })]));
    expect(result).toMatchObject({ score: 0, explanation: { key: 'penalty.minFineInLieu', params: { years: 0, fullYears: 4, citations: ['Art. 1'] } }, evidence: { provisions: ['art-1'] } });
    expect(result.explanation.text).toBe('A fine may replace imprisonment for TRAFFICKING under Art. 1, so the lowest sentence a court may impose is no imprisonment; 4 years required.');
    // Another provision's higher minimum does not close the loophole: `5-10` beside `4-8 fine-in-lieu` → still 0, citing only the fine.
    expect(evaluatePenaltyMinAtLeast(pen4, withPenalties([trafficking(5, 10)], [trafficking(4, 8, { fineInLieuOfImprisonment: true })]))).toMatchObject({
      score: 0,
      evidence: { provisions: ['art-2'] },
    });
  });

  it('lowers the lowest sentence to a lower maximum elsewhere: `4-8` and `max 3` → at most 3 < 4, scored at the bound 3 ≥ 2 → 0.5', () => {
    const result = evaluatePenaltyMinAtLeast(pen4, withPenalties([trafficking(4, 8)], [trafficking(undefined, 3)]));
    expect(result).toMatchObject({
      score: 0.5,
      explanation: { key: 'penalty.minAtMostPartial', params: { years: 3, fullYears: 4, partialYears: 2, citations: ['Art. 2'] } },
      evidence: { provisions: ['art-2'] },
    });
    expect(result.explanation.text).toBe(
      'The penalty for TRAFFICKING is at most 3 years, with no minimum stated (Art. 2), so the lowest sentence a court may impose is at most 3 years, below the 4 years required. How much lower it may be is not recorded: it is scored at that bound, at least 2 years.',
    );
  });

  it.each([
    // [penalties, score, key]: the lowest sentence, then the score.
    ['`4-8` and `max 1`: at most 1 < 2 → 0', [trafficking(4, 8), trafficking(undefined, 1)], 0, 'penalty.minAtMostBelow'],
    ['`max 3` alone: at most 3, ≥ 2 → 0.5', [trafficking(undefined, 3)], 0.5, 'penalty.minAtMostPartial'],
    ['`6-10` and `max 5`: at most 5 — whether it reaches 4 is unknown → not assessed', [trafficking(6, 10), trafficking(undefined, 5)], null, 'penalty.minAtMostUnknown'],
    ['`4-8` and `max 10`: a maximum above the minimum does not lower it → exactly 4 → 1', [trafficking(4, 8), trafficking(undefined, 10)], 1, 'penalty.minFull'],
    ['`4-8` and `2-10`: the lower minimum decides → exactly 2 → 0.5', [trafficking(4, 8), trafficking(2, 10)], 0.5, 'penalty.minPartial'],
  ] as const)('%s', (_, penalties, score, key) => {
    expect(evaluatePenaltyMinAtLeast(pen4, withPenalties(...penalties.map((p) => [p])))).toMatchObject({ score, explanation: { key } });
  });
});

describe('penaltyMinComparedTo evaluator (PEN-3)', () => {
  const rape = (min: number): Penalty => ({ offence: 'RAPE', imprisonmentMinYears: min, imprisonmentMaxYears: 20 });

  it('compares the sex trafficking minimum with the rape minimum: 6 ≥ 6 → 1', () => {
    const result = evaluatePenaltyMinComparedTo(pen3, withPenalties([{ offence: 'SEX_TRAFFICKING', imprisonmentMinYears: 6 }, trafficking(2, 8)], [rape(6)]));
    expect(result).toMatchObject({ score: 1, explanation: { key: 'penalty.comparison.atLeast', params: { offence: 'SEX_TRAFFICKING', years: 6, comparatorYears: 6 } } });
    expect(result.explanation.text).toBe('The minimum term for SEX_TRAFFICKING (6 years, Art. 1) is at least the minimum for RAPE (6 years, Art. 2).');
  });

  it('falls back to the base offence when there is no sex trafficking penalty: 5 ≥ 0.8 × 6 = 4.8 → 0.5', () => {
    expect(evaluatePenaltyMinComparedTo(pen3, withPenalties([trafficking(5, 10)], [rape(6)]))).toMatchObject({ score: 0.5, explanation: { params: { offence: 'TRAFFICKING' } } });
  });

  it('gives 0 below 80 %: 4 < 4.8', () => {
    expect(evaluatePenaltyMinComparedTo(pen3, withPenalties([trafficking(4, 10)], [rape(6)])).score).toBe(0);
  });

  it('gives exactly 80 % the partial score: 4 = 0.8 × 5', () => {
    expect(evaluatePenaltyMinComparedTo(pen3, withPenalties([trafficking(4, 10)], [rape(5)])).score).toBe(0.5);
  });

  it("reads the base offence's lowest sentence as PEN-4 does: a fine in lieu → 0 years < 0.8 × 6 = 4.8 → 0", () => {
    const result = evaluatePenaltyMinComparedTo(pen3, withPenalties([trafficking(6, 12, { fineInLieuOfImprisonment: true })], [rape(6)]));
    expect(result).toMatchObject({
      score: 0,
      explanation: { key: 'penalty.comparison.fineInLieu', params: { offence: 'TRAFFICKING', years: 0, comparatorYears: 6, citations: ['Art. 1'], comparatorCitations: ['Art. 2'] } },
      evidence: { provisions: ['art-1', 'art-2'] },
    });
    expect(result.explanation.text).toBe(
      'A fine may replace imprisonment for TRAFFICKING under Art. 1, so the lowest sentence a court may impose is no imprisonment, below 80 % of the minimum for RAPE (6 years, Art. 2).',
    );
  });

  it('scores an "at most" lowest sentence at its bound, as PEN-4 does', () => {
    // `6-12` and `max 5` against rape 6: at most 5 < 6, ≥ 4.8 → 0.5.
    expect(evaluatePenaltyMinComparedTo(pen3, withPenalties([trafficking(6, 12)], [trafficking(undefined, 5)], [rape(6)]))).toMatchObject({
      score: 0.5,
      explanation: { key: 'penalty.comparison.atMostPartial', params: { years: 5 } },
      evidence: { provisions: ['art-2', 'art-3'] },
    });
    // `6-12` and `max 3`: at most 3 < 4.8 → 0.
    expect(evaluatePenaltyMinComparedTo(pen3, withPenalties([trafficking(6, 12)], [trafficking(undefined, 3)], [rape(6)]))).toMatchObject({
      score: 0,
      explanation: { key: 'penalty.comparison.atMostBelow' },
    });
    // `8-12` and `max 7` against rape 6: at most 7 ≥ 6 — whether it reaches 6 is unknown → not assessed.
    expect(evaluatePenaltyMinComparedTo(pen3, withPenalties([trafficking(8, 12)], [trafficking(undefined, 7)], [rape(6)]))).toMatchObject({
      score: null,
      explanation: { key: 'penalty.comparison.atMostUnknown' },
    });
  });

  it('does not assess without both minimums', () => {
    expect(evaluatePenaltyMinComparedTo(pen3, withPenalties([trafficking(4, 10)]))).toMatchObject({ score: null, explanation: { key: 'penalty.comparisonNotStated' } });
    expect(evaluatePenaltyMinComparedTo(pen3, withPenalties([rape(6)])).score).toBeNull();
  });
});

describe('life imprisonment (a maximum above any number of years)', () => {
  const life = (min?: number): Penalty => trafficking(min, undefined, { lifeImprisonment: true });

  it('meets PEN-2 with a maximum of life: `TRAFFICKING 3-life` → life > 4 years → 1, and says "life imprisonment", not a number', () => {
    const result = evaluatePenaltyMaxAtLeast(pen2, withPenalties([trafficking(1, 3)], [life(3)]));
    expect(result).toMatchObject({ score: 1, explanation: { key: 'penalty.maxLife', params: { required: 4, citations: ['Art. 2'] } }, evidence: { provisions: ['art-2'] } });
    expect(result.explanation.text).toBe('The maximum penalty for TRAFFICKING is life imprisonment (Art. 2), above the 4 years required.');
    expect(result.explanation.params).not.toHaveProperty('years');
    // Life alone, no minimum stated (`TRAFFICKING life`): still the highest maximum there is → 1, never "open-ended".
    expect(evaluatePenaltyMaxAtLeast(pen2, withPenalties([life()]))).toMatchObject({ score: 1, explanation: { key: 'penalty.maxLife' } });
  });

  it('counts life as imprisonment for PEN-1, and its minimum as any minimum for PEN-4', () => {
    expect(evaluateImprisonmentMandatory(pen1, withPenalties([life()]))).toMatchObject({ score: 1, explanation: { key: 'penalty.imprisonmentMandatory' } });
    // `3-life`: the lowest sentence is exactly 3 years (life is no "maximum below the minimum") → 3 ≥ 2, < 4 → 0.5.
    expect(evaluatePenaltyMinAtLeast(pen4, withPenalties([life(3)]))).toMatchObject({ score: 0.5, explanation: { key: 'penalty.minPartial', params: { years: 3 } } });
    // `life` alone states no minimum: PEN-4 is not assessed (unknown is never zero).
    expect(evaluatePenaltyMinAtLeast(pen4, withPenalties([life()]))).toMatchObject({ score: null, explanation: { key: 'penalty.minNotStated' } });
  });
});
