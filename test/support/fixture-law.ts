import type { LegalFacts } from '@lexgap/legal-model';
import { ADMIN, TestApp } from './test-app';

export interface FixtureLaw {
  jurisdiction: string;
  /** Instrument key; its title is a labelled fixture ("Fixture Law (test)"), never a real law's. */
  key: string;
  kind: 'CODE' | 'LAW';
  inForceFrom: string;
  facts: LegalFacts;
  factsAsOf: string;
  sourceCitation: string;
  /** Art. 1's wording (a labelled fixture); "Fixture text." when not given. */
  text?: string;
}

/**
 * Records, over GraphQL as the bootstrap admin, one fixture instrument with one provision (Art. 1)
 * and its legal facts (PRIMARY, as recordLegalFacts stores them by default); returns the ids.
 */
export async function recordFixtureLaw(t: TestApp, law: FixtureLaw): Promise<{ instrumentId: string; provisionId: string }> {
  const title = law.kind === 'CODE' ? 'Fixture Code (test)' : 'Fixture Law (test)';
  const instrument = await t.graphql<{ upsertInstrument: { id: string } }>(
    'mutation($input: UpsertInstrumentInput!) { upsertInstrument(input: $input) { id } }',
    { input: { jurisdiction: law.jurisdiction, key: law.key, kind: law.kind, language: 'en', titleOriginal: title, officialCitation: 'test fixture', versions: [{ inForceFrom: law.inForceFrom }] } },
    ADMIN,
  );
  if (instrument.errors) throw new Error(JSON.stringify(instrument.errors));
  const instrumentId = instrument.data!.upsertInstrument.id;
  const provision = await t.graphql<{ upsertProvision: { id: string } }>(
    'mutation($input: UpsertProvisionInput!) { upsertProvision(input: $input) { id } }',
    { input: { instrumentId, key: 'art-1', citation: 'Art. 1', text: law.text ?? 'Fixture text.', inForceFrom: law.inForceFrom } },
    ADMIN,
  );
  if (provision.errors) throw new Error(JSON.stringify(provision.errors));
  const provisionId = provision.data!.upsertProvision.id;
  const facts = await t.graphql(
    'mutation($input: RecordLegalFactsInput!) { recordLegalFacts(input: $input) { version } }',
    { input: { provisionId, asOf: law.factsAsOf, sourceCitation: law.sourceCitation, facts: law.facts } },
    ADMIN,
  );
  if (facts.errors) throw new Error(JSON.stringify(facts.errors));
  return { instrumentId, provisionId };
}
