import { evidence, finding, provision } from '../../testing/builders';
import { loadShippedRubric } from '../../testing/shipped-rubric';
import { criterionChanges, withBills } from './bill-projection';
import type { JurisdictionEvidence } from './evidence';
import { layeredEvidence } from './layered-law';
import { scoreJurisdiction } from './score-jurisdiction';
import type { ScorecardResult } from './scorecard';

/**
 * Bills scored before they pass, against the shipped rubric v1: a fictional country "XB" whose
 * penal code names two of the eight Palermo means (PAL-4 = 2/8 = 0.25) and makes no legal person
 * liable (PEN-6 UNMET). Bill "XB-B1" rewrites the article to name all eight means and adds an
 * article on legal persons.
 */
const rubric = loadShippedRubric();
const ASOF = '2026-06-01';
const result = (card: ScorecardResult, id: string) => card.criteria.find((c) => c.criterionId === id)!;

const law: JurisdictionEvidence = evidence({
  jurisdiction: 'XB',
  provisions: [provision('xb-cp-1', { means: ['THREAT', 'FORCE'], legalPersonLiability: false }, { citation: 'Art. 1', from: '2010-01-01' })],
});
const ALL_MEANS = ['THREAT', 'FORCE', 'OTHER_COERCION', 'ABDUCTION', 'FRAUD', 'DECEPTION', 'ABUSE_OF_POWER_OR_VULNERABILITY', 'PAYMENTS_TO_PERSON_IN_CONTROL'] as const;
// The bill's provisions carry dates of their own (here the day it was introduced); a projection ignores them.
const rewrite = provision('xb-b1-1', { means: [...ALL_MEANS] }, { citation: 'Art. 1 (proyecto)', from: '2030-01-01' });
const legalPersons = provision('xb-b1-2', { legalPersonLiability: true }, { citation: 'Art. 1 ter (proyecto)', from: '2030-01-01' });
const bill = [
  { jurisdiction: 'XB', replaces: 'xb-cp-1', evidence: rewrite },
  { jurisdiction: 'XB', replaces: null, evidence: legalPersons },
];

describe('bill projection: the evidence as if a bill were in force on the as-of date', () => {
  const official = scoreJurisdiction(rubric, law, ASOF);
  const projected = scoreJurisdiction(rubric, withBills(law, bill, ASOF), ASOF);

  it('counts the bill from the as-of date and drops the wording it replaces', () => {
    // PAL-4: 2/8 = 0.25 officially; the rewrite names 8/8 = 1, and Art. 1 (2/8) no longer counts beside it.
    expect([result(official, 'PAL-4').score, result(projected, 'PAL-4').score]).toEqual([0.25, 1]);
    expect(result(projected, 'PAL-4').evidence.provisions).toEqual(['xb-b1-1']);
    // PEN-6: Art. 1 said no; the bill's Art. 1 ter says yes (and Art. 1, replaced, no longer speaks).
    expect([result(official, 'PEN-6').status, result(projected, 'PEN-6').status]).toEqual(['UNMET', 'MET']);
    expect(projected.score!).toBeGreaterThan(official.score!);
  });

  it('lists each criterion the bill changes, with both results and the change in score', () => {
    const changes = criterionChanges(official, projected);
    expect(changes.find((c) => c.criterionId === 'PAL-4')).toEqual({
      criterionId: 'PAL-4',
      official: { status: 'PARTIAL', score: 0.25 },
      projected: { status: 'MET', score: 1 },
      scoreChange: 0.75, // 1 − 0.25
    });
    expect(changes.find((c) => c.criterionId === 'PEN-6')).toMatchObject({ official: { status: 'UNMET', score: 0 }, projected: { status: 'MET', score: 1 }, scoreChange: 1 });
    // Only criteria that change are listed; a criterion no bill provision touches is not.
    expect(changes.map((c) => c.criterionId)).not.toContain('PAL-1');
    expect(criterionChanges(official, official)).toEqual([]);
  });

  it('leaves the official evidence untouched', () => {
    withBills(law, bill, ASOF);
    expect(law.provisions.map((p) => [p.id, p.inForceFrom])).toEqual([['xb-cp-1', '2010-01-01']]);
    expect(scoreJurisdiction(rubric, law, ASOF)).toEqual(official);
  });

  it('a source finding on a replaced wording no longer decides its criterion', () => {
    const judged: JurisdictionEvidence = { ...law, sourceFindings: [finding('sf-1', 1, '2020-01-01', { provisionId: 'xb-cp-1', citation: 'Art. 1', inForceFrom: '2010-01-01' })] };
    expect(withBills(judged, bill, ASOF).sourceFindings).toEqual([]);
    expect(withBills(judged, [{ jurisdiction: 'XB', replaces: null, evidence: legalPersons }], ASOF).sourceFindings).toHaveLength(1);
  });

  it("a national bill reaches a unit's projection, as national law", () => {
    const unit = layeredEvidence(law, evidence({ jurisdiction: 'XB-S1' }));
    const projectedUnit = withBills(unit, bill, ASOF);
    expect(projectedUnit.provisions.map((p) => [p.id, p.jurisdiction])).toEqual([
      ['xb-b1-1', 'XB'],
      ['xb-b1-2', 'XB'],
    ]);
    expect(result(scoreJurisdiction(rubric, projectedUnit, ASOF), 'PAL-4').score).toBe(1);
  });
});
