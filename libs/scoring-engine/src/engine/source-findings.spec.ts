import type { Penalty } from '@lexgap/legal-model';
import { evidence, expert, finding, provision } from '../../testing/builders';
import { loadShippedRubric } from '../../testing/shipped-rubric';
import type { JurisdictionEvidence } from './evidence';
import { scoreChangeDates, scoreHistory } from './score-history';
import { scoreJurisdiction } from './score-jurisdiction';
import { sourceFindingFor } from './source-findings';

/**
 * Source findings under rubric v1: the US TIP Report's judgement that a state's penalties are (or
 * are not) "commensurate with those for rape" bears on PEN-3. The law below is a test fixture, not
 * any state's.
 *
 * Arithmetic: the PEN category weighs 25 of 100 and has seven criteria of weight 1, so each PEN
 * criterion is 25/100 × 1/7 = 1/28 of the rubric (0.035714 to 6 decimals). The fixture's
 * `TRAFFICKING 5-10` gives PEN-1 1 (imprisonment required), PEN-2 1 (10 ≥ 4), PEN-4 1 (5 ≥ 4);
 * PEN-5, PEN-6 and PEN-7 state nothing and are not assessed; PEN-3 needs a rape penalty too.
 */
const trafficking: Penalty = { offence: 'TRAFFICKING', imprisonmentMinYears: 5, imprisonmentMaxYears: 10 };
const rape: Penalty = { offence: 'RAPE', imprisonmentMinYears: 6, imprisonmentMaxYears: 15 };
// Read from the law's text in 2024 and verified: PRIMARY, as far from a TIP Report finding as a record gets.
const art1 = (penalties: Penalty[], to?: string) => provision('art-1', { penalties }, { citation: 'Art. 1', from: '2010-01-01', to, factsAsOf: '2024-01-01', verified: true });
const onArt1 = { inForceFrom: '2010-01-01' };

const rubric = loadShippedRubric();
const pen3 = (ev: JurisdictionEvidence, asOf: string) => scoreJurisdiction(rubric, ev, asOf).criteria.find((c) => c.criterionId === 'PEN-3')!;

describe('a source finding fills a criterion the recorded facts do not decide (PEN-3)', () => {
  const notCommensurate = finding('tip-2019', 0, '2019-03-31', onArt1);
  const ev = evidence({ provisions: [art1([trafficking])], sourceFindings: [notCommensurate] });

  it("gives PEN-3 the finding's result when no rape penalty is recorded: UNMET by SOURCE_FINDING, explained as the source's judgement", () => {
    expect(pen3(ev, '2020-01-01')).toMatchObject({
      status: 'UNMET',
      score: 0,
      method: 'SOURCE_FINDING',
      explanation: {
        key: 'finding.result',
        text: 'According to US Department of State, Trafficking in Persons Report 2019 (as of 2019-03-31), the penalties are not commensurate with those for rape.',
        params: {
          findingId: 'tip-2019',
          judgement: 'PENALTIES_COMMENSURATE_WITH_RAPE',
          holds: false,
          source: 'US Department of State, Trafficking in Persons Report 2019',
          asOf: '2019-03-31',
          citation: 'Art. 1',
          result: 0,
        },
      },
      evidence: { provisions: ['art-1'], findings: ['tip-2019'], assessments: [] },
      finding: {
        findingId: 'tip-2019',
        judgement: 'PENALTIES_COMMENSURATE_WITH_RAPE',
        holds: false,
        sourceCitation: 'US Department of State, Trafficking in Persons Report 2019',
        sourceUrl: 'https://www.state.gov/trafficking-in-persons-report/',
        asOf: '2019-03-31',
        provisionId: 'art-1',
      },
    });
    expect(pen3(ev, '2020-01-01')).not.toHaveProperty('automatic');
  });

  it('counts it in the score: PEN-1, PEN-2, PEN-4 at 1 and PEN-3 at 0 → (1 + 1 + 1 + 0) / 4 = 75, coverage 4/28', () => {
    const card = scoreJurisdiction(rubric, ev, '2020-01-01');
    // Each counts 1/28: score = 100 × (3/28) / (4/28) = 75; coverage = 4/28 = 1/7 = 0.142857… → 0.1429.
    expect(card.score).toBe(75);
    expect(card.coverage).toBe(0.1429);
    // The finding's gap costs PEN-3's whole share: 1/28 × (1 − 0) = 0.035714.
    expect(card.gaps).toEqual([{ criterionId: 'PEN-3', categoryId: 'PEN', severity: 0.035714, result: 0, status: 'UNMET' }]);
    // Without it, PEN-3 is not assessed: 100 × (3/28) / (3/28) = 100 over 3/28 = 0.1071.
    const without = scoreJurisdiction(rubric, { ...ev, sourceFindings: [] }, '2020-01-01');
    expect([without.score, without.coverage]).toEqual([100, 0.1071]);
  });

  it("ages the result from the finding's date, of its kind and confidence, unverified; the wording's fact set is not the result's evidence", () => {
    expect(pen3(ev, '2020-01-01')).toMatchObject({
      evidenceAsOf: '2019-03-31', // the finding's, not the fact set's 2024-01-01
      newestEvidenceAsOf: '2019-03-31',
      sourceKinds: ['SECONDARY'], // not PRIMARY: the law's text did not give this result
      lowestConfidence: 'MEDIUM',
      unverifiedEvidence: true, // the fact set is verified; the finding is not
    });
    // Three years after 2019-03-31 the finding is stale (the rubric's default of 3 years).
    expect(pen3(ev, '2022-04-01')).toMatchObject({ evidenceStale: true });
    expect(scoreJurisdiction(rubric, ev, '2022-04-01').staleCriteria).toEqual(['PEN-3']);
  });
});

