import { evidence, expert, provision } from '../../testing/builders';
import { loadShippedRubric } from '../../testing/shipped-rubric';
import type { Rubric } from '../rubric/rubric';
import { Ratio } from './exact';
import { scoreJurisdiction } from './score-jurisdiction';

const rubric = loadShippedRubric();
const criteria = rubric.categories.flatMap((c) => c.criteria);

/** A small deterministic PRNG (mulberry32), so every run shuffles the same way. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The same rubric with its categories and each category's criteria in another order: the order sums are taken in. */
function reordered(r: Rubric, next: () => number): Rubric {
  return { ...r, categories: shuffled(r.categories, next).map((c) => ({ ...c, criteria: shuffled(c.criteria, next) })) };
}

/** A result on each criterion's scale, shares included as the binary fractions a count gives (2 of 3 acts = 0.6666666666666666). */
function resultsFor(ids: readonly string[], next: () => number) {
  return ids.map((id) => {
    const criterion = criteria.find((c) => c.id === id)!;
    const value = criterion.scale.type === 'share' ? Math.floor(next() * 4) / 3 : criterion.scale.levels[Math.floor(next() * criterion.scale.levels.length)].value;
    return expert(id, value, '2020-01-01');
  });
}

const decimals = (x: number) => (Number.isInteger(x) ? 0 : String(x).split('.')[1].length);

describe('exact scores', () => {
  it('gives one score, bit for bit, for the same results summed in 1,000 different orders', () => {
    const next = random(20261202);
    // Results on 20 of the 31 criteria: partial coverage, so both the category and overall sums matter.
    const results = resultsFor(
      shuffled(
        criteria.map((c) => c.id),
        next,
      ).slice(0, 20),
      next,
    );
    const scores = new Set<number | null>();
    const ranges = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const card = scoreJurisdiction(reordered(rubric, next), evidence({ expertResults: shuffled(results, next) }), '2024-01-01');
      scores.add(card.score);
      ranges.add(JSON.stringify([card.coverage, card.scoreRange]));
    }
    expect(scores.size).toBe(1);
    expect(ranges.size).toBe(1);
    const [score] = [...scores];
    expect(decimals(score!)).toBeLessThanOrEqual(4);
  });

  it('publishes every score, coverage and range to at most 4 decimals and shares to at most 6', () => {
    const next = random(7);
    for (let i = 0; i < 50; i++) {
      const card = scoreJurisdiction(
        rubric,
        evidence({
          expertResults: resultsFor(
            shuffled(
              criteria.map((c) => c.id),
              next,
            ).slice(0, 5 + (i % 26)),
            next,
          ),
        }),
        '2024-01-01',
      );
      const fourDecimal = [
        card.score,
        card.coverage,
        card.scoreRange?.lower,
        card.scoreRange?.upper,
        ...card.categories.flatMap((c) => [c.score, c.coverage, c.scoreRange?.lower, c.scoreRange?.upper]),
      ];
      for (const x of fourDecimal) if (typeof x === 'number') expect(decimals(x)).toBeLessThanOrEqual(4);
      for (const x of [...card.criteria.map((c) => c.weightShare), ...card.gaps.map((g) => g.severity)]) expect(decimals(x)).toBeLessThanOrEqual(6);
    }
  });

  it('brackets the score with its range, and closes the range at full coverage', () => {
    const next = random(99);
    for (let assessed = 1; assessed <= criteria.length; assessed++) {
      const card = scoreJurisdiction(
        rubric,
        evidence({
          expertResults: resultsFor(
            criteria.slice(0, assessed).map((c) => c.id),
            next,
          ),
        }),
        '2024-01-01',
      );
      const { lower, upper } = card.scoreRange!;
      expect(lower).toBeLessThanOrEqual(card.score!);
      expect(card.score!).toBeLessThanOrEqual(upper);
      for (const c of card.categories) if (c.score !== null) expect(c.scoreRange!.lower <= c.score && c.score <= c.scoreRange!.upper).toBe(true);
      if (assessed === criteria.length) {
        expect(card.coverage).toBe(1);
        expect(lower).toBe(card.score);
        expect(upper).toBe(card.score);
      }
    }
  });

  it('reads a range by hand: every criterion not assessed counted as 0, then as 1', () => {
    // Only PAL-1 assessed, MET. Its share of the rubric is W_PAL/ΣW × w/Σw_PAL; call it s.
    // score = 100 × (s × 1) / s = 100; lower = 100 × s × 1 = 100 s; upper = 100 s + 100 (1 − s) = 100.
    const card = scoreJurisdiction(rubric, evidence({ expertResults: [expert('PAL-1', 1, '2020-01-01')] }), '2024-01-01');
    const s = card.criteria.find((c) => c.criterionId === 'PAL-1')!.weightShare;
    expect(card.score).toBe(100);
    expect(card.coverage).toBeCloseTo(s, 4);
    expect(card.scoreRange!.lower).toBeCloseTo(100 * s, 3);
    expect(card.scoreRange!.upper).toBe(100);
    // Nothing assessed at all: no score, and the range is the whole scale.
    expect(scoreJurisdiction(rubric, evidence(), '2024-01-01')).toMatchObject({ score: null, coverage: 0, scoreRange: { lower: 0, upper: 100 }, unrankedReason: 'NO_SCORE' });
  });

  it('gives no rank below the minimum coverage, and a rank from it', () => {
    const few = scoreJurisdiction(rubric, evidence({ expertResults: [expert('PAL-1', 1, '2020-01-01')] }), '2024-01-01');
    expect(few).toMatchObject({ band: null, unrankedReason: 'INSUFFICIENT_COVERAGE', minimumCoverage: rubric.minimumCoverageForBand });
    const all = scoreJurisdiction(rubric, evidence({ expertResults: criteria.map((c) => expert(c.id, 1, '2020-01-01')) }), '2024-01-01');
    expect(all).toMatchObject({ score: 100, coverage: 1, band: 'STRONG', unrankedReason: null });
  });
});

