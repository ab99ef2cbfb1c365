import { randomUUID } from 'node:crypto';
import { JurisdictionService, WriteRunner } from '@lexgap/jurisdictions';
import { SOURCE_FINDING_RECORD, SourceFindingEntity } from '@lexgap/legislation';
import { RubricService } from '@lexgap/rubric';
import { ScorecardService } from '@lexgap/scoring';
import { createKey } from '../support/api-keys';
import { recordFixtureLaw } from '../support/fixture-law';
import { describeEachEngine } from '../support/each-engine';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * A source finding recorded in the database (the US TIP Report's judgement that a state's
 * penalties are not commensurate with those for rape, on PEN-3) reaches the scorecard over
 * GraphQL, is stored and served back unchanged, and an approved expert assessment overrides it.
 * The law and the finding are test fixtures, not any state's: they are recorded for New Zealand,
 * which no shipped reference data covers, so the score rests on them alone.
 */
const SCORECARD = `query($asOf: Date) { scorecard(jurisdiction: "NZ", asOf: $asOf) {
  score coverage computedAt
  criteria {
    criterion { id } status score method explanation explanationKey sourceKinds evidenceAsOf unverifiedEvidence lowestConfidence
    finding { findingId judgement holds sourceCitation sourceUrl asOf provisionId }
    automatic { status score method explanation finding { findingId judgement holds asOf } }
    evidence { findings assessments provisions { id citation inForceFrom } }
  }
} }`;

interface Criterion {
  criterion: { id: string };
  status: string;
  score: number | null;
  method: string;
  explanation: string;
  explanationKey: string;
  sourceKinds: string[];
  evidenceAsOf: string | null;
  unverifiedEvidence: boolean;
  lowestConfidence: string | null;
  finding: { findingId: string; judgement: string; holds: boolean; sourceCitation: string; sourceUrl: string | null; asOf: string; provisionId: string } | null;
  automatic: { status: string; score: number | null; method: string; explanation: string; finding: { findingId: string } | null } | null;
  evidence: { findings: string[]; assessments: string[]; provisions: { id: string; citation: string; inForceFrom: string }[] };
}
type Scorecard = { score: number | null; coverage: number; computedAt: string; criteria: Criterion[] };

