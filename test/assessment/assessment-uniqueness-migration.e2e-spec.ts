import { AssessmentUniqueness1764547200000 } from '../../migrations/1764547200000-assessment-uniqueness';
import { createKey } from '../support/api-keys';
import { describeEachEngine } from '../support/each-engine';
import { startTestApp, TestApp } from '../support/test-app';

/** The duplicates a race stored before the constraint existed are resolved, visibly, when it is made. */
describeEachEngine('the assessment uniqueness migration', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it('keeps the newest of duplicate live assessments, retires the others with a comment and an audit event, then refuses new duplicates', async () => {
    const expert = await createKey(t, 'Duplicating expert', 'EDITOR');
    const body = await t.graphql<{ submitAssessment: { id: string } }>(
      'mutation($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { id } }',
      { input: { jurisdiction: 'CL', criterionId: 'PAL-9', result: 0.5, rationale: 'Fixture rationale long enough to be read by a reviewer.', confidence: 'LOW' } },
      expert.headers,
    );
    expect(body.errors).toBeUndefined();
    const original = body.data!.submitAssessment.id;

    // A database from before the constraint, holding what a race left: two more copies, the newest last.
    const migration = new AssessmentUniqueness1764547200000();
    const runner = t.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      for (const [id, stamp] of [
        ['00000000-0000-4000-8000-000000000001', '2030-01-01 00:00:00'],
        ['00000000-0000-4000-8000-000000000002', '2031-01-01 00:00:00'],
      ]) {
        await t.dataSource.query(
          `INSERT INTO assessment (id, jurisdiction_code, rubric_id, rubric_version, criterion_id, author_id, author_name, status, result, not_applicable, rationale, confidence, evidence, reviewer_id, reviewer_name, review_comment, submitted_at, decided_at, effective_from, retired_at, version, created_at, updated_at)
           SELECT '${id}', jurisdiction_code, rubric_id, rubric_version, criterion_id, author_id, author_name, status, result, not_applicable, rationale, confidence, evidence, NULL, NULL, NULL, submitted_at, NULL, NULL, NULL, 1, created_at, '${stamp}' FROM assessment WHERE id = '${original}'`,
        );
      }
      await migration.up(runner);
    } finally {
      await runner.release();
    }

    const live = await t.dataSource.query(`SELECT id FROM assessment WHERE author_id = '${expert.id}' AND retired_at IS NULL`);
    expect(live).toEqual([{ id: '00000000-0000-4000-8000-000000000002' }]);
    const retired = await t.dataSource.query(`SELECT id, review_comment FROM assessment WHERE author_id = '${expert.id}' AND retired_at IS NOT NULL ORDER BY id`);
    expect(retired.map((r: { id: string }) => r.id).sort()).toEqual(['00000000-0000-4000-8000-000000000001', original].sort());
    for (const r of retired) expect(r.review_comment).toContain('a duplicate of assessment 00000000-0000-4000-8000-000000000002');
    const events = await t.dataSource.query(`SELECT entity_id FROM audit_event WHERE operation = 'retireDuplicateAssessment'`);
    expect(events.map((e: { entity_id: string }) => e.entity_id).sort()).toEqual(retired.map((r: { id: string }) => r.id).sort());

    // From now on the database itself refuses a second live copy.
    await expect(
      t.dataSource.query(
        `INSERT INTO assessment (id, jurisdiction_code, rubric_id, rubric_version, criterion_id, author_id, author_name, status, result, not_applicable, rationale, confidence, evidence, submitted_at, version, created_at, updated_at)
         SELECT '00000000-0000-4000-8000-000000000003', jurisdiction_code, rubric_id, rubric_version, criterion_id, author_id, author_name, status, result, not_applicable, rationale, confidence, evidence, submitted_at, 1, created_at, updated_at FROM assessment WHERE id = '${original}'`,
      ),
    ).rejects.toThrow(/unique/i);
  });
});
