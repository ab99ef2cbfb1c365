import type { JurisdictionEvidence } from './evidence';
import { action, evidence, expert, provision } from '../../testing/builders';
import { loadShippedRubric } from '../../testing/shipped-rubric';
import { layeredEvidence } from './layered-law';
import { scoreJurisdiction } from './score-jurisdiction';
import type { ScorecardResult } from './scorecard';

/**
 * Layered law against the shipped rubric v1: a fictional federation "XF" with a national penal
 * code and two states. XF-N1 has no law of its own; XF-S1 has a stricter state law.
 */
const rubric = loadShippedRubric();
const ASOF = '2024-01-01';

const result = (card: ScorecardResult, id: string) => card.criteria.find((c) => c.criterionId === id)!;
const scoresOf = (card: ScorecardResult) => Object.fromEntries(card.criteria.map((c) => [c.criterionId, [c.status, c.score, c.method]]));

// The nation: party to Palermo (PAL-1), and an offence naming two of the eight Palermo means
// (PAL-4 = 2/8 = 0.25) with no liability of legal persons (PEN-6 UNMET).
const national: JurisdictionEvidence = evidence({
  jurisdiction: 'XF',
  treatyActions: [action('xf-pal', 'PALERMO', 'RATIFICATION', '2005-01-01')],
  provisions: [
    provision(
      'xf-cp-1',
      { means: ['THREAT', 'FORCE'], legalPersonLiability: false, penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 5, imprisonmentMaxYears: 15 }] },
      { citation: 'Art. 1', instrumentTitle: 'Código Penal Federal', from: '2010-01-01' },
    ),
  ],
  // An expert found the national law's definition only half adequate (PAL-9 is an expert criterion).
  expertResults: [expert('PAL-9', 0.5, '2020-06-01', 'asmt-xf-pal9')],
});
const n1 = evidence({ jurisdiction: 'XF-N1' });
// XF-S1's own code names two more means (FRAUD, DECEPTION: the union is 4/8 = 0.5) and makes
// legal persons liable (a favourable flag in any provision in force wins: PEN-6 MET).
const s1 = evidence({
  jurisdiction: 'XF-S1',
  provisions: [provision('s1-cp-9', { means: ['FRAUD', 'DECEPTION'], legalPersonLiability: true }, { citation: 'Art. 9', instrumentTitle: 'Código Penal del Estado', from: '2015-01-01' })],
});

describe('layered law: a unit scores on its national law and treaty status plus its own', () => {
  const country = scoreJurisdiction(rubric, national, ASOF);
  const plain = scoreJurisdiction(rubric, layeredEvidence(national, n1), ASOF);
  const stricter = scoreJurisdiction(rubric, layeredEvidence(national, s1), ASOF);

  it('a unit with no law of its own scores exactly as its country', () => {
    expect(scoresOf(plain)).toEqual(scoresOf(country));
    expect([plain.score, plain.coverage, plain.band]).toEqual([country.score, country.coverage, country.band]);
    expect(plain.jurisdiction).toBe('XF-N1');
    expect(plain.nationalJurisdiction).toBe('XF');
    expect(country.nationalJurisdiction).toBeNull();
  });

  it('treaty status is the state party’s: PAL-1 is MET in both units from XF’s ratification', () => {
    for (const card of [plain, stricter]) expect(result(card, 'PAL-1')).toMatchObject({ status: 'MET', evidence: { treatyActions: ['xf-pal'] } });
  });

  it('national provisions count in every unit; only the stricter unit rises, on what its own law adds', () => {
    // PAL-4: national 2/8; XF-S1 the union of both levels, 4/8.
    expect([result(country, 'PAL-4').score, result(plain, 'PAL-4').score, result(stricter, 'PAL-4').score]).toEqual([0.25, 0.25, 0.5]);
    expect(result(stricter, 'PAL-4').evidence.provisions.sort()).toEqual(['s1-cp-9', 'xf-cp-1']);
    // PEN-6: UNMET nationally (and in XF-N1), MET in XF-S1 by its own law.
    expect([result(plain, 'PEN-6').status, result(stricter, 'PEN-6').status]).toEqual(['UNMET', 'MET']);
    // PEN-2 rests on the national penalty in both units (15 years ≥ 4).
    expect(result(stricter, 'PEN-2')).toMatchObject({ status: 'MET', evidence: { provisions: ['xf-cp-1'] } });
    expect(stricter.score!).toBeGreaterThan(plain.score!);
  });

  it('a national amendment reaches both units from the date it enters into force', () => {
    // XF names every remaining means from 2023-01-01: both units now score PAL-4 = 8/8.
    const amended: JurisdictionEvidence = {
      ...national,
      provisions: [
        ...national.provisions,
        provision(
          'xf-cp-1bis',
          { means: ['OTHER_COERCION', 'ABDUCTION', 'FRAUD', 'DECEPTION', 'ABUSE_OF_POWER_OR_VULNERABILITY', 'PAYMENTS_TO_PERSON_IN_CONTROL'] },
          { citation: 'Art. 1 bis', from: '2023-01-01' },
        ),
      ],
    };
    for (const unit of [n1, s1]) {
      expect(result(scoreJurisdiction(rubric, layeredEvidence(amended, unit), '2022-12-31'), 'PAL-4').score).toBeLessThan(1);
      expect(result(scoreJurisdiction(rubric, layeredEvidence(amended, unit), ASOF), 'PAL-4').score).toBe(1);
    }
  });

  it('a national expert result applies in the unit unless the unit has its own, or its own law goes further', () => {
    // PAL-9: both units inherit XF's 0.5 ...
    expect(result(plain, 'PAL-9')).toMatchObject({ score: 0.5, method: 'EXPERT', evidence: { assessments: ['asmt-xf-pal9'] } });
    // ... until XF-S1's own assessment (1) is approved.
    const assessed = layeredEvidence(national, { ...s1, expertResults: [expert('PAL-9', 1, '2023-03-01', 'asmt-s1-pal9')] });
    expect(result(scoreJurisdiction(rubric, assessed, '2023-02-28'), 'PAL-9').score).toBe(0.5);
    expect(result(scoreJurisdiction(rubric, assessed, ASOF), 'PAL-9')).toMatchObject({ score: 1, evidence: { assessments: ['asmt-s1-pal9'] } });

    // An expert set PEN-6 to 0 for the national law. XF-N1 inherits it; XF-S1's own law makes
    // legal persons liable, so the automatic result (1, resting on s1-cp-9) is the more protective.
    const withExpert = { ...national, expertResults: [...national.expertResults, expert('PEN-6', 0, '2021-01-01', 'asmt-xf-pen6')] };
    expect(result(scoreJurisdiction(rubric, layeredEvidence(withExpert, n1), ASOF), 'PEN-6')).toMatchObject({ score: 0, method: 'EXPERT' });
    expect(result(scoreJurisdiction(rubric, layeredEvidence(withExpert, s1), ASOF), 'PEN-6')).toMatchObject({ score: 1, method: 'AUTOMATIC', evidence: { provisions: ['s1-cp-9'] } });
  });

  it('records the level each provision comes from', () => {
    const layered = layeredEvidence(national, s1);
    expect(layered.provisions.map((p) => [p.id, p.jurisdiction])).toEqual([
      ['xf-cp-1', 'XF'],
      ['s1-cp-9', 'XF-S1'],
    ]);
  });
});
