import type { JurisdictionEvidence } from './evidence';
import { action, expert, observation, provision } from '../../testing/builders';
import { loadShippedRubric } from '../../testing/shipped-rubric';
import { Ratio } from './exact';
import { scoreJurisdiction } from './score-jurisdiction';

/** A value as the engine publishes it: the exact rational, rounded once to 4 decimals (shares to 6). */
const published = (x: number) => Ratio.from(x).round(4);

/**
 * The scenario the methodology exists for, against the shipped rubric v1: a (fictional)
 * jurisdiction "ZZ" whose trafficking offence allows a fine instead of prison, requires force,
 * fraud or coercion when the victim is a child, and demands a border crossing. PEN-1, CST-2 and
 * PAL-7 must come out as UNMET gaps, and every number below is worked out by hand.
 */
const ASOF = '2024-01-01';

const evidence: JurisdictionEvidence = {
  jurisdiction: 'ZZ',
  treatyActions: [
    action('pal-sig', 'PALERMO', 'SIGNATURE', '2000-12-13'),
    action('pal-rat', 'PALERMO', 'RATIFICATION', '2004-03-10'),
    action('untoc-rat', 'UNTOC', 'RATIFICATION', '2004-03-10'),
    action('opsc-sig', 'OPSC', 'SIGNATURE', '2002-09-07'),
    action('c029-rat', 'ILO-C029', 'RATIFICATION', '1960-06-01'),
    action('c105-rat', 'ILO-C105', 'RATIFICATION', '1960-06-01'),
    action('c138-rat', 'ILO-C138', 'RATIFICATION', '2001-02-01', 'MONTH'),
    action('c182-rat', 'ILO-C182', 'RATIFICATION', '2001-02-01'),
    // ILO-C189: nothing recorded.
  ],
  treatyObservations: [observation('p029-obs', 'ILO-P029', 'NOT_PARTY', '2023-05-01')],
  provisions: [
    provision(
      'cp-202',
      {
        acts: ['RECRUITMENT', 'TRANSPORTATION', 'TRANSFER', 'RECEIPT'],
        means: ['THREAT', 'FORCE', 'OTHER_COERCION', 'ABDUCTION', 'FRAUD', 'DECEPTION'],
        extraMeans: ['debt bondage'],
        purposes: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR', 'SLAVERY_OR_SIMILAR_PRACTICES', 'SERVITUDE'],
        consentIrrelevant: true,
        borderCrossingRequired: true,
        childAgeThreshold: 18,
        meansRequiredForChildren: true,
        penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 2, imprisonmentMaxYears: 6, fine: true, fineInLieuOfImprisonment: true }],
        aggravatingCircumstances: ['CHILD_VICTIM', 'ORGANISED_GROUP', 'SERIOUS_HARM'],
        ancillaryLiability: ['ATTEMPT', 'COMPLICITY'],
      },
      { citation: 'Art. 202', instrumentTitle: 'Código Penal', from: '2005-01-01' },
    ),
    provision('cp-119', { penalties: [{ offence: 'RAPE', imprisonmentMinYears: 6, imprisonmentMaxYears: 15 }] }, { citation: 'Art. 119', instrumentTitle: 'Código Penal', from: '1999-01-01' }),
    provision(
      'law-5',
      {
        legalPersonLiability: false,
        forfeiture: true,
        restitution: false,
        demandOffence: true,
        childNonPunishment: true,
        onlineOffences: ['CHILD_SEXUAL_ABUSE_MATERIAL', 'ADVERTISING'],
        extraterritorialJurisdiction: false,
        // mistakeOfAgeDefenceBarred: not stated, so CST-4 is not assessed.
      },
      { citation: 'Art. 5', instrumentTitle: 'Ley de trata', from: '2008-04-30' },
    ),
    provision('lc-140', { forcedLabourOffence: { imprisonment: true, allSectors: false } }, { citation: 'Art. 140', instrumentTitle: 'Código del Trabajo', from: '2010-01-01' }),
    // Not in force on ASOF: the repealed 1990 wording (which needed no border crossing) and a law
    // in force only from 2025 (which drops the means requirement for children). Neither counts.
    provision('cp-202-1990', { borderCrossingRequired: false, penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 4, imprisonmentMaxYears: 10 }] }, { from: '1990-01-01', to: '2005-01-01' }),
    provision('reform-2025', { meansRequiredForChildren: false }, { from: '2025-01-01' }),
  ],
  expertResults: [expert('PAL-9', 0.5, '2022-06-01', 'asmt-pal9')],
};

