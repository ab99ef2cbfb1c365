import request from 'supertest';
import { createKey } from '../support/api-keys';
import { describeEachEngine } from '../support/each-engine';
import { snapshotTables } from '../support/table-snapshot';
import { ADMIN, GraphQLBody, startTestApp, TestApp } from '../support/test-app';

const UPSERT_JURISDICTION = 'mutation($input: UpsertJurisdictionInput!) { upsertJurisdiction(input: $input) { code } }';
const UPSERT_INSTRUMENT = 'mutation($input: UpsertInstrumentInput!) { upsertInstrument(input: $input) { id version } }';
const UPSERT_PROVISION = 'mutation($input: UpsertProvisionInput!) { upsertProvision(input: $input) { id version } }';
const RECORD_FACTS = 'mutation($input: RecordLegalFactsInput!) { recordLegalFacts(input: $input) { provisionId version } }';
const AMEND = `mutation($input: AmendProvisionInput!) { amendProvision(input: $input) {
  id key citation heading text inForceFrom inForceTo version facts { carriedForwardFrom verified version recordedByName facts { consentIrrelevant } }
} }`;
const AMEND_INSTRUMENT = 'mutation($input: AmendInstrumentInput!) { amendInstrument(input: $input) { id version versions { inForceFrom inForceTo amendedBy } } }';
const CONFIRM = 'mutation($input: ConfirmLegalFactsInput!) { confirmLegalFacts(input: $input) { provisionId version carriedForwardFrom asOf recordedByName verified } }';
const HISTORY = `query($id: ID!) { instrument(id: $id) {
  version versions { inForceFrom inForceTo amendedBy }
  provisions { id key citation text inForceFrom inForceTo version facts { carriedForwardFrom version } }
} }`;
const CARD = `query($code: String!, $asOf: Date) { scorecard(jurisdiction: $code, asOf: $asOf) {
  criteria { criterion { id } status evidence { provisions { id } } }
} }`;

/** Fictional states (user-assigned ISO codes), test fixtures: no real country's law. */
const STATE = 'XF';
const SCORED_STATE = 'XZ';
const START = '2010-01-01';

interface Wording {
  id: string;
  key: string;
  citation: string;
  text: string | null;
  inForceFrom: string;
  inForceTo: string | null;
  version: number;
  facts: { carriedForwardFrom: string | null; version: number } | null;
}
interface History {
  version: number;
  versions: { inForceFrom: string; inForceTo: string | null; amendedBy: string | null }[];
  provisions: Wording[];
}
type Card = { criteria: { criterion: { id: string }; status: string; evidence: { provisions: { id: string }[] } }[] };

const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Each wording ends where the next starts (the end is exclusive), the last is open-ended, and on
 * every date from the first start exactly one wording is in force (none before it).
 */
function expectContiguous(intervals: readonly { inForceFrom: string; inForceTo: string | null }[], start = START): void {
  const sorted = [...intervals].sort((a, b) => a.inForceFrom.localeCompare(b.inForceFrom));
  expect(sorted[0].inForceFrom).toBe(start);
  for (let i = 0; i + 1 < sorted.length; i++) expect(sorted[i].inForceTo).toBe(sorted[i + 1].inForceFrom);
  expect(sorted[sorted.length - 1].inForceTo).toBeNull();
  const probes = new Set<string>(['2099-12-31', dayBefore(start)]);
  for (const w of sorted) {
    probes.add(w.inForceFrom);
    probes.add(dayBefore(w.inForceFrom));
    if (w.inForceTo) probes.add(dayBefore(w.inForceTo));
  }
  for (const d of probes) {
    const inForce = sorted.filter((w) => w.inForceFrom <= d && (!w.inForceTo || d < w.inForceTo));
    expect({ date: d, inForce: inForce.length }).toEqual({ date: d, inForce: d < start ? 0 : 1 });
  }
}

