/**
 * A result is one of its criterion's scale levels, exactly: within 1e-9 of a level it is stored as
 * that level (by submitAssessment and by the import alike), anything else is refused with the levels.
 */
import { createKey } from '../support/api-keys';
import { describeEachEngine } from '../support/each-engine';
import { snapshotTables } from '../support/table-snapshot';
import { startTestApp, TestApp } from '../support/test-app';
import { csv, importData } from '../exchange/exchange-support';

const SUBMIT = 'mutation($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { id result } }';
const HEADER = ['jurisdiction', 'rubric', 'rubric_version', 'criterion', 'result', 'not_applicable', 'rationale', 'confidence', 'provision_keys', 'urls'];
const RATIONALE = 'Test fixture: victims are shielded from punishment but residence options are limited.';

describeEachEngine('scale values snapped or refused', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  // PAL-9 is on the scale {0, 0.5, 1}.
  const row = (jurisdiction: string, result: string) => [jurisdiction, 'tip-legal-framework', '1', 'PAL-9', result, null, RATIONALE, 'MEDIUM', null, null];
  const stored = async (authorId: string, jurisdiction: string): Promise<number[]> =>
    (await t.dataSource.query(`SELECT result FROM assessment WHERE author_id = '${authorId}' AND jurisdiction_code = '${jurisdiction}' AND criterion_id = 'PAL-9'`)).map(
      (a: { result: number | string }) => Number(a.result),
    );

  it.each([
    ['1.0000000001', 1.0000000001, 1, 'AR'],
    ['0.49999999999999994', 0.49999999999999994, 0.5, 'BR'],
  ])('stores %s as its scale level exactly, by submitAssessment and by import', async (cell, value, level, jurisdiction) => {
    const submitter = await createKey(t, `Scale submit ${cell}`, 'REVIEWER');
    const submitted = await t.graphql<{ submitAssessment: { result: number } }>(
      SUBMIT,
      { input: { jurisdiction, criterionId: 'PAL-9', result: value, rationale: RATIONALE, confidence: 'MEDIUM' } },
      submitter.headers,
    );
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitAssessment.result).toBe(level);
    expect(await stored(submitter.id, jurisdiction)).toEqual([level]);

    const importer = await createKey(t, `Scale import ${cell}`, 'REVIEWER');
    const imported = await importData(t, 'ASSESSMENTS', csv([HEADER, row(jurisdiction, cell)]), { headers: importer.headers });
    expect(imported).toMatchObject({ created: 1, problems: [] });
    expect(await stored(importer.id, jurisdiction)).toEqual([level]);
    // The same row again is the stored level: unchanged, not an update.
    expect(await importData(t, 'ASSESSMENTS', csv([HEADER, row(jurisdiction, cell)]), { headers: importer.headers })).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });

  it.each([
    ['0.7', 0.7],
    ['1.000001', 1.000001],
  ])('refuses %s naming input.result (column result) and listing the levels', async (cell, value) => {
    const key = await createKey(t, `Scale refused ${cell}`, 'REVIEWER');
    const before = await snapshotTables(t.dataSource, ['assessment', 'audit_event']);

    const submitted = await t.graphql(SUBMIT, { input: { jurisdiction: 'CL', criterionId: 'PAL-9', result: value, rationale: RATIONALE, confidence: 'MEDIUM' } }, key.headers);
    expect(submitted.errors).toHaveLength(1);
    expect(submitted.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.result' });
    expect(submitted.errors![0].message).toBe(`input.result: (${value}) is out of PAL-9's scale: one of 1, 0.5, 0`);

    const imported = await importData(t, 'ASSESSMENTS', csv([HEADER, row('CL', cell)]), { headers: key.headers });
    expect(imported).toMatchObject({ created: 0, updated: 0, unchanged: 0 });
    expect(imported.problems).toEqual([expect.objectContaining({ row: 2, column: 'result', message: expect.stringContaining('one of 1, 0.5, 0') })]);

    expect(await stored(key.id, 'CL')).toEqual([]);
    expect(await snapshotTables(t.dataSource, ['assessment', 'audit_event'])).toEqual(before);
  });
});
