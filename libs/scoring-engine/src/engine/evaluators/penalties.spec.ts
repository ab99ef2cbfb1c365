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
    expect(evaluatePenaltyMaxAtLeast(pen2, withPenalties([trafficking(4)])).score).toBeNull();
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

  it('does not assess without both minimums', () => {
    expect(evaluatePenaltyMinComparedTo(pen3, withPenalties([trafficking(4, 10)]))).toMatchObject({ score: null, explanation: { key: 'penalty.comparisonNotStated' } });
    expect(evaluatePenaltyMinComparedTo(pen3, withPenalties([rape(6)])).score).toBeNull();
  });
});
