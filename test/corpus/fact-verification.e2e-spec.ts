import request from 'supertest';
import { createKey } from '../support/api-keys';
import { describeEachEngine } from '../support/each-engine';
import { snapshotTables } from '../support/table-snapshot';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';

const UPSERT_JURISDICTION = 'mutation($input: UpsertJurisdictionInput!) { upsertJurisdiction(input: $input) { code } }';
const UPSERT_INSTRUMENT = 'mutation($input: UpsertInstrumentInput!) { upsertInstrument(input: $input) { id } }';
const UPSERT_PROVISION = 'mutation($input: UpsertProvisionInput!) { upsertProvision(input: $input) { id } }';
const FACT_FIELDS = 'provisionId version asOf sourceKind recordedByName carriedForwardFrom verified verifiedByName verifiedAt verificationComment facts { consentIrrelevant }';
const RECORD_FACTS = `mutation($input: RecordLegalFactsInput!) { recordLegalFacts(input: $input) { ${FACT_FIELDS} } }`;
const VERIFY = `mutation($input: VerifyLegalFactsInput!) { verifyLegalFacts(input: $input) { ${FACT_FIELDS} } }`;
const AMEND = 'mutation($input: AmendProvisionInput!) { amendProvision(input: $input) { id facts { carriedForwardFrom version verified verifiedByName verifiedAt verificationComment } } }';
const CONFIRM = 'mutation($input: ConfirmLegalFactsInput!) { confirmLegalFacts(input: $input) { version recordedByName carriedForwardFrom } }';
const PROVISION = `query($id: ID!) { provision(id: $id) { id facts { ${FACT_FIELDS} } } }`;
const CARD = `query($code: String!) { scorecard(jurisdiction: $code) {
  criteria { criterion { id } status unverifiedEvidence evidence { provisions { id citation facts { verified verifiedByName verifiedAt verificationComment recordedByName sourceKind } } } }
} }`;

/** Fictional states (user-assigned ISO codes), test fixtures: no real country's law. */
const SCORED = 'XV';
const OTHER = 'XW';

interface FactSet {
  provisionId: string;
  version: number;
  asOf: string;
  sourceKind: string;
  recordedByName: string | null;
  carriedForwardFrom: string | null;
  verified: boolean;
  verifiedByName: string | null;
  verifiedAt: string | null;
  verificationComment: string | null;
  facts: { consentIrrelevant: boolean | null };
}
interface EvidenceFacts {
  verified: boolean;
  verifiedByName: string | null;
  verifiedAt: string | null;
  verificationComment: string | null;
  recordedByName: string | null;
  sourceKind: string;
}
type Card = { criteria: { criterion: { id: string }; status: string; unverifiedEvidence: boolean; evidence: { provisions: { id: string; citation: string; facts: EvidenceFacts | null }[] } }[] };