describe('Ratio', () => {
  it('reads the rationals a float stands for and sums them exactly', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floats; as ratios it is 3/10.
    expect(Ratio.from(0.1).plus(Ratio.from(0.2)).compare(Ratio.from(0.3))).toBe(0);
    expect(Ratio.from(2 / 3).compare(Ratio.of(2n, 3n))).toBe(0);
    expect(Ratio.from(0.15).compare(Ratio.of(3n, 20n))).toBe(0);
    expect(Ratio.from(1.5e-7).compare(Ratio.of(3n, 20_000_000n))).toBe(0);
  });

  it('rounds half away from zero, once', () => {
    expect(Ratio.of(10_005n, 100_000n).round(4)).toBe(0.1001); // 0.10005: the half goes up
    expect(Ratio.of(-10_005n, 100_000n).round(4)).toBe(-0.1001); // and away from zero below it
    expect(Ratio.of(100_005n, 1_000_000n).round(4)).toBe(0.1); // 0.100005 is below the half
    expect(Ratio.of(2n, 3n).round(4)).toBe(0.6667);
    expect(Ratio.of(200n, 3n).round(4)).toBe(66.6667);
  });
});

describe('evidence age and kind', () => {
  it('dates each result by its oldest evidence, marks it stale past the rubric parameter, and names its kinds', () => {
    // PEN-7 reads forfeiture and restitution: the first read from the law in 2023, the second only from a report in 2019
    // (a fact the text as recorded does not state, so the report still speaks to it: facts/source-precedence.ts).
    const text = provision('p-text', { forfeiture: true }, { from: '2010-01-01', factsAsOf: '2023-06-30', sourceKind: 'PRIMARY', confidence: 'HIGH', verified: true });
    const report = provision('p-report', { restitution: true }, { from: '2010-01-01', factsAsOf: '2019-06-30', sourceKind: 'SECONDARY', confidence: 'LOW' });
    const card = scoreJurisdiction(rubric, evidence({ provisions: [text, report] }), '2024-01-01');
    const pen7 = card.criteria.find((c) => c.evidence.provisions.length === 2)!;
    expect(pen7).toMatchObject({ evidenceAsOf: '2019-06-30', newestEvidenceAsOf: '2023-06-30', sourceKinds: ['PRIMARY', 'SECONDARY'], lowestConfidence: 'LOW', unverifiedEvidence: true });
    // 2019-06-30 is before 2021-01-01, three years before the scorecard's date: stale.
    expect(pen7.evidenceStale).toBe(true);
    expect(card.staleEvidenceYears).toBe(3);
    expect(card.staleCriteria).toContain(pen7.criterionId);
    expect(card.evidenceAsOf).toEqual({ oldest: '2019-06-30', newest: '2023-06-30' });
    // As of 2022-01-01 the same reading is two and a half years old: not stale.
    const earlier = scoreJurisdiction(rubric, evidence({ provisions: [text, report] }), '2022-01-01');
    expect(earlier.criteria.find((c) => c.criterionId === pen7.criterionId)!.evidenceStale).toBe(false);
  });
});
