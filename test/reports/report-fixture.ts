import { createKey } from '../support/api-keys';
import { ADMIN, TestApp } from '../support/test-app';

/** Markup a provision's text holds in the fixture: it must reach the reader as text, never run. */
export const SCRIPT_PAYLOAD = "<script>document.title='pwned'</script>";
export const IMG_PAYLOAD = '<img src=x onerror=alert(1)>';
export const RATIONALE_PAYLOAD = '<b onmouseover=alert(2)>bold</b> *not emphasis* [not a link](javascript:alert(3))';

/** The jurisdiction the fixture law is recorded for: its Spanish name differs from its English one. */
export const FIXTURE_COUNTRY = 'TT';
export const FIXTURE_COUNTRY_ES = 'Trinidad y Tobago';

/**
 * Records a fictional law for Trinidad and Tobago in a test database (test fixture: not the
 * country's law; every record says so): one provision whose wording carries markup and a script,
 * with legal facts, and an approved expert result for PAL-9.
 */
export async function recordFixtureLaw(t: TestApp): Promise<{ provisionId: string; assessmentId: string }> {
  const mutate = async (query: string, input: unknown, headers: Record<string, string> = ADMIN) => {
    const body = await t.graphql<Record<string, { id?: string; version?: number }>>(query, { input }, headers);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return Object.values(body.data!)[0];
  };
  const instrument = await mutate('mutation($input: UpsertInstrumentInput!) { upsertInstrument(input: $input) { id } }', {
    jurisdiction: FIXTURE_COUNTRY,
    key: 'fixture-act',
    kind: 'LAW',
    language: 'en',
    titleOriginal: 'Fixture Act (test data, not the law of Trinidad and Tobago)',
    officialCitation: 'test fixture',
    sourceUrl: 'https://example.org/fixture-act',
    versions: [{ inForceFrom: '2011-01-01' }],
  });
  const provision = await mutate('mutation($input: UpsertProvisionInput!) { upsertProvision(input: $input) { id } }', {
    instrumentId: instrument.id,
    key: 'art-3',
    citation: 'Art. 3',
    heading: 'Trafficking <em>in</em> persons',
    text: `A person who recruits another for exploitation commits an offence. ${SCRIPT_PAYLOAD}\n${IMG_PAYLOAD}\n- a line that looks like a list item`,
    inForceFrom: '2011-01-01',
  });
  await mutate('mutation($input: RecordLegalFactsInput!) { recordLegalFacts(input: $input) { version } }', {
    provisionId: provision.id,
    asOf: '2024-01-01',
    sourceCitation: 'test fixture',
    facts: {
      acts: ['RECRUITMENT', 'TRANSPORTATION', 'TRANSFER'],
      consentIrrelevant: true,
      borderCrossingRequired: false,
      childAgeThreshold: 18,
      penalties: [
        { offence: 'TRAFFICKING', imprisonmentMinYears: 2, imprisonmentMaxYears: 6, fine: true, fineInLieuOfImprisonment: true },
        { offence: 'RAPE', imprisonmentMinYears: 6, imprisonmentMaxYears: 15 },
      ],
    },
  });
  const editor = (await createKey(t, 'Ana (editor)', 'EDITOR')).headers;
  const reviewer = (await createKey(t, 'Carla (reviewer)', 'REVIEWER')).headers;
  const submitted = await mutate(
    'mutation($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { id version } }',
    { jurisdiction: FIXTURE_COUNTRY, criterionId: 'PAL-9', result: 0.5, rationale: `Test fixture. ${RATIONALE_PAYLOAD}`, confidence: 'LOW' },
    editor,
  );
  await mutate('mutation($input: ReviewAssessmentInput!) { reviewAssessment(input: $input) { id } }', { id: submitted.id, version: submitted.version, decision: 'APPROVE' }, reviewer);
  return { provisionId: provision.id!, assessmentId: submitted.id! };
}