describeEachEngine('an expert cannot verify their own fact set, and verification shows in the scorecard’s evidence', (engine) => {
  let t: TestApp;
  let ada: Record<string, string>;
  let elena: Record<string, string>;
  let rui: Record<string, string>;
  let sara: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp(engine, { WRITE_RATE_LIMIT: '100000' });
    ada = (await createKey(t, 'Ada (admin)', 'ADMIN')).headers;
    elena = (await createKey(t, 'Elena (editor)', 'EDITOR')).headers;
    rui = (await createKey(t, 'Rui (reviewer)', 'REVIEWER')).headers;
    sara = (await createKey(t, 'Sara (reviewer)', 'REVIEWER')).headers;
    for (const [code, en] of [
      [SCORED, 'Verification fixture state'],
      [OTHER, 'Second verification fixture state'],
    ]) {
      const state = await t.graphql(UPSERT_JURISDICTION, { input: { code, names: { en }, source: 'test fixture' } }, ADMIN);
      expect(state.errors).toBeUndefined();
    }
  });
  afterAll(() => t.close());

  async function ok<T>(query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<T> {
    const body = await t.graphql<T>(query, variables, headers);
    expect(body.errors).toBeUndefined();
    return body.data!;
  }

  /** A fixture instrument with one article (Art. 1, in force from 2010) whose facts `recorder` records. */
  async function provisionWithFacts(jurisdiction: string, key: string, recorder: Record<string, string>): Promise<string> {
    const instrument = await ok<{ upsertInstrument: { id: string } }>(
      UPSERT_INSTRUMENT,
      { input: { jurisdiction, key, kind: 'LAW', language: 'en', titleOriginal: 'Fixture Law (test)', officialCitation: 'test fixture', versions: [{ inForceFrom: '2010-01-01' }] } },
      ADMIN,
    );
    const provision = await ok<{ upsertProvision: { id: string } }>(
      UPSERT_PROVISION,
      { input: { instrumentId: instrument.upsertInstrument.id, key: 'art-1', citation: 'Art. 1', text: 'Fixture text.', inForceFrom: '2010-01-01' } },
      ADMIN,
    );
    const provisionId = provision.upsertProvision.id;
    const facts = await ok<{ recordLegalFacts: FactSet }>(
      RECORD_FACTS,
      { input: { provisionId, asOf: '2024-01-01', sourceCitation: 'Fixture reading of the text', facts: { consentIrrelevant: true } } },
      recorder,
    );
    expect(facts.recordLegalFacts).toMatchObject({ version: 1, verified: false, verifiedByName: null, verifiedAt: null, verificationComment: null });
    return provisionId;
  }

  const factsOf = async (provisionId: string) => (await ok<{ provision: { facts: FactSet } }>(PROVISION, { id: provisionId }, ADMIN)).provision.facts;
  const pal6 = async () => (await ok<{ scorecard: Card }>(CARD, { code: SCORED }, ADMIN)).scorecard.criteria.find((c) => c.criterion.id === 'PAL-6')!;

  /** Runs a write expected to be refused and proves it changed nothing. */
  async function expectRefused(query: string, input: unknown, headers: Record<string, string>, code: string, field?: string) {
    const before = await snapshotTables(t.dataSource);
    const body = await t.graphql(query, { input }, headers);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions?.code).toBe(code);
    if (field) expect(body.errors![0].extensions?.field).toBe(field);
    expect(await snapshotTables(t.dataSource)).toEqual(before);
    return body.errors![0];
  }

  let provisionId: string;

  it('an ADMIN who recorded the facts cannot verify them (FORBIDDEN), nor can an EDITOR; nothing changes', async () => {
    provisionId = await provisionWithFacts(SCORED, 'verified-law', ada);
    const own = await expectRefused(VERIFY, { provisionId, version: 1, comment: 'Looks right to me.' }, ada, 'FORBIDDEN');
    expect(own.message).toMatch(/facts you recorded/);
    // EDITOR: EDIT_LEGISLATION and ASSESS, not REVIEW.
    await expectRefused(VERIFY, { provisionId, version: 1 }, elena, 'FORBIDDEN');
    await expectRefused(VERIFY, { provisionId, version: 1 }, {}, 'UNAUTHENTICATED');
    expect(await factsOf(provisionId)).toMatchObject({ version: 1, verified: false, verifiedByName: null, recordedByName: 'Ada (admin)' });
    expect(await pal6()).toMatchObject({
      status: 'MET',
      unverifiedEvidence: true,
      evidence: { provisions: [{ id: provisionId, facts: { verified: false, verifiedByName: null, recordedByName: 'Ada (admin)' } }] },
    });
  });

  it('a REVIEWER verifies with a comment: it shows on the provision, in the scorecard’s evidence and in the audit trail', async () => {
    const started = Date.now();
    const verified = (await ok<{ verifyLegalFacts: FactSet }>(VERIFY, { input: { provisionId, version: 1, comment: '  Checked against the fixture gazette.  ' } }, rui)).verifyLegalFacts;
    expect(verified).toMatchObject({
      provisionId,
      version: 2,
      verified: true,
      verifiedByName: 'Rui (reviewer)',
      verificationComment: 'Checked against the fixture gazette.',
      recordedByName: 'Ada (admin)',
      facts: { consentIrrelevant: true },
    });
    const at = Date.parse(verified.verifiedAt!);
    expect(at).toBeGreaterThanOrEqual(started - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);

    const stored = await factsOf(provisionId);
    expect(stored).toEqual(verified);

    const result = await pal6();
    expect(result).toMatchObject({ status: 'MET', unverifiedEvidence: false });
    expect(result.evidence.provisions).toEqual([
      {
        id: provisionId,
        citation: 'Art. 1',
        facts: {
          verified: true,
          verifiedByName: 'Rui (reviewer)',
          verifiedAt: verified.verifiedAt,
          verificationComment: 'Checked against the fixture gazette.',
          recordedByName: 'Ada (admin)',
          sourceKind: 'PRIMARY',
        },
      },
    ]);

    type Event = { operation: string; actorName: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null };
    const log = await ok<{ auditLog: Event[] }>('query($id: ID!) { auditLog(entity: "LegalFactSet", id: $id) { operation actorName before after } }', { id: provisionId }, sara);
    expect(log.auditLog.map((e) => [e.operation, e.actorName])).toEqual([
      ['recordLegalFacts', 'Ada (admin)'],
      ['verifyLegalFacts', 'Rui (reviewer)'],
    ]);
    expect(log.auditLog[1].before).toMatchObject({ verifiedAt: null, verifiedByName: null, version: 1 });
    expect(log.auditLog[1].after).toMatchObject({ verifiedByName: 'Rui (reviewer)', verificationComment: 'Checked against the fixture gazette.', version: 2 });
  });

  it('refuses verifying twice, and a stale version, and changes nothing', async () => {
    const twice = await expectRefused(VERIFY, { provisionId, version: 2 }, sara, 'BAD_USER_INPUT', 'input.provisionId');
    expect(twice.message).toMatch(/already verified by Rui \(reviewer\)/);
    // The verifier again, with the version read before: stale (or already verified), never a second verification.
    const again = await t.graphql(VERIFY, { input: { provisionId, version: 1 } }, rui);
    expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(again.errors?.[0].extensions?.code);

    // A fact set replaced once (version 2), verified with the version read before the replacement.
    const other = await provisionWithFacts(OTHER, 'stale-law', elena);
    await ok(RECORD_FACTS, { input: { provisionId: other, version: 1, asOf: '2024-02-01', sourceCitation: 'Fixture reading of the text, revised', facts: { consentIrrelevant: false } } }, elena);
    const stale = await expectRefused(VERIFY, { provisionId: other, version: 1 }, rui, 'CONFLICT');
    expect(stale.extensions).toMatchObject({ expectedVersion: 1, actualVersion: 2 });
    expect(await factsOf(other)).toMatchObject({ version: 2, verified: false, verifiedByName: null });

    // A provision with no facts, and an unknown one.
    await expectRefused(VERIFY, { provisionId: '00000000-0000-4000-8000-000000000000', version: 1 }, rui, 'BAD_USER_INPUT', 'input.provisionId');
  });

  it('refuses facts carried forward by an amendment: they are confirmed for the new wording first', async () => {
    const original = await provisionWithFacts(OTHER, 'amended-law', elena);
    // The earlier wording's facts were verified; the copy is not: nobody has checked them against the new words.
    await ok(VERIFY, { input: { provisionId: original, version: 1, comment: 'Checked against the fixture gazette.' } }, rui);
    const amended = await ok<{ amendProvision: { id: string; facts: Partial<FactSet> } }>(
      AMEND,
      { input: { provisionId: original, version: 1, inForceFrom: '2020-01-01', text: 'Fixture text, amended.' } },
      elena,
    );
    expect(amended.amendProvision.facts).toEqual({ carriedForwardFrom: original, version: 1, verified: false, verifiedByName: null, verifiedAt: null, verificationComment: null });
    expect(await factsOf(original)).toMatchObject({ verified: true, verifiedByName: 'Rui (reviewer)' });
    const carried = amended.amendProvision.id;
    await expectRefused(VERIFY, { provisionId: carried, version: 1 }, rui, 'BAD_USER_INPUT', 'input.provisionId');

    // Confirmed by Ada: her reading of the new wording now, so she cannot verify it; Rui can.
    const confirmed = await ok<{ confirmLegalFacts: { version: number; recordedByName: string; carriedForwardFrom: string | null } }>(
      CONFIRM,
      { input: { provisionId: carried, version: 1, asOf: '2024-06-01' } },
      ada,
    );
    expect(confirmed.confirmLegalFacts).toEqual({ version: 2, recordedByName: 'Ada (admin)', carriedForwardFrom: null });
    await expectRefused(VERIFY, { provisionId: carried, version: 2 }, ada, 'FORBIDDEN');
    expect((await ok<{ verifyLegalFacts: FactSet }>(VERIFY, { input: { provisionId: carried, version: 2 } }, rui)).verifyLegalFacts).toMatchObject({
      verified: true,
      verifiedByName: 'Rui (reviewer)',
      recordedByName: 'Ada (admin)',
    });
  });

  it('6 reviewers verifying one fact set at once: one verification is written, the others are refused', async () => {
    const contested = await provisionWithFacts(OTHER, 'contested-law', elena);
    const reviewers = await Promise.all(Array.from({ length: 6 }, (_, i) => createKey(t, `Reviewer ${i} (race)`, 'REVIEWER')));
    const server = t.app.getHttpServer();
    const responses = await Promise.all(
      reviewers.map((r, i) =>
        request(server)
          .post('/graphql')
          .set({ 'content-type': 'application/json', ...r.headers })
          .send({ query: VERIFY, variables: { input: { provisionId: contested, version: 1, comment: `Check ${i}.` } } }),
      ),
    );
    const written = responses.filter((r) => !r.body.errors);
    expect(written).toHaveLength(1);
    // Refused as stale (CONFLICT) when the winner commits after the loser read, as already verified when before.
    for (const r of responses.filter((x) => x.body.errors)) expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(r.body.errors[0].extensions.code);
    const stored = await factsOf(contested);
    expect(stored).toMatchObject({ version: 2, verified: true, verifiedByName: written[0].body.data.verifyLegalFacts.verifiedByName });
    const log = await ok<{ auditLog: { operation: string }[] }>('query($id: ID!) { auditLog(entity: "LegalFactSet", id: $id) { operation } }', { id: contested }, sara);
    expect(log.auditLog.map((e) => e.operation)).toEqual(['recordLegalFacts', 'verifyLegalFacts']);
  });

  it('replacing verified facts (recordLegalFacts) resets the verification: a new reading is verified by nobody yet', async () => {
    const replaced = (
      await ok<{ recordLegalFacts: FactSet }>(
        RECORD_FACTS,
        { input: { provisionId, version: 2, asOf: '2024-06-01', sourceCitation: 'Fixture reading of the text, second look', facts: { consentIrrelevant: true } } },
        elena,
      )
    ).recordLegalFacts;
    expect(replaced).toMatchObject({ version: 3, recordedByName: 'Elena (editor)', verified: false, verifiedByName: null, verifiedAt: null, verificationComment: null, carriedForwardFrom: null });
    expect(await factsOf(provisionId)).toEqual(replaced);
    const [row] = await t.dataSource.query(`SELECT verified_by_id, verified_by_name, verified_at, verification_comment FROM legal_fact_set WHERE provision_id = '${provisionId}'`);
    expect(row).toEqual({ verified_by_id: null, verified_by_name: null, verified_at: null, verification_comment: null });
    expect(await pal6()).toMatchObject({
      status: 'MET',
      unverifiedEvidence: true,
      evidence: { provisions: [{ id: provisionId, facts: { verified: false, verifiedByName: null, verifiedAt: null, recordedByName: 'Elena (editor)' } }] },
    });

    // Elena recorded this reading: Ada (who recorded the earlier one) may verify it now.
    const reverified = (await ok<{ verifyLegalFacts: FactSet }>(VERIFY, { input: { provisionId, version: 3 } }, ada)).verifyLegalFacts;
    expect(reverified).toMatchObject({ version: 4, verified: true, verifiedByName: 'Ada (admin)', verificationComment: null, recordedByName: 'Elena (editor)' });
    expect(await pal6()).toMatchObject({ unverifiedEvidence: false, evidence: { provisions: [{ facts: { verified: true, verifiedByName: 'Ada (admin)' } }] } });
  });
});