describeEachEngine('source findings in the scorecard', (engine) => {
  let t: TestApp;
  let provisionId: string;
  const findingId = randomUUID();
  const TIP_2019 = 'US Department of State, Trafficking in Persons Report 2019';

  const scorecard = async (asOf?: string): Promise<Scorecard> => {
    const body = await t.graphql<{ scorecard: Scorecard }>(SCORECARD, asOf ? { asOf } : {});
    expect(body.errors).toBeUndefined();
    return body.data!.scorecard;
  };
  const pen3 = (card: Scorecard) => card.criteria.find((c) => c.criterion.id === 'PEN-3')!;

  beforeAll(async () => {
    t = await startTestApp(engine);
    // `TRAFFICKING 5-10` and no rape penalty: PEN-1, PEN-2 and PEN-4 are met; PEN-3 has no automatic result.
    ({ provisionId } = await recordFixtureLaw(t, {
      jurisdiction: 'NZ',
      key: 'fixture-code',
      kind: 'CODE',
      inForceFrom: '2010-01-01',
      factsAsOf: '2024-01-01',
      sourceCitation: 'Fixture reading',
      facts: { penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 5, imprisonmentMaxYears: 10 }] },
    }));
  });
  afterAll(() => t.close());

  it('shows a recorded finding in scorecard(...) with method SOURCE_FINDING, from its own date', async () => {
    // Stored before the finding exists: the write that records it must end this stored scorecard.
    expect(pen3(await scorecard())).toMatchObject({ status: 'NOT_ASSESSED', method: 'AUTOMATIC', finding: null, evidence: { findings: [] } });
    const before = await scorecard();

    const now = new Date();
    const row = Object.assign(new SourceFindingEntity(), {
      id: findingId,
      provisionId,
      rubricId: 'tip-legal-framework',
      criterionId: 'PEN-3',
      judgement: 'PENALTIES_COMMENSURATE_WITH_RAPE',
      holds: false,
      result: 0,
      sourceKind: 'SECONDARY',
      sourceCitation: TIP_2019,
      sourceUrl: 'https://www.state.gov/reports/2019-trafficking-in-persons-report/',
      asOf: '2019-03-31',
      confidence: 'MEDIUM',
      version: 1,
      createdAt: now,
      updatedAt: now,
    } satisfies Partial<SourceFindingEntity>);
    await t.app.get(WriteRunner).run({ id: 'test:source-findings', name: 'Source findings test' }, 'recordSourceFinding', (w) => w.create(SOURCE_FINDING_RECORD, [{ row, jurisdiction: 'NZ' }]));

    const after = await scorecard();
    expect(after.computedAt).not.toBe(before.computedAt);
    expect(pen3(after)).toEqual({
      criterion: { id: 'PEN-3' },
      status: 'UNMET',
      score: 0,
      method: 'SOURCE_FINDING',
      explanation: `According to ${TIP_2019} (as of March 31, 2019), the penalties are not commensurate with those for rape.`,
      explanationKey: 'finding.result',
      sourceKinds: ['SECONDARY'],
      evidenceAsOf: '2019-03-31',
      unverifiedEvidence: true,
      lowestConfidence: 'MEDIUM',
      finding: {
        findingId,
        judgement: 'PENALTIES_COMMENSURATE_WITH_RAPE',
        holds: false,
        sourceCitation: TIP_2019,
        sourceUrl: 'https://www.state.gov/reports/2019-trafficking-in-persons-report/',
        asOf: '2019-03-31',
        provisionId,
      },
      automatic: null,
      evidence: { findings: [findingId], assessments: [], provisions: [{ id: provisionId, citation: 'Art. 1', inForceFrom: '2010-01-01' }] },
    });
    // PEN-1, PEN-2, PEN-4 at 1 and PEN-3 at 0, each 1/28 of the rubric: 100 × 3/4 = 75; coverage 4/28 → 0.1429.
    expect([after.score, after.coverage]).toEqual([75, 0.1429]);
    // A judgement speaks from the day it was made, not over the wording's earlier years.
    expect(pen3(await scorecard('2019-03-30'))).toMatchObject({ status: 'NOT_ASSESSED', method: 'AUTOMATIC' });

    const history = await t.graphql<{ scoreHistory: { date: string; score: number | null; changed: string[] }[] }>(
      '{ scoreHistory(jurisdiction: "NZ", from: "2015-01-01", to: "2024-01-01") { date score changed } }',
    );
    expect(history.data!.scoreHistory).toEqual([
      { date: '2015-01-01', score: 100, changed: [] },
      { date: '2019-03-31', score: 75, changed: ['PEN-3'] },
    ]);
  });

  it('stores the scorecard with its finding and serves it back as a fresh computation gives it', async () => {
    const service = t.app.get(ScorecardService);
    const jurisdiction = (await t.app.get(JurisdictionService).findByCode('NZ'))!;
    const rubric = await t.app.get(RubricService).resolve(null);
    const asOf = '2023-06-30';
    await service.scorecard('NZ', null, null, asOf); // computes and stores
    const stored = await service.scorecard('NZ', null, null, asOf);
    expect(stored.fromStore).toBe(true);
    const fresh = (await service.compute([jurisdiction], rubric, asOf)).get('NZ')!;
    expect(stored.result).toEqual(fresh);
    expect(stored.result.criteria.find((c) => c.criterionId === 'PEN-3')).toMatchObject({ method: 'SOURCE_FINDING', finding: { findingId }, evidence: { findings: [findingId] } });
  });

  it('lets an approved expert assessment override the finding, keeping the finding as the result it overrides', async () => {
    const editor = (await createKey(t, 'Ana (editor)', 'EDITOR')).headers;
    const reviewer = (await createKey(t, 'Carla (reviewer)', 'REVIEWER')).headers;
    const submitted = await t.graphql<{ submitAssessment: { id: string; version: number } }>(
      'mutation($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { id version } }',
      { input: { jurisdiction: 'NZ', criterionId: 'PEN-3', result: 1, rationale: 'Test fixture: the rape penalty was read and the trafficking minimum equals it.', confidence: 'HIGH' } },
      editor,
    );
    expect(submitted.errors).toBeUndefined();
    // Submitted, not approved: the finding still counts.
    expect(pen3(await scorecard())).toMatchObject({ method: 'SOURCE_FINDING', score: 0 });
    const { id, version } = submitted.data!.submitAssessment;
    const approved = await t.graphql('mutation($input: ReviewAssessmentInput!) { reviewAssessment(input: $input) { status } }', { input: { id, version, decision: 'APPROVE' } }, reviewer);
    expect(approved.errors).toBeUndefined();

    const card = await scorecard();
    expect(pen3(card)).toMatchObject({
      status: 'MET',
      score: 1,
      method: 'EXPERT',
      explanationKey: 'expert.result',
      finding: null,
      evidence: { assessments: [id], findings: [] },
      automatic: {
        status: 'UNMET',
        score: 0,
        method: 'SOURCE_FINDING',
        explanation: `According to ${TIP_2019} (as of March 31, 2019), the penalties are not commensurate with those for rape.`,
        finding: { findingId, judgement: 'PENALTIES_COMMENSURATE_WITH_RAPE', holds: false, asOf: '2019-03-31' },
      },
    });
    expect(card.score).toBe(100);
  });
});
