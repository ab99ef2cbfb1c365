import { krippendorffAlphaInterval } from '@lexgap/scoring-engine';
import { createKey } from '../support/api-keys';
import { describeEachEngine } from '../support/each-engine';
import { snapshotTables } from '../support/table-snapshot';
import { startTestApp, TestApp } from '../support/test-app';

const SUBMIT = 'mutation($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { id version status authorName } }';
const REVIEW = 'mutation($input: ReviewAssessmentInput!) { reviewAssessment(input: $input) { id version status reviewerName effectiveFrom } }';
const PAL9 = `{ scorecard(jurisdiction: "AR") { score coverage criteria { criterion { id } status score method explanation engineExplanation automatic { status score } evidence { assessments } } } }`;
type Criterion = {
  criterion: { id: string };
  status: string;
  score: number | null;
  method: string;
  explanation: string;
  automatic: { status: string; score: number | null } | null;
  evidence: { assessments: string[] };
};

describeEachEngine('expert assessments', (engine) => {
  let t: TestApp;
  let editor: Record<string, string>;
  let editor2: Record<string, string>;
  let reviewer: Record<string, string>;
  let viewer: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    editor = (await createKey(t, 'Ana (editor)', 'EDITOR')).headers;
    editor2 = (await createKey(t, 'Bruno (editor)', 'EDITOR')).headers;
    reviewer = (await createKey(t, 'Carla (reviewer)', 'REVIEWER')).headers;
    viewer = (await createKey(t, 'Dora (viewer)', 'VIEWER')).headers;
  });
  afterAll(() => t.close());

  const palInput = (jurisdiction: string, result: number, extra: Record<string, unknown> = {}) => ({
    jurisdiction,
    criterionId: 'PAL-9',
    result,
    rationale: 'Test fixture: victims are shielded from punishment but residence options are limited.',
    confidence: 'MEDIUM',
    ...extra,
  });

  async function refused(query: string, input: unknown, headers: Record<string, string>, code: string, field?: string) {
    const before = await snapshotTables(t.dataSource, ['assessment', 'audit_event', 'scorecard_snapshot', 'api_key']);
    const body = await t.graphql(query, { input }, headers);
    expect(body.errors?.[0].extensions?.code).toBe(code);
    if (field) expect(body.errors?.[0].extensions?.field).toBe(field);
    expect(await snapshotTables(t.dataSource, ['assessment', 'audit_event', 'scorecard_snapshot', 'api_key'])).toEqual(before);
  }

  it('refuses anonymous and VIEWER writes, and an EDITOR approving its own assessment, changing nothing', async () => {
    await refused(SUBMIT, palInput('AR', 0.5), {}, 'UNAUTHENTICATED');
    await refused(SUBMIT, palInput('AR', 0.5), viewer, 'FORBIDDEN');
    const own = await t.graphql<{ submitAssessment: { id: string; version: number } }>(SUBMIT, { input: palInput('HT', 0.5) }, editor);
    expect(own.errors).toBeUndefined();
    const { id, version } = own.data!.submitAssessment;
    await refused(REVIEW, { id, version, decision: 'APPROVE' }, editor, 'FORBIDDEN');
    // Even a role that may review cannot review its own work.
    const reviewersOwn = await t.graphql<{ submitAssessment: { id: string; version: number } }>(SUBMIT, { input: palInput('PE', 1) }, reviewer);
    const mine = reviewersOwn.data!.submitAssessment;
    await refused(REVIEW, { id: mine.id, version: mine.version, decision: 'APPROVE' }, reviewer, 'FORBIDDEN');
  });

  it('refuses a result off the criterion scale, naming the field', async () => {
    await refused(SUBMIT, palInput('AR', 0.3), editor, 'BAD_USER_INPUT', 'input.result');
    await refused(SUBMIT, { ...palInput('AR', 1), criterionId: 'PAL-99' }, editor, 'BAD_USER_INPUT', 'input.criterionId');
    await refused(SUBMIT, { ...palInput('AR', 1), rationale: 'too short' }, editor, 'BAD_USER_INPUT', 'input.rationale');
  });

  it('moves the scorecard when a PAL-9 assessment is approved, and the audit log shows the chain with both names', async () => {
    const pal9 = async () => (await t.graphql<{ scorecard: { score: number; coverage: number; criteria: Criterion[] } }>(PAL9)).data!.scorecard;
    const before = await pal9();
    expect(before.criteria.find((c) => c.criterion.id === 'PAL-9')!.status).toBe('NOT_ASSESSED');

    const draft = (await t.graphql<{ submitAssessment: { id: string; version: number; status: string } }>(SUBMIT, { input: palInput('AR', 0.5, { draft: true }) }, editor)).data!.submitAssessment;
    expect(draft.status).toBe('DRAFT');
    const submitted = (await t.graphql<{ submitAssessment: { id: string; version: number; status: string } }>(SUBMIT, { input: palInput('AR', 0.5, { id: draft.id, version: draft.version }) }, editor))
      .data!.submitAssessment;
    expect(submitted.status).toBe('SUBMITTED');
    const returned = (
      await t.graphql<{ reviewAssessment: { version: number; status: string } }>(
        REVIEW,
        { input: { id: draft.id, version: submitted.version, decision: 'REQUEST_CHANGES', comment: 'Cite the residence permit rules.' } },
        reviewer,
      )
    ).data!.reviewAssessment;
    expect(returned.status).toBe('CHANGES_REQUESTED');
    const resubmitted = (
      await t.graphql<{ submitAssessment: { version: number } }>(
        SUBMIT,
        { input: palInput('AR', 0.5, { id: draft.id, version: returned.version, evidence: { urls: ['https://example.org/fixture'] } }) },
        editor,
      )
    ).data!.submitAssessment;
    const approved = await t.graphql<{ reviewAssessment: { status: string; reviewerName: string } }>(REVIEW, { input: { id: draft.id, version: resubmitted.version, decision: 'APPROVE' } }, reviewer);
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.reviewAssessment).toMatchObject({ status: 'APPROVED', reviewerName: 'Carla (reviewer)' });

    const after = await pal9();
    const result = after.criteria.find((c) => c.criterion.id === 'PAL-9')!;
    expect(result).toMatchObject({ status: 'PARTIAL', score: 0.5, method: 'EXPERT', evidence: { assessments: [draft.id] } });
    expect(after.coverage).toBeGreaterThan(before.coverage);
    expect(after.score).not.toBe(before.score);

    const log = await t.graphql<{ auditLog: { operation: string; actorName: string; after: { status: string } }[] }>(
      `{ auditLog(entity: "Assessment", id: "${draft.id}") { operation actorName after } }`,
      undefined,
      viewer,
    );
    expect(log.errors).toBeUndefined();
    expect(log.data!.auditLog.map((e) => [e.operation, e.actorName, e.after.status])).toEqual([
      ['submitAssessment', 'Ana (editor)', 'DRAFT'],
      ['submitAssessment', 'Ana (editor)', 'SUBMITTED'],
      ['reviewAssessment', 'Carla (reviewer)', 'CHANGES_REQUESTED'],
      ['submitAssessment', 'Ana (editor)', 'SUBMITTED'],
      ['reviewAssessment', 'Carla (reviewer)', 'APPROVED'],
    ]);
    const anonymous = await t.graphql(`{ auditLog(entity: "Assessment", id: "${draft.id}") { operation } }`);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows both the expert result and the automatic one it overrides', async () => {
    // Barbados OPSC: a source says not a party (automatic UNMET). An expert overrides it (test fixture).
    const submitted = (
      await t.graphql<{ submitAssessment: { id: string; version: number } }>(
        SUBMIT,
        { input: { jurisdiction: 'BB', criterionId: 'CST-8', result: 1, rationale: 'Test fixture: an override with a stated reason, not a real accession.', confidence: 'LOW' } },
        editor2,
      )
    ).data!.submitAssessment;
    await t.graphql(REVIEW, { input: { id: submitted.id, version: submitted.version, decision: 'APPROVE' } }, reviewer);
    const card = (
      await t.graphql<{ scorecard: { criteria: Criterion[] } }>(
        '{ scorecard(jurisdiction: "BB") { criteria { criterion { id } status score method explanation engineExplanation automatic { status score } evidence { assessments } } } }',
      )
    ).data!.scorecard;
    expect(card.criteria.find((c) => c.criterion.id === 'CST-8')).toMatchObject({ status: 'MET', method: 'EXPERT', automatic: { status: 'UNMET', score: 0 } });
    expect(card.criteria.find((c) => c.criterion.id === 'CST-8')!.explanation).toContain('an override with a stated reason');
  });

  it('lists disagreements between raters and measures their agreement', async () => {
    const rate = async (headers: Record<string, string>, jurisdiction: string, result: number) => {
      const body = await t.graphql(SUBMIT, { input: palInput(jurisdiction, result) }, headers);
      expect(body.errors).toBeUndefined();
    };
    await rate(editor, 'GT', 0.5);
    await rate(editor2, 'GT', 1);
    await rate(editor, 'CO', 1);
    await rate(editor2, 'CO', 1);
    const body = await t.graphql<{
      assessmentDisagreements: { jurisdictionCode: string; criterionId: string; spread: number; assessments: { authorName: string; result: number }[] }[];
      assessmentAgreement: { alpha: number; units: number; raters: number };
    }>('{ assessmentDisagreements { jurisdictionCode criterionId spread assessments { authorName result } } assessmentAgreement { alpha units raters } }', undefined, reviewer);
    expect(body.errors).toBeUndefined();
    expect(body.data!.assessmentDisagreements).toEqual([
      {
        jurisdictionCode: 'GT',
        criterionId: 'PAL-9',
        spread: 0.5,
        assessments: [
          { authorName: 'Ana (editor)', result: 0.5 },
          { authorName: 'Bruno (editor)', result: 1 },
        ],
      },
    ]);
    // Rated twice: GT PAL-9 [0.5, 1] and CO PAL-9 [1, 1] (units rated once are left out).
    expect(body.data!.assessmentAgreement.units).toBe(2);
    expect(body.data!.assessmentAgreement.alpha).toBeCloseTo(
      krippendorffAlphaInterval([
        [0.5, 1],
        [1, 1],
      ]).alpha!,
      12,
    );
  });
});
