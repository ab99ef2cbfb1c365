/**
 * Regressions for rules that lived in two places and drifted apart: one path enforced a rule the
 * other one skipped. Each test asserts that both paths now follow the same rule.
 */
import { createKey } from '../support/api-keys';
import { describeEachEngine } from '../support/each-engine';
import { snapshotTables } from '../support/table-snapshot';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';
import { csv, importData, INSTRUMENTS_CSV } from '../exchange/exchange-support';

const SUBMIT = 'mutation($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { id version status result rationale } }';
const ASSESSMENT_HEADER = ['jurisdiction', 'rubric', 'rubric_version', 'criterion', 'result', 'not_applicable', 'rationale', 'confidence', 'provision_keys', 'urls'];
const RATIONALE = 'Test fixture: victims are shielded from punishment but residence options are limited.';
const NEW_RATIONALE = 'Test fixture: a spreadsheet that tries to rewrite a result under review.';

const PROVISION_HEADER = ['jurisdiction', 'instrument_key', 'key', 'citation', 'heading', 'text', 'in_force_from', 'in_force_to', 'source_url'];
const FACTS_HEADER = ['jurisdiction', 'instrument_key', 'provision_key', 'provision_in_force_from', 'as_of', 'source_citation', 'aggravating_circumstances', 'extra_aggravating_circumstances'];
const RECORD_FACTS = 'mutation($input: RecordLegalFactsInput!) { recordLegalFacts(input: $input) { version facts { aggravatingCircumstances extraAggravatingCircumstances } } }';
const READ_FACTS = 'query($id: ID!) { provision(id: $id) { facts { version facts { aggravatingCircumstances extraAggravatingCircumstances } } } }';

type Stored = { id: string; status: string; result: number; rationale: string; version: number };
type Facts = { aggravatingCircumstances: string[] | null; extraAggravatingCircumstances: string[] | null };