describe('a trafficking law with a fine instead of prison, means required for children and a border crossing (rubric v1)', () => {
  const rubric = loadShippedRubric();
  const card = scoreJurisdiction(rubric, evidence, ASOF);
  const result = (id: string) => card.criteria.find((c) => c.criterionId === id)!;

  it('finds PEN-1, CST-2 and PAL-7 UNMET, resting on the provision in force', () => {
    expect(result('PEN-1')).toMatchObject({ status: 'UNMET', score: 0, method: 'AUTOMATIC', evidence: { provisions: ['cp-202'] } });
    expect(result('PEN-1').explanation.text).toBe('Art. 202 of Código Penal allows a fine in lieu of imprisonment for TRAFFICKING.');
    expect(result('CST-2')).toMatchObject({ status: 'UNMET', score: 0, evidence: { provisions: ['cp-202'] } });
    expect(result('PAL-7')).toMatchObject({ status: 'UNMET', score: 0, evidence: { provisions: ['cp-202'] } });
    expect(result('PAL-7').explanation.text).toBe('Art. 202 of Código Penal states borderCrossingRequired = true, and no provision in force states otherwise.');
  });

  it('reads the same fine as the lowest sentence a court may impose: PEN-3 and PEN-4 UNMET, citing Art. 202', () => {
    // Art. 202 states 2 to 6 years, but a fine may replace them: the lowest sentence is no imprisonment, 0 years.
    // PEN-4: 0 < 2 (partial) → 0. PEN-3: 0 < 0.8 × 6 (Art. 119, rape) = 4.8 → 0.
    expect(result('PEN-4')).toMatchObject({
      status: 'UNMET',
      score: 0,
      evidence: { provisions: ['cp-202'] },
      explanation: { key: 'penalty.minFineInLieu', params: { years: 0, citations: ['Art. 202, Código Penal'] } },
    });
    expect(result('PEN-4').explanation.text).toBe(
      'A fine may replace imprisonment for TRAFFICKING under Art. 202 of Código Penal, so the lowest sentence a court may impose is no imprisonment; 4 years required.',
    );
    expect(result('PEN-3')).toMatchObject({ status: 'UNMET', score: 0, evidence: { provisions: ['cp-202', 'cp-119'] }, explanation: { key: 'penalty.comparison.fineInLieu' } });
  });

  it('reaches every criterion as worked out by hand', () => {
    expect(Object.fromEntries(card.criteria.map((c) => [c.criterionId, [c.status, c.score === null ? null : +c.score.toFixed(4)]]))).toEqual({
      'PAL-1': ['MET', 1], //           ratified 2004-03-10
      'PAL-2': ['MET', 1], //           ratified 2004-03-10
      'PAL-3': ['PARTIAL', 0.8], //     4 of 5 acts (no harbouring)
      'PAL-4': ['PARTIAL', 0.75], //    6 of 8 means; "debt bondage" is an extra, not counted
      'PAL-5': ['PARTIAL', 0.8], //     4 of 5 purposes (no organ removal)
      'PAL-6': ['MET', 1], //           consent irrelevant
      'PAL-7': ['UNMET', 0], //         border crossing required
      'PAL-8': ['PARTIAL', 0.6667], //  attempt and complicity, not organising: 2 of 3
      'PAL-9': ['PARTIAL', 0.5], //     expert result, approved 2022-06-01
      'ILO-1': ['MET', 1],
      'ILO-2': ['UNMET', 0], //         observed NOT_PARTY on 2023-05-01
      'ILO-3': ['MET', 1],
      'ILO-4': ['MET', 1], //           month-precision ratification
      'ILO-5': ['MET', 1],
      'ILO-6': ['NOT_ASSESSED', null], // C189: nothing recorded, never 0
      'ILO-7': ['PARTIAL', 0.5], //     imprisonment, not all sectors
      'PEN-1': ['UNMET', 0], //         fine in lieu of imprisonment
      'PEN-2': ['MET', 1], //           max 6 ≥ 4
      'PEN-3': ['UNMET', 0], //         no sex trafficking penalty → base: a fine may replace prison, lowest sentence 0 < 0.8 × rape min 6 = 4.8
      'PEN-4': ['UNMET', 0], //         a fine may replace prison: the lowest sentence is no imprisonment, 0 < 2 (the stated min 2 does not count)
      'PEN-5': ['PARTIAL', 0.6667], //  child victim, organised group; not public official: 2 of 3
      'PEN-6': ['UNMET', 0], //         no legal-person liability
      'PEN-7': ['PARTIAL', 0.5], //     forfeiture yes, restitution no
      'CST-1': ['MET', 1], //           under 18
      'CST-2': ['UNMET', 0], //         means required for children (the 2025 reform is not yet in force)
      'CST-3': ['MET', 1],
      'CST-4': ['NOT_ASSESSED', null], // mistake of age: not stated
      'CST-5': ['MET', 1],
      'CST-6': ['PARTIAL', 0.6667], //  CSAM and advertising, not online recruitment: 2 of 3
      'CST-7': ['UNMET', 0],
      'CST-8': ['PARTIAL', 0.25], //    OPSC signed only
    });
  });

  it('scores each category by hand', () => {
    // PAL (30): (1 + 1 + 0.8 + 0.75 + 0.8 + 1 + 0 + 2/3 + 0.5) / 9 = (391/60) / 9 → 72.4074, coverage 9/9.
    // ILO (20): (1 + 0 + 1 + 1 + 1 + 0.5) / 6 assessed = 4.5 / 6 → 75.0000, coverage 6/7 (ILO-6 not assessed).
    // PEN (25): (0 + 1 + 0 + 0 + 2/3 + 0 + 0.5) / 7 = (13/6) / 7 → 30.9524, coverage 7/7.
    // CST (25): (1 + 0 + 1 + 1 + 2/3 + 0 + 0.25) / 7 assessed = (47/12) / 7 → 55.9524, coverage 7/8 (CST-4 not assessed).
    const [pal, ilo, pen, cst] = card.categories;
    expect(card.categories.map((c) => c.id)).toEqual(['PAL', 'ILO', 'PEN', 'CST']);
    expect(pal.score).toBeCloseTo(72.4074, 4);
    expect(pal.score).toBe(published(1955 / 27));
    expect(pal.coverage).toBe(1);
    expect(ilo.score).toBe(published(75));
    expect(ilo.coverage).toBe(published(6 / 7));
    expect(pen.score).toBeCloseTo(30.9524, 4);
    expect(pen.score).toBe(published(650 / 21));
    expect(pen.coverage).toBe(1);
    expect(cst.score).toBeCloseTo(55.9524, 4);
    expect(cst.score).toBe(published(1175 / 21));
    expect(cst.coverage).toBe(published(7 / 8));
  });

  it('scores the whole by hand, each category weighing its weight × coverage', () => {
    // Effective weights: PAL 30 × 1 = 30; ILO 20 × 6/7 = 17.142857; PEN 25 × 1 = 25; CST 25 × 7/8 = 21.875.
    //   Σ = 5265/56 = 94.017857, so coverage = 94.017857 / 100 = 0.940179, published as 0.9402.
    // Weighted sum: 30 × 72.407407 + 17.142857 × 75 + 25 × 30.952381 + 21.875 × 55.952381
    //             = 2172.2222 + 1285.7143 + 773.8095 + 1223.9583 = 5455.7044.
    // Score = 5455.7044 / 94.017857 = 58.0284 → PARTIAL (50 ≤ score < 70), coverage ≥ 0.5 so the band is given.
    expect(card.score).toBeCloseTo(58.0284, 4);
    expect(card.score).toBe(published(549935 / 9477));
    expect(card.coverage).toBe(published(5265 / 5600));
    expect(card.band).toBe('PARTIAL');
    expect(card.bandWithheld).toBe(false);
  });

  it('lists the gaps worst first, ties in rubric order, with severity = weight share × (1 − result)', () => {
    // Weight shares: PAL 30/100 × 1/9 = 1/30; ILO 20/100 × 1/7 = 1/35; PEN 25/100 × 1/7 = 1/28; CST 25/100 × 1/8 = 1/32.
    expect(card.gaps.map((g) => [g.criterionId, g.status, +g.severity.toFixed(6)])).toEqual([
      ['PEN-1', 'UNMET', 0.035714], //   1/28 × 1
      ['PEN-3', 'UNMET', 0.035714], //   1/28 × 1 (tie: rubric order)
      ['PEN-4', 'UNMET', 0.035714], //   1/28 × 1
      ['PEN-6', 'UNMET', 0.035714], //   1/28 × 1
      ['PAL-7', 'UNMET', 0.033333], //   1/30 × 1
      ['CST-2', 'UNMET', 0.03125], //    1/32 × 1
      ['CST-7', 'UNMET', 0.03125], //    1/32 × 1
      ['ILO-2', 'UNMET', 0.028571], //   1/35 × 1
      ['CST-8', 'PARTIAL', 0.023438], // 1/32 × 0.75
      ['PEN-7', 'PARTIAL', 0.017857], // 1/28 × 0.5
      ['PAL-9', 'PARTIAL', 0.016667], // 1/30 × 0.5
      ['ILO-7', 'PARTIAL', 0.014286], // 1/35 × 0.5
      ['PEN-5', 'PARTIAL', 0.011905], // 1/28 × 1/3
      ['PAL-8', 'PARTIAL', 0.011111], // 1/30 × 1/3
      ['CST-6', 'PARTIAL', 0.010417], // 1/32 × 1/3
      ['PAL-4', 'PARTIAL', 0.008333], // 1/30 × 0.25
      ['PAL-3', 'PARTIAL', 0.006667], // 1/30 × 0.2
      ['PAL-5', 'PARTIAL', 0.006667], // 1/30 × 0.2
    ]);
    // Not assessed criteria are never gaps.
    expect(card.gaps.map((g) => g.criterionId)).not.toContain('ILO-6');
    expect(card.gaps.map((g) => g.criterionId)).not.toContain('CST-4');
  });

  it('names the rubric version and the date it was computed for', () => {
    expect(card).toMatchObject({ jurisdiction: 'ZZ', rubricId: 'tip-legal-framework', rubricVersion: 1, asOf: ASOF });
  });
});