describeEachEngine('amendProvision never leaves an overlap or a gap in a provision’s history, under concurrent amendment', (engine) => {
  let t: TestApp;
  let editor: Record<string, string>;
  let reviewer: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp(engine, { WRITE_RATE_LIMIT: '100000' });
    editor = (await createKey(t, 'Elena (editor)', 'EDITOR')).headers;
    reviewer = (await createKey(t, 'Rui (reviewer)', 'REVIEWER')).headers;
    for (const [code, en] of [
      [STATE, 'Amendment fixture state'],
      [SCORED_STATE, 'Amendment scoring fixture state'],
    ]) {
      const state = await t.graphql(UPSERT_JURISDICTION, { input: { code, names: { en }, source: 'test fixture' } }, ADMIN);
      expect(state.errors).toBeUndefined();
    }
  });
  afterAll(() => t.close());

  async function ok<T>(query: string, variables: Record<string, unknown>, headers: Record<string, string> = editor): Promise<T> {
    const body = await t.graphql<T>(query, variables, headers);
    expect(body.errors).toBeUndefined();
    return body.data!;
  }

  /** A fixture instrument (in force from START) with one article, art-1, and optionally its facts. */
  async function law(key: string, facts?: Record<string, unknown>, jurisdiction = STATE): Promise<{ instrumentId: string; provisionId: string }> {
    const instrument = await ok<{ upsertInstrument: { id: string } }>(UPSERT_INSTRUMENT, {
      input: { jurisdiction, key, kind: 'LAW', language: 'en', titleOriginal: 'Fixture Law (test)', officialCitation: 'test fixture', versions: [{ inForceFrom: START }] },
    });
    const instrumentId = instrument.upsertInstrument.id;
    const provision = await ok<{ upsertProvision: { id: string } }>(UPSERT_PROVISION, {
      input: { instrumentId, key: 'art-1', citation: 'Art. 1', text: 'Fixture text, first wording.', inForceFrom: START },
    });
    const provisionId = provision.upsertProvision.id;
    if (facts) await ok(RECORD_FACTS, { input: { provisionId, asOf: '2024-01-01', sourceCitation: 'Fixture reading of the text', facts } });
    return { instrumentId, provisionId };
  }

  const history = async (instrumentId: string) => (await ok<{ instrument: History }>(HISTORY, { id: instrumentId })).instrument;
  const amend = (input: Record<string, unknown>, headers = editor) => t.graphql<{ amendProvision: Wording & { heading: string | null } }>(AMEND, { input }, headers);

  /** Sends each input at once, over HTTP, from as many clients; returns each one's outcome: the new wording's id, or the error code. */
  async function concurrently(query: string, inputs: unknown[], headers = editor): Promise<{ written: GraphQLBody<Record<string, { id: string }>>[]; codes: string[] }> {
    const server = t.app.getHttpServer();
    const responses = await Promise.all(
      inputs.map((input) =>
        request(server)
          .post('/graphql')
          .set({ 'content-type': 'application/json', ...headers })
          .send({ query, variables: { input } }),
      ),
    );
    const bodies = responses.map((r) => r.body as GraphQLBody<Record<string, { id: string }>>);
    return { written: bodies.filter((b) => !b.errors), codes: bodies.filter((b) => b.errors).map((b) => String(b.errors![0].extensions?.code)) };
  }

  /** Runs a write expected to be refused and proves it changed nothing. */
  async function expectRefused(query: string, input: unknown, code: string, field?: string, headers = editor) {
    const before = await snapshotTables(t.dataSource);
    const body = await t.graphql(query, { input }, headers);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions?.code).toBe(code);
    if (field) expect(body.errors![0].extensions?.field).toBe(field);
    expect(await snapshotTables(t.dataSource)).toEqual(before);
    return body.errors![0];
  }

  it('a sequence of amendments, at the end and in the middle, leaves a contiguous history', async () => {
    const { instrumentId, provisionId } = await law('seq-law', { consentIrrelevant: true });
    let latest = { id: provisionId, version: 1 };
    for (const [i, date] of ['2012-03-01', '2015-07-15', '2020-01-01'].entries()) {
      const body = await amend({ provisionId: latest.id, version: latest.version, inForceFrom: date, text: `Fixture text, wording ${i + 2}.` });
      expect(body.errors).toBeUndefined();
      const opened = body.data!.amendProvision;
      expect(opened).toMatchObject({ key: 'art-1', citation: 'Art. 1', inForceFrom: date, inForceTo: null, version: 1, text: `Fixture text, wording ${i + 2}.` });
      expect(opened.facts).toMatchObject({ carriedForwardFrom: latest.id, verified: false });
      latest = { id: opened.id, version: opened.version };
    }
    let wordings = (await history(instrumentId)).provisions;
    expect(wordings).toHaveLength(4);
    expectContiguous(wordings);

    // Amending a closed wording (2012-03-01 to 2015-07-15) in the middle: the new one ends where the old one did.
    const middle = wordings.find((w) => w.inForceFrom === '2012-03-01')!;
    expect(middle).toMatchObject({ inForceTo: '2015-07-15', version: 2 });
    const split = await amend({ provisionId: middle.id, version: middle.version, inForceFrom: '2013-06-01', citation: 'Art. 1 bis', heading: 'Fixture heading' });
    expect(split.errors).toBeUndefined();
    expect(split.data!.amendProvision).toMatchObject({ inForceFrom: '2013-06-01', inForceTo: '2015-07-15', citation: 'Art. 1 bis', heading: 'Fixture heading', text: null });

    wordings = (await history(instrumentId)).provisions;
    expect(wordings.map((w) => [w.inForceFrom, w.inForceTo])).toEqual([
      [START, '2012-03-01'],
      ['2012-03-01', '2013-06-01'],
      ['2013-06-01', '2015-07-15'],
      ['2015-07-15', '2020-01-01'],
      ['2020-01-01', null],
    ]);
    expectContiguous(wordings);
    expect(wordings.every((w) => w.key === 'art-1')).toBe(true);
    // Each wording's facts: the first read from its text, every later one carried forward from the one it amended.
    // (the 2015 wording was amended from the 2012 one before the 2013 split).
    expect(wordings.map((w) => w.facts!.carriedForwardFrom)).toEqual([null, wordings[0].id, wordings[1].id, wordings[1].id, wordings[3].id]);
  });

  it('8 concurrent amendments of one wording from the same version: one is written, 7 are CONFLICT, 2 wordings remain', async () => {
    const { instrumentId, provisionId } = await law('race-same-date', { consentIrrelevant: true });
    const inputs = Array.from({ length: 8 }, (_, i) => ({ provisionId, version: 1, inForceFrom: '2016-05-01', text: `Fixture text, amender ${i}.` }));
    const { written, codes } = await concurrently(AMEND, inputs);
    expect(written).toHaveLength(1);
    expect(codes).toEqual(Array(7).fill('CONFLICT'));

    const wordings = (await history(instrumentId)).provisions;
    expect(wordings).toHaveLength(2);
    expectContiguous(wordings);
    expect(wordings[1].id).toBe(written[0].data!.amendProvision.id);
    expect(wordings[0]).toMatchObject({ id: provisionId, inForceTo: '2016-05-01', version: 2 });
    const factSets = await t.dataSource.query(`SELECT provision_id, carried_forward_from FROM legal_fact_set WHERE provision_id IN ('${wordings[0].id}', '${wordings[1].id}')`);
    expect(factSets).toHaveLength(2);
  });

  it('8 concurrent amendments at different dates from the same version: one is written, 7 are CONFLICT, 2 wordings remain', async () => {
    const { instrumentId, provisionId } = await law('race-dates');
    const dates = ['2011-02-01', '2012-03-01', '2013-04-01', '2014-05-01', '2015-06-01', '2016-07-01', '2017-08-01', '2018-09-01'];
    const { written, codes } = await concurrently(
      AMEND,
      dates.map((inForceFrom) => ({ provisionId, version: 1, inForceFrom, text: `Fixture text from ${inForceFrom}.` })),
    );
    expect(written).toHaveLength(1);
    expect(codes).toEqual(Array(7).fill('CONFLICT'));

    const wordings = (await history(instrumentId)).provisions;
    expect(wordings).toHaveLength(2);
    expectContiguous(wordings);
    expect(dates).toContain(wordings[1].inForceFrom);
    expect(wordings[0].inForceTo).toBe(wordings[1].inForceFrom);
  });

  it('refuses a date outside the wording, a stale version, an unknown wording and a REVIEWER, and changes nothing', async () => {
    const { instrumentId, provisionId } = await law('refusals');
    const amended = await amend({ provisionId, version: 1, inForceFrom: '2015-01-01', text: 'Fixture text, second wording.' });
    expect(amended.errors).toBeUndefined();
    const second = amended.data!.amendProvision;

    // On or before the wording's start, and (for the closed wording) on or after its end.
    const onStart = await expectRefused(AMEND, { provisionId: second.id, version: 1, inForceFrom: '2015-01-01' }, 'BAD_USER_INPUT', 'input.inForceFrom');
    expect(onStart.message).toMatch(/must be after/);
    await expectRefused(AMEND, { provisionId: second.id, version: 1, inForceFrom: '2014-12-31' }, 'BAD_USER_INPUT', 'input.inForceFrom');
    const afterEnd = await expectRefused(AMEND, { provisionId, version: 2, inForceFrom: '2015-01-01' }, 'BAD_USER_INPUT', 'input.inForceFrom');
    expect(afterEnd.message).toMatch(/must be before/);
    await expectRefused(AMEND, { provisionId, version: 2, inForceFrom: '2019-01-01' }, 'BAD_USER_INPUT', 'input.inForceFrom');
    // A MONTH date that is not the month's first day.
    await expectRefused(AMEND, { provisionId: second.id, version: 1, inForceFrom: '2018-06-15', inForceFromPrecision: 'MONTH' }, 'BAD_USER_INPUT', 'input.inForceFromPrecision');
    // Not a calendar date: refused by the Date scalar before anything runs.
    await expectRefused(AMEND, { provisionId: second.id, version: 1, inForceFrom: '2018-02-30' }, 'BAD_USER_INPUT', 'input.inForceFrom');
    // The version read before the first amendment closed it.
    const stale = await expectRefused(AMEND, { provisionId, version: 1, inForceFrom: '2012-01-01' }, 'CONFLICT');
    expect(stale.extensions).toMatchObject({ expectedVersion: 1, actualVersion: 2 });
    await expectRefused(AMEND, { provisionId: '00000000-0000-4000-8000-000000000000', version: 1, inForceFrom: '2012-01-01' }, 'BAD_USER_INPUT', 'input.provisionId');
    // A REVIEWER may assess and review, not edit legislation.
    await expectRefused(AMEND, { provisionId: second.id, version: 1, inForceFrom: '2020-01-01' }, 'FORBIDDEN', undefined, reviewer);
    await expectRefused(AMEND, { provisionId: second.id, version: 1, inForceFrom: '2020-01-01' }, 'UNAUTHENTICATED', undefined, {});

    const wordings = (await history(instrumentId)).provisions;
    expect(wordings.map((w) => [w.inForceFrom, w.inForceTo, w.version])).toEqual([
      [START, '2015-01-01', 2],
      ['2015-01-01', null, 1],
    ]);
  });

  it('carries the facts forward unconfirmed: they count in no score until confirmLegalFacts', async () => {
    const { provisionId } = await law('scored-law', { consentIrrelevant: true }, SCORED_STATE);
    const card = async (asOf?: string) => (await ok<{ scorecard: Card }>(CARD, { code: SCORED_STATE, asOf }, ADMIN)).scorecard;
    const pal6 = (c: Card) => c.criteria.find((k) => k.criterion.id === 'PAL-6')!;
    expect(pal6(await card())).toMatchObject({ status: 'MET', evidence: { provisions: [{ id: provisionId }] } });

    const amended = await amend({ provisionId, version: 1, inForceFrom: '2022-01-01', text: 'Fixture text, amended wording.' });
    expect(amended.errors).toBeUndefined();
    const wording = amended.data!.amendProvision;
    expect(wording.facts).toMatchObject({ carriedForwardFrom: provisionId, verified: false, version: 1, recordedByName: 'Elena (editor)', facts: { consentIrrelevant: true } });

    // Today the new wording is in force and its facts are a draft: PAL-6 is not assessed, and no provision is its evidence.
    expect(pal6(await card())).toEqual({ criterion: { id: 'PAL-6' }, status: 'NOT_ASSESSED', evidence: { provisions: [] } });
    // Before the amendment the old wording, read from its own text, still counts: up to the day before, not on the day (inForceTo is exclusive).
    expect(pal6(await card('2021-12-31'))).toMatchObject({ status: 'MET', evidence: { provisions: [{ id: provisionId }] } });
    expect(pal6(await card('2022-01-01'))).toMatchObject({ status: 'NOT_ASSESSED', evidence: { provisions: [] } });
    const inForce = async (asOf: string) =>
      (
        await ok<{ jurisdiction: { instruments: { provisions: { id: string }[] }[] } }>(
          'query($code: String!, $asOf: Date) { jurisdiction(code: $code) { instruments(asOf: $asOf) { provisions(asOf: $asOf) { id } } } }',
          { code: SCORED_STATE, asOf },
          ADMIN,
        )
      ).jurisdiction.instruments.flatMap((i) => i.provisions.map((p) => p.id));
    expect(await inForce('2021-12-31')).toEqual([provisionId]);
    expect(await inForce('2022-01-01')).toEqual([wording.id]);

    // Confirming needs the fact set's version, and EDIT_LEGISLATION.
    await expectRefused(CONFIRM, { provisionId: wording.id, version: 2, asOf: '2024-06-01' }, 'CONFLICT');
    await expectRefused(CONFIRM, { provisionId: wording.id, version: 1, asOf: '2024-06-01' }, 'FORBIDDEN', undefined, reviewer);
    // The original wording's facts were read from its text: nothing to confirm there.
    await expectRefused(CONFIRM, { provisionId, version: 1, asOf: '2024-06-01' }, 'BAD_USER_INPUT', 'input.provisionId');

    const confirmed = await ok<{ confirmLegalFacts: Record<string, unknown> }>(CONFIRM, { input: { provisionId: wording.id, version: 1, asOf: '2024-06-01' } }, ADMIN);
    expect(confirmed.confirmLegalFacts).toMatchObject({ provisionId: wording.id, version: 2, carriedForwardFrom: null, asOf: '2024-06-01', verified: false });
    expect(pal6(await card())).toMatchObject({ status: 'MET', evidence: { provisions: [{ id: wording.id }] } });
    await expectRefused(CONFIRM, { provisionId: wording.id, version: 2, asOf: '2024-06-01' }, 'BAD_USER_INPUT', 'input.provisionId');
  });

  it('puts the amendment in the audit trail: the wording closed, the wording opened and the facts carried', async () => {
    const { provisionId } = await law('audited-law', { consentIrrelevant: true });
    const amended = await amend({ provisionId, version: 1, inForceFrom: '2019-03-01', text: 'Fixture text, audited wording.' });
    expect(amended.errors).toBeUndefined();
    const opened = amended.data!.amendProvision.id;
    type Event = { operation: string; actorName: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null };
    const log = async (entity: string, id: string) =>
      (await ok<{ auditLog: Event[] }>('query($e: String!, $id: ID!) { auditLog(entity: $e, id: $id) { operation actorName before after } }', { e: entity, id }, reviewer)).auditLog;

    const closed = await log('Provision', provisionId);
    expect(closed.map((e) => e.operation)).toEqual(['upsertProvision', 'amendProvision']);
    expect(closed[1]).toMatchObject({ actorName: 'Elena (editor)', before: { inForceTo: null, version: 1 }, after: { inForceTo: '2019-03-01', version: 2 } });
    expect(await log('Provision', opened)).toEqual([
      { operation: 'amendProvision', actorName: 'Elena (editor)', before: null, after: expect.objectContaining({ id: opened, key: 'art-1', inForceFrom: '2019-03-01', inForceTo: null }) },
    ]);
    expect(await log('LegalFactSet', opened)).toEqual([
      { operation: 'amendProvision', actorName: 'Elena (editor)', before: null, after: expect.objectContaining({ provisionId: opened, carriedForwardFrom: provisionId, verifiedAt: null }) },
    ]);
  });

  it('amendInstrument splits the version in force contiguously; of a concurrent pair one is CONFLICT', async () => {
    const { instrumentId } = await law('amended-instrument');
    let version = 1;
    for (const [date, act] of [
      ['2014-05-01', 'Fixture Amendment Act 1 (test)'],
      ['2018-01-01', 'Fixture Amendment Act 2 (test)'],
      ['2012-01-01', 'Fixture Amendment Act 0 (test)'],
    ]) {
      const body = await ok<{ amendInstrument: { version: number } }>(AMEND_INSTRUMENT, { input: { instrumentId, version, inForceFrom: date, amendedBy: act } });
      expect(body.amendInstrument.version).toBe(version + 1);
      version = body.amendInstrument.version;
    }
    let read = await history(instrumentId);
    expect(read.versions).toEqual([
      { inForceFrom: START, inForceTo: '2012-01-01', amendedBy: null },
      { inForceFrom: '2012-01-01', inForceTo: '2014-05-01', amendedBy: 'Fixture Amendment Act 0 (test)' },
      { inForceFrom: '2014-05-01', inForceTo: '2018-01-01', amendedBy: 'Fixture Amendment Act 1 (test)' },
      { inForceFrom: '2018-01-01', inForceTo: null, amendedBy: 'Fixture Amendment Act 2 (test)' },
    ]);
    expectContiguous(read.versions);

    // Refused: before the first version, on a version's first day, a stale version; none changes anything.
    await expectRefused(AMEND_INSTRUMENT, { instrumentId, version, inForceFrom: '2009-06-01', amendedBy: 'Fixture Act (test)' }, 'BAD_USER_INPUT', 'input.inForceFrom');
    await expectRefused(AMEND_INSTRUMENT, { instrumentId, version, inForceFrom: '2014-05-01', amendedBy: 'Fixture Act (test)' }, 'BAD_USER_INPUT', 'input.inForceFrom');
    await expectRefused(AMEND_INSTRUMENT, { instrumentId, version: version - 1, inForceFrom: '2020-01-01', amendedBy: 'Fixture Act (test)' }, 'CONFLICT');
    await expectRefused(AMEND_INSTRUMENT, { instrumentId, version, inForceFrom: '2020-01-01', amendedBy: 'Fixture Act (test)' }, 'FORBIDDEN', undefined, reviewer);

    const { written, codes } = await concurrently(AMEND_INSTRUMENT, [
      { instrumentId, version, inForceFrom: '2020-01-01', amendedBy: 'Fixture Act A (test)' },
      { instrumentId, version, inForceFrom: '2022-01-01', amendedBy: 'Fixture Act B (test)' },
    ]);
    expect(written).toHaveLength(1);
    expect(codes).toEqual(['CONFLICT']);
    read = await history(instrumentId);
    expect(read.version).toBe(version + 1);
    expect(read.versions).toHaveLength(5);
    expectContiguous(read.versions);
    expect(['Fixture Act A (test)', 'Fixture Act B (test)']).toContain(read.versions[4].amendedBy);

    type Event = { operation: string; actorName: string; after: { versions: { inForceFrom: string }[] } };
    const log = (await ok<{ auditLog: Event[] }>('query($id: ID!) { auditLog(entity: "Instrument", id: $id) { operation actorName after } }', { id: instrumentId }, reviewer)).auditLog;
    expect(log.map((e) => [e.operation, e.actorName, e.after.versions.length])).toEqual([
      ['upsertInstrument', 'Elena (editor)', 1],
      ['amendInstrument', 'Elena (editor)', 2],
      ['amendInstrument', 'Elena (editor)', 3],
      ['amendInstrument', 'Elena (editor)', 4],
      ['amendInstrument', 'Elena (editor)', 5],
    ]);
  });
});