describe('precedence: expert, then the recorded facts, then the finding', () => {
  const commensurate = finding('tip-2019', 1, '2019-03-31', onArt1);

  it("lets a recorded rape penalty (an automatic result) outrank the finding: 5 ≥ 0.8 × 6 = 4.8 → 0.5, not the finding's 1", () => {
    const ev = evidence({ provisions: [art1([trafficking, rape])], sourceFindings: [commensurate] });
    const result = pen3(ev, '2020-01-01');
    expect(result).toMatchObject({ status: 'PARTIAL', score: 0.5, method: 'AUTOMATIC', explanation: { key: 'penalty.comparison.partial' }, evidence: { findings: [] } });
    expect(result).not.toHaveProperty('finding');
    // (1 + 1 + 0.5 + 1) / 4 = 87.5.
    expect(scoreJurisdiction(rubric, ev, '2020-01-01').score).toBe(87.5);
  });

  it("lets an approved expert result outrank both, keeping the finding's result (with its finding) as the one it overrides", () => {
    const ev = evidence({ provisions: [art1([trafficking])], sourceFindings: [finding('tip-2019', 0, '2019-03-31', onArt1)], expertResults: [expert('PEN-3', 1, '2020-06-01')] });
    const result = pen3(ev, '2021-01-01');
    expect(result).toMatchObject({
      status: 'MET',
      score: 1,
      method: 'EXPERT',
      explanation: { key: 'expert.result' },
      evidence: { assessments: ['asmt-PEN-3'], findings: [] },
      expert: { assessmentId: 'asmt-PEN-3', decidedOn: '2020-06-01' },
      automatic: {
        status: 'UNMET',
        score: 0,
        explanation: { key: 'finding.result', params: { findingId: 'tip-2019', holds: false } },
        evidence: { provisions: ['art-1'], findings: ['tip-2019'] },
        finding: { findingId: 'tip-2019', holds: false, asOf: '2019-03-31', provisionId: 'art-1' },
      },
    });
    expect(result).not.toHaveProperty('finding');
    // (1 + 1 + 1 + 1) / 4 = 100: the expert's 1 counts, not the finding's 0.
    expect(scoreJurisdiction(rubric, ev, '2021-01-01').score).toBe(100);
    // Before the approval the finding counts again: (1 + 1 + 0 + 1) / 4 = 75.
    expect(pen3(ev, '2020-05-31')).toMatchObject({ method: 'SOURCE_FINDING', score: 0 });
  });

  it('keeps the automatic result, not the finding, under an expert when the facts decide', () => {
    const ev = evidence({ provisions: [art1([trafficking, rape])], sourceFindings: [commensurate], expertResults: [expert('PEN-3', 0, '2020-06-01')] });
    const result = pen3(ev, '2021-01-01');
    expect(result).toMatchObject({ method: 'EXPERT', score: 0, automatic: { score: 0.5, explanation: { key: 'penalty.comparison.partial' } } });
    expect(result.automatic).not.toHaveProperty('finding');
  });
});

