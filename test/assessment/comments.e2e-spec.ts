import { createKey } from '../support/api-keys';
import { describeEachEngine } from '../support/each-engine';
import { recordFixtureLaw } from '../support/fixture-law';
import { snapshotTables } from '../support/table-snapshot';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';

const ADD = 'mutation($input: AddCommentInput!) { addComment(input: $input) { id subjectType subjectId authorName body createdAt } }';
const THREAD = 'query($type: CommentSubject!, $id: ID!) { comments(subjectType: $type, subjectId: $id) { id authorName body createdAt } }';
const SUBMIT = 'mutation($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { id } }';
const TABLES = ['comment', 'audit_event', 'jurisdiction'];

type Comment = { id: string; subjectType: string; subjectId: string; authorName: string; body: string; createdAt: string };

describeEachEngine('discussing before agreeing: comment threads', (engine) => {
  let t: TestApp;
  let ana: Record<string, string>;
  let bruno: Record<string, string>;
  let viewer: Record<string, string>;
  let provisionId: string;
  let assessmentId: string;

  beforeAll(async () => {
    t = await startTestApp(engine);
    ana = (await createKey(t, 'Ana (editor)', 'EDITOR')).headers;
    bruno = (await createKey(t, 'Bruno (reviewer)', 'REVIEWER')).headers;
    viewer = (await createKey(t, 'Dora (viewer)', 'VIEWER')).headers;
    const state = await t.graphql(
      'mutation($input: UpsertJurisdictionInput!) { upsertJurisdiction(input: $input) { code } }',
      { input: { code: 'XC', names: { en: 'Comment fixture state' }, source: 'test fixture' } },
      ADMIN,
    );
    expect(state.errors).toBeUndefined();
    ({ provisionId } = await recordFixtureLaw(t, {
      jurisdiction: 'XC',
      key: 'test-fixture-act',
      kind: 'LAW',
      inForceFrom: '2020-01-01',
      factsAsOf: '2024-01-01',
      sourceCitation: 'Fixture reading of the text',
      facts: { penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 4, imprisonmentMaxYears: 8 }] },
    }));
    const submitted = await t.graphql<{ submitAssessment: { id: string } }>(
      SUBMIT,
      { input: { jurisdiction: 'XC', criterionId: 'PAL-9', result: 0.5, rationale: 'Test fixture: victims are shielded from punishment but residence options are limited.', confidence: 'MEDIUM' } },
      ana,
    );
    expect(submitted.errors).toBeUndefined();
    assessmentId = submitted.data!.submitAssessment.id;
  });
  afterAll(() => t.close());

  const add = (input: Record<string, unknown>, headers: Record<string, string>) => t.graphql<{ addComment: Comment }>(ADD, { input }, headers);
  const thread = (type: string, id: string, headers: Record<string, string>) => t.graphql<{ comments: Comment[] }>(THREAD, { type, id }, headers);

  it('two experts discuss a fact set and an assessment; each thread comes back oldest first, with authors and times', async () => {
    for (const [type, id] of [
      ['LegalFactSet', provisionId],
      ['Assessment', assessmentId],
    ]) {
      const first = await add({ subjectType: type, subjectId: id, body: '  ¿La pena de cuatro a ocho años cuenta como severa?  ' }, ana);
      expect(first.errors).toBeUndefined();
      expect(first.data!.addComment).toMatchObject({ subjectType: type, subjectId: id, authorName: 'Ana (editor)', body: '¿La pena de cuatro a ocho años cuenta como severa?' });
      const second = await add({ subjectType: type, subjectId: id, body: 'Sí: el máximo es ocho años, por encima de cuatro.' }, bruno);
      expect(second.errors).toBeUndefined();

      const read = await thread(type, id, viewer);
      expect(read.errors).toBeUndefined();
      const comments = read.data!.comments;
      expect(comments.map((c) => [c.authorName, c.body])).toEqual([
        ['Ana (editor)', '¿La pena de cuatro a ocho años cuenta como severa?'],
        ['Bruno (reviewer)', 'Sí: el máximo es ocho años, por encima de cuatro.'],
      ]);
      expect(Date.parse(comments[0].createdAt)).toBeLessThanOrEqual(Date.parse(comments[1].createdAt));
      expect(comments.map((c) => c.id)).toEqual([first.data!.addComment.id, second.data!.addComment.id]);
    }
    // A thread is its subject's alone.
    expect((await thread('Assessment', provisionId, viewer)).data!.comments).toEqual([]);
  });

  it('puts each comment in the audit trail, with its author', async () => {
    const added = await add({ subjectType: 'Assessment', subjectId: assessmentId, body: 'Audited remark.' }, bruno);
    const id = added.data!.addComment.id;
    const log = await t.graphql<{ auditLog: { operation: string; actorName: string; before: unknown; after: { body: string; jurisdictionCode: string } }[] }>(
      `{ auditLog(entity: "Comment", id: "${id}") { operation actorName before after } }`,
      {},
      viewer,
    );
    expect(log.errors).toBeUndefined();
    expect(log.data!.auditLog).toEqual([{ operation: 'addComment', actorName: 'Bruno (reviewer)', before: null, after: expect.objectContaining({ body: 'Audited remark.', jurisdictionCode: 'XC' }) }]);
  });

  it('lets no VIEWER add a comment, and no anonymous caller read them', async () => {
    const before = await snapshotTables(t.dataSource, TABLES);
    const byViewer = await add({ subjectType: 'LegalFactSet', subjectId: provisionId, body: 'I only read.' }, viewer);
    expect(byViewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byNobody = await add({ subjectType: 'LegalFactSet', subjectId: provisionId, body: 'Anonymous.' }, {});
    expect(byNobody.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const read = await thread('LegalFactSet', provisionId, {});
    expect(read.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(read.data?.comments ?? null).toBeNull();
    expect(await snapshotTables(t.dataSource, TABLES)).toEqual(before);
  });

  it('refuses an unknown subject and an empty or too long body, naming the field and writing nothing', async () => {
    const before = await snapshotTables(t.dataSource, TABLES);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ subjectType: 'LegalFactSet', subjectId: '00000000-0000-4000-8000-000000000000', body: 'Lost.' }, 'input.subjectId', /no recorded fact set/],
      // An assessment's id is no fact set, and the other way round.
      [{ subjectType: 'LegalFactSet', subjectId: assessmentId, body: 'Wrong kind.' }, 'input.subjectId', /no recorded fact set/],
      [{ subjectType: 'Assessment', subjectId: provisionId, body: 'Wrong kind.' }, 'input.subjectId', /no assessment/],
      [{ subjectType: 'Assessment', subjectId: 'not-an-id', body: 'Bad id.' }, 'input.subjectId', /must be the id/],
      [{ subjectType: 'Assessment', subjectId: assessmentId, body: '' }, 'input.body', /required/],
      [{ subjectType: 'Assessment', subjectId: assessmentId, body: '   ' }, 'input.body', /required/],
      [{ subjectType: 'Assessment', subjectId: assessmentId, body: 'x'.repeat(5001) }, 'input.body', /5001 characters; at most 5000/],
      [{ subjectType: 'Assessment', subjectId: assessmentId, body: 'ab\u0000cd' }, 'input.body', /NUL/],
    ];
    for (const [input, field, message] of cases) {
      const body = await add(input, ana);
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(body.errors?.[0].message).toMatch(message);
    }
    expect(await snapshotTables(t.dataSource, TABLES)).toEqual(before);
    // 5000 characters, once trimmed, is the limit and is accepted.
    const longest = await add({ subjectType: 'Assessment', subjectId: assessmentId, body: ` ${'x'.repeat(5000)} ` }, ana);
    expect(longest.errors).toBeUndefined();
    expect(longest.data!.addComment.body).toHaveLength(5000);
  });
});