describeEachEngine('one home for every rule', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  const assessmentRow = (jurisdiction: string, result: string, rationale = RATIONALE) => [jurisdiction, 'tip-legal-framework', '1', 'PAL-9', result, null, rationale, 'MEDIUM', null, null];
  const storedAssessments = async (authorId: string, jurisdiction: string): Promise<Stored[]> =>
    (
      await t.dataSource.query(`SELECT id, status, result, rationale, version FROM assessment WHERE author_id = '${authorId}' AND jurisdiction_code = '${jurisdiction}' AND criterion_id = 'PAL-9'`)
    ).map((a: Stored) => ({ ...a, result: Number(a.result), version: Number(a.version) }));

  describe('assessments', () => {
    // Defect 1: an import rewrote a SUBMITTED assessment that submitAssessment refuses to change.
    it('refuses to rewrite a SUBMITTED assessment by import, as submitAssessment does; an identical row is unchanged', async () => {
      const key = await createKey(t, 'Irene (editor)', 'EDITOR');
      const submitted = await t.graphql<{ submitAssessment: Stored }>(
        SUBMIT,
        { input: { jurisdiction: 'AR', criterionId: 'PAL-9', result: 0.5, rationale: RATIONALE, confidence: 'MEDIUM' } },
        key.headers,
      );
      expect(submitted.errors).toBeUndefined();
      const { id, version, status } = submitted.data!.submitAssessment;
      expect(status).toBe('SUBMITTED');

      // The GraphQL path refuses to edit it while it waits for review...
      const edited = await t.graphql(SUBMIT, { input: { id, version, jurisdiction: 'AR', criterionId: 'PAL-9', result: 1, rationale: NEW_RATIONALE, confidence: 'MEDIUM' } }, key.headers);
      expect(edited.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });

      // ...an identical spreadsheet row changes nothing...
      expect(await importData(t, 'ASSESSMENTS', csv([ASSESSMENT_HEADER, assessmentRow('AR', '0.5')]), { headers: key.headers })).toMatchObject({ created: 0, updated: 0, unchanged: 1, problems: [] });

      // ...and a different one is refused on its row, like the mutation.
      const before = await snapshotTables(t.dataSource, ['assessment', 'audit_event']);
      const changed = await importData(t, 'ASSESSMENTS', csv([ASSESSMENT_HEADER, assessmentRow('AR', '1', NEW_RATIONALE)]), { headers: key.headers });
      expect(changed).toMatchObject({ created: 0, updated: 0 });
      expect(changed.problems).toEqual([{ row: 2, column: expect.stringMatching(/^(criterion|result)$/), cell: expect.any(String), message: expect.stringMatching(/SUBMITTED/) }]);
      expect(await storedAssessments(key.id, 'AR')).toEqual([{ id, status: 'SUBMITTED', result: 0.5, rationale: RATIONALE, version }]);
      expect(await snapshotTables(t.dataSource, ['assessment', 'audit_event'])).toEqual(before);
    });

    // Defect 1 (scale tolerance): the import accepted |result - level| <= 1e-9, submitAssessment only < 1e-9.
    it.each([
      ['1 + 1e-9 (PAL-9 level 1)', '1.000000001', 1.000000001],
      ['0 + 1e-9, exactly the tolerance from level 0', '0.000000001', 0.000000001],
    ])('refuses a result of %s by both submitAssessment and import', async (_label, cell, value) => {
      const key = await createKey(t, `Scale (${cell})`, 'REVIEWER');
      const before = await snapshotTables(t.dataSource, ['assessment', 'audit_event']);

      const submitted = await t.graphql(SUBMIT, { input: { jurisdiction: 'PE', criterionId: 'PAL-9', result: value, rationale: RATIONALE, confidence: 'MEDIUM' } }, key.headers);
      expect(submitted.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.result' });

      const imported = await importData(t, 'ASSESSMENTS', csv([ASSESSMENT_HEADER, assessmentRow('PE', cell)]), { headers: key.headers });
      expect(imported).toMatchObject({ created: 0, updated: 0, unchanged: 0 });
      expect(imported.problems).toEqual([expect.objectContaining({ row: 2, column: 'result' })]);

      expect(await storedAssessments(key.id, 'PE')).toEqual([]);
      expect(await snapshotTables(t.dataSource, ['assessment', 'audit_event'])).toEqual(before);
    });
  });

  describe('legal facts', () => {
    let provisionId: string;
    beforeAll(async () => {
      expect(await importData(t, 'INSTRUMENTS', INSTRUMENTS_CSV)).toMatchObject({ created: 1, problems: [] });
      const provisions = csv([PROVISION_HEADER, ['AR', 'fixture-code', 'art-1', 'Art. 1', null, 'Fixture text of article 1.', '2012-12-27', null, 'https://example.org/fixture']]);
      expect(await importData(t, 'PROVISIONS', provisions)).toMatchObject({ created: 1, problems: [] });
      const [p] = await t.dataSource.query(`SELECT p.id FROM provision p JOIN instrument i ON i.id = p.instrument_id WHERE i.key = 'fixture-code' AND p.key = 'art-1'`);
      provisionId = p.id;
    });

    const storedFacts = async (): Promise<Record<string, unknown>> => {
      const [row] = await t.dataSource.query(`SELECT facts FROM legal_fact_set WHERE provision_id = '${provisionId}'`);
      return typeof row.facts === 'string' ? JSON.parse(row.facts) : row.facts;
    };
    const readFacts = () => t.graphql<{ provision: { facts: { version: number; facts: Facts } } }>(READ_FACTS, { id: provisionId });

    // Defect 2: extraAggravatingCircumstances imported from a spreadsheet was invisible through GraphQL.
    it('shows extra aggravating circumstances imported from a spreadsheet through GraphQL', async () => {
      const file = csv([FACTS_HEADER, ['AR', 'fixture-code', 'art-1', null, '2024-06-30', 'Fixture reading', 'CHILD_VICTIM', 'use of a weapon']]);
      expect(await importData(t, 'LEGAL_FACTS', file)).toMatchObject({ created: 1, problems: [] });
      expect(await storedFacts()).toMatchObject({ aggravatingCircumstances: ['CHILD_VICTIM'], extraAggravatingCircumstances: ['use of a weapon'] });

      const read = await readFacts();
      expect(read.errors).toBeUndefined();
      expect(read.data!.provision.facts.facts).toEqual({ aggravatingCircumstances: ['CHILD_VICTIM'], extraAggravatingCircumstances: ['use of a weapon'] });
    });

    // Defect 2: recordLegalFacts could not carry extraAggravatingCircumstances, so it deleted them.
    it('records extra aggravating circumstances through recordLegalFacts', async () => {
      const [{ version }] = await t.dataSource.query(`SELECT version FROM legal_fact_set WHERE provision_id = '${provisionId}'`);
      const extras = ['use of a weapon', 'abuse of a position of trust'];
      const recorded = await t.graphql<{ recordLegalFacts: { version: number; facts: Facts } }>(
        RECORD_FACTS,
        {
          input: {
            provisionId,
            version: Number(version),
            asOf: '2024-07-01',
            sourceCitation: 'Fixture reading',
            facts: { aggravatingCircumstances: ['CHILD_VICTIM'], extraAggravatingCircumstances: extras },
          },
        },
        ADMIN,
      );
      expect(recorded.errors).toBeUndefined();
      expect(recorded.data!.recordLegalFacts.facts.extraAggravatingCircumstances).toEqual(extras);

      const read = await readFacts();
      expect(read.errors).toBeUndefined();
      expect(read.data!.provision.facts.facts).toEqual({ aggravatingCircumstances: ['CHILD_VICTIM'], extraAggravatingCircumstances: extras });
      expect(await storedFacts()).toMatchObject({ aggravatingCircumstances: ['CHILD_VICTIM'], extraAggravatingCircumstances: extras });
    });

    // Defect 2: aggravatingCircumstances is a closed list; anything else is refused, not stored.
    it('refuses aggravatingCircumstances outside the closed list through recordLegalFacts', async () => {
      const [{ version }] = await t.dataSource.query(`SELECT version FROM legal_fact_set WHERE provision_id = '${provisionId}'`);
      const before = await snapshotTables(t.dataSource);
      const body = await t.graphql(
        RECORD_FACTS.replace(' extraAggravatingCircumstances', ''),
        { input: { provisionId, version: Number(version), asOf: '2024-07-01', sourceCitation: 'Fixture reading', facts: { aggravatingCircumstances: ['CHILD_VICTIM', 'use of a weapon'] } } },
        ADMIN,
      );
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await snapshotTables(t.dataSource)).toEqual(before);
    });

    // Defect 2: the schema described aggravatingCircumstances as "CHILD_VICTIM, ... or others".
    it('does not promise "others" in the description of aggravatingCircumstances', async () => {
      const body = await t.graphql<{ __type: { fields: { name: string; description: string | null }[] } }>('{ __type(name: "LegalFacts") { fields { name description } } }');
      expect(body.errors).toBeUndefined();
      const field = body.data!.__type.fields.find((f) => f.name === 'aggravatingCircumstances')!;
      expect(field.description ?? '').not.toMatch(/or others/i);
    });
  });

  describe('scorecards', () => {
    // Defect 3: compareScorecards accepted (and stored a snapshot for) a future as-of date that scorecard refuses.
    it('refuses a future as-of date in compareScorecards as scorecard does, storing no snapshot', async () => {
      const single = await t.graphql('{ scorecard(jurisdiction: "AR", asOf: "2999-01-01") { score } }');
      expect(single.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });

      const compared = await t.graphql('{ compareScorecards(jurisdictions: ["AR"], asOf: "2999-01-01") { score } }');
      expect(compared.errors).toHaveLength(1);
      const error = compared.errors![0];
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(`${String(error.extensions?.field ?? '')} ${error.message}`).toMatch(/asOf/);
      expect(compared.data ?? null).toBeNull();

      expect(await t.dataSource.query(`SELECT jurisdiction_code FROM scorecard_snapshot WHERE as_of = '2999-01-01'`)).toEqual([]);
    });
  });
});