describe('when a finding speaks', () => {
  it("does not count before its own as-of date: a judgement does not reach back over the wording's earlier years", () => {
    const ev = evidence({ provisions: [art1([trafficking])], sourceFindings: [finding('tip-2019', 1, '2019-03-31', onArt1)] });
    expect(pen3(ev, '2019-03-30')).toMatchObject({ status: 'NOT_ASSESSED', score: null, method: 'AUTOMATIC', explanation: { key: 'penalty.comparisonNotStated' } });
    expect(pen3(ev, '2019-03-31')).toMatchObject({ status: 'MET', method: 'SOURCE_FINDING' });
  });

  it('does not count once the wording it judged left force, even with a new wording in force', () => {
    // Art. 1 in force 2010-01-01 to 2020-01-01 (exclusive), then a new wording with the same penalty.
    const ev = evidence({
      provisions: [art1([trafficking], '2020-01-01'), provision('art-1-2020', { penalties: [trafficking] }, { citation: 'Art. 1', from: '2020-01-01' })],
      sourceFindings: [finding('tip-2019', 1, '2019-03-31', { inForceFrom: '2010-01-01', inForceTo: '2020-01-01' })],
    });
    expect(pen3(ev, '2019-12-31')).toMatchObject({ method: 'SOURCE_FINDING', score: 1 });
    expect(pen3(ev, '2020-01-01')).toMatchObject({ status: 'NOT_ASSESSED', method: 'AUTOMATIC', evidence: { findings: [] } });
  });

  it('takes the latest of two findings: 2019 says not commensurate (0), 2021 says commensurate (1)', () => {
    const ev = evidence({ provisions: [art1([trafficking])], sourceFindings: [finding('tip-2021', 1, '2021-03-31', onArt1), finding('tip-2019', 0, '2019-03-31', onArt1)] });
    expect(pen3(ev, '2020-06-30')).toMatchObject({ score: 0, finding: { findingId: 'tip-2019' } });
    expect(pen3(ev, '2021-03-31')).toMatchObject({ score: 1, finding: { findingId: 'tip-2021' } });
    // The history sees the change on the newer finding's date.
    expect(scoreChangeDates(ev, '2019-01-01', '2022-01-01')).toEqual(['2019-03-31', '2021-03-31']);
    // 2010-01-01: PEN-1, PEN-2, PEN-4 → 100. 2019-03-31: PEN-3 0 → 75. 2021-03-31: PEN-3 1 → 100.
    expect(scoreHistory(rubric, ev, '2010-01-01', '2022-01-01').map((p) => [p.date, p.score, p.changed])).toEqual([
      ['2010-01-01', 100, []],
      ['2019-03-31', 75, ['PEN-3']],
      ['2021-03-31', 100, ['PEN-3']],
    ]);
  });

  it('takes the lower result when two findings speak on the same day (conservative), whatever their order', () => {
    const a = finding('tip-a', 1, '2021-03-31', onArt1);
    const b = finding('tip-b', 0.5, '2021-03-31', { ...onArt1, provisionId: 'art-2' });
    expect(sourceFindingFor([a, b], 'tip-legal-framework', 'PEN-3', '2022-01-01')?.id).toBe('tip-b');
    expect(sourceFindingFor([b, a], 'tip-legal-framework', 'PEN-3', '2022-01-01')?.id).toBe('tip-b');
  });

  it("reads only the scorecard's rubric, and refuses a broken result", () => {
    const other = finding('other', 1, '2019-03-31', { ...onArt1, rubricId: 'another-rubric' });
    expect(pen3(evidence({ provisions: [art1([trafficking])], sourceFindings: [other] }), '2020-01-01')).toMatchObject({ status: 'NOT_ASSESSED', method: 'AUTOMATIC' });
    expect(() => sourceFindingFor([finding('bad', 2, '2019-03-31')], 'tip-legal-framework', 'PEN-3', '2020-01-01')).toThrow(RangeError);
  });

  it('fills PEN-2 from a "sufficiently stringent" finding where no maximum is stated', () => {
    const ev = evidence({
      provisions: [art1([{ offence: 'TRAFFICKING', imprisonmentMinYears: 2 }])],
      sourceFindings: [finding('tip-2019-pen2', 1, '2019-03-31', { ...onArt1, criterionId: 'PEN-2', judgement: 'PENALTIES_SUFFICIENTLY_STRINGENT' })],
    });
    const pen2 = scoreJurisdiction(rubric, ev, '2020-01-01').criteria.find((c) => c.criterionId === 'PEN-2')!;
    expect(pen2).toMatchObject({ status: 'MET', method: 'SOURCE_FINDING' });
    expect(pen2.explanation.text).toBe('According to US Department of State, Trafficking in Persons Report 2019 (as of 2019-03-31), the penalties are sufficiently stringent.');
  });
});
