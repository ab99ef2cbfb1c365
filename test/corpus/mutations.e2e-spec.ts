import { describeEachEngine } from '../support/each-engine';
import { snapshotTables } from '../support/table-snapshot';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';

const UPSERT_INSTRUMENT = `mutation($input: UpsertInstrumentInput!) { upsertInstrument(input: $input) { id key version versions { inForceFrom inForceTo } } }`;
const UPSERT_PROVISION = `mutation($input: UpsertProvisionInput!) { upsertProvision(input: $input) { id key citation version inForceFrom } }`;
const RECORD_FACTS = `mutation($input: RecordLegalFactsInput!) { recordLegalFacts(input: $input) { provisionId version asOf facts { acts penalties { offence imprisonmentMinYears imprisonmentMaxYears } } } }`;
const RECORD_ACTION = `mutation($input: RecordTreatyActionInput!) { recordTreatyAction(input: $input) { id type date datePrecision version } }`;
const UPSERT_JURISDICTION = `mutation($input: UpsertJurisdictionInput!) { upsertJurisdiction(input: $input) { code kind version parent { code } names { en es } } }`;

/** Placeholder test fixture, not a statement of any country's law. */
const instrumentInput = {
  jurisdiction: 'GT',
  key: 'test-fixture-code',
  kind: 'CODE',
  language: 'es',
  titleOriginal: 'Instrumento de prueba (fixture)',
  officialCitation: 'Test fixture, not real law',
  versions: [{ inForceFrom: '2009-01-01', inForceTo: '2012-01-01' }, { inForceFrom: '2012-01-01' }],
};

describeEachEngine('corpus mutations', (engine) => {
  let t: TestApp;
  let instrumentId: string;
  let provisionId: string;

  beforeAll(async () => {
    t = await startTestApp(engine);
    const created = await t.graphql<{ upsertInstrument: { id: string } }>(UPSERT_INSTRUMENT, { input: instrumentInput }, ADMIN);
    expect(created.errors).toBeUndefined();
    instrumentId = created.data!.upsertInstrument.id;
    const provision = await t.graphql<{ upsertProvision: { id: string } }>(
      UPSERT_PROVISION,
      { input: { instrumentId, key: 'art-1', citation: 'Art. 1', text: 'Fixture text.', inForceFrom: '2009-01-01' } },
      ADMIN,
    );
    expect(provision.errors).toBeUndefined();
    provisionId = provision.data!.upsertProvision.id;
  });
  afterAll(() => t.close());

  /** Runs a mutation expected to fail and proves that nothing in the database changed. */
  async function expectRefused(query: string, input: unknown, code: string, field?: string | RegExp, headers: Record<string, string> = ADMIN) {
    const before = await snapshotTables(t.dataSource);
    const body = await t.graphql(query, { input }, headers);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions?.code).toBe(code);
    if (field) {
      const named = String(body.errors![0].extensions?.field ?? body.errors![0].message);
      if (typeof field === 'string') expect(named).toBe(field);
      else expect(named).toMatch(field);
    }
    expect(await snapshotTables(t.dataSource)).toEqual(before);
    return body.errors![0];
  }

  it('records an instrument, its versions, a provision and its facts, each in the audit trail', async () => {
    const facts = await t.graphql<{ recordLegalFacts: { version: number; facts: { acts: string[] } } }>(
      RECORD_FACTS,
      {
        input: {
          provisionId,
          asOf: '2024-01-01',
          sourceCitation: 'Fixture',
          facts: { acts: ['RECRUITMENT', 'RECEIPT'], penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 2, imprisonmentMaxYears: 8 }] },
        },
      },
      ADMIN,
    );
    expect(facts.errors).toBeUndefined();
    expect(facts.data!.recordLegalFacts).toMatchObject({ version: 1, facts: { acts: ['RECRUITMENT', 'RECEIPT'] } });
    const read = await t.graphql<{
      jurisdiction: { instruments: { key: string; versions: { inForceFrom: string }[]; provisions: { citation: string; facts: { facts: { penalties: { imprisonmentMaxYears: number }[] } } }[] }[] };
    }>(`{
      jurisdiction(code: "GT") { instruments(asOf: "2010-06-01") { key versions(asOf: "2010-06-01") { inForceFrom } provisions(asOf: "2010-06-01") { citation facts { facts { penalties { imprisonmentMaxYears } } } } } }
    }`);
    // The shipped TIP baseline records Guatemala's 2009 law too (key tip.…); the fixture is the other instrument.
    expect(read.data!.jurisdiction.instruments.filter((i) => !i.key.startsWith('tip.'))).toEqual([
      { key: 'test-fixture-code', versions: [{ inForceFrom: '2009-01-01' }], provisions: [{ citation: 'Art. 1', facts: { facts: { penalties: [{ imprisonmentMaxYears: 8 }] } } }] },
    ]);
    const [admin] = await t.dataSource.query(`SELECT id FROM api_key WHERE kind = 'bootstrap'`);
    const audit = await t.dataSource.query(`SELECT operation, actor_id, actor_name FROM audit_event WHERE actor_id <> 'system:seed' ORDER BY occurred_at`);
    const by = { actor_id: admin.id, actor_name: 'administrator (LEXGAP_ADMIN_API_KEY)' };
    expect(audit).toEqual([
      { operation: 'upsertInstrument', ...by },
      { operation: 'upsertProvision', ...by },
      { operation: 'recordLegalFacts', ...by },
    ]);
  });

  it('refuses an unknown jurisdiction code, naming the field, and changes nothing', async () => {
    await expectRefused(UPSERT_INSTRUMENT, { ...instrumentInput, jurisdiction: 'XQ' }, 'BAD_USER_INPUT', 'input.jurisdiction');
    await expectRefused(UPSERT_JURISDICTION, { code: 'NOT-A-CODE', names: { en: 'x' }, source: 'test' }, 'BAD_USER_INPUT', 'input.code');
    await expectRefused(
      RECORD_ACTION,
      { jurisdiction: 'ZZZ', treaty: 'PALERMO', type: 'RATIFICATION', date: '2003-01-01', datePrecision: 'DAY', asOf: '2014-01-27', verified: true, sourceCitation: 'test' },
      'BAD_USER_INPUT',
      'input.jurisdiction',
    );
    await expectRefused(
      RECORD_ACTION,
      { jurisdiction: 'AR', treaty: 'KYOTO', type: 'RATIFICATION', date: '2003-01-01', datePrecision: 'DAY', asOf: '2014-01-27', verified: true, sourceCitation: 'test' },
      'BAD_USER_INPUT',
      'input.treaty',
    );
  });

  it('refuses inverted in-force dates', async () => {
    await expectRefused(UPSERT_PROVISION, { instrumentId, key: 'art-2', citation: 'Art. 2', text: 'x', inForceFrom: '2012-01-01', inForceTo: '2010-01-01' }, 'BAD_USER_INPUT', 'input.inForceTo');
    await expectRefused(UPSERT_INSTRUMENT, { ...instrumentInput, version: 1, versions: [{ inForceFrom: '2012-01-01', inForceTo: '2011-01-01' }] }, 'BAD_USER_INPUT', 'input.versions[0].inForceTo');
    await expectRefused(
      UPSERT_INSTRUMENT,
      { ...instrumentInput, version: 1, versions: [{ inForceFrom: '2009-01-01' }, { inForceFrom: '2012-01-01' }] },
      'BAD_USER_INPUT',
      'input.versions[1].inForceFrom',
    );
  });

  it('refuses a penalty whose minimum is above its maximum, and other malformed facts', async () => {
    const error = await expectRefused(
      RECORD_FACTS,
      { provisionId, version: 1, asOf: '2024-01-01', sourceCitation: 'Fixture', facts: { penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 10, imprisonmentMaxYears: 4 }] } },
      'BAD_USER_INPUT',
      'input.facts.penalties[0].imprisonmentMinYears',
    );
    expect(error.message).toContain('must not be above imprisonmentMaxYears');
    await expectRefused(
      RECORD_FACTS,
      { provisionId, version: 1, asOf: '2024-01-01', sourceCitation: 'Fixture', facts: { penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: -1 }] } },
      'BAD_USER_INPUT',
      'input.facts.penalties[0].imprisonmentMinYears',
    );
    await expectRefused(
      RECORD_FACTS,
      { provisionId, version: 1, asOf: '2024-01-01', sourceCitation: 'Fixture', facts: { acts: ['RECRUITMENT', 'RECRUITMENT'] } },
      'BAD_USER_INPUT',
      'input.facts.acts[1]',
    );
    // A value outside the enum is a coercion error: it names its field too, and the message the value.
    const notAnAct = await expectRefused(
      RECORD_FACTS,
      { provisionId, version: 1, asOf: '2024-01-01', sourceCitation: 'Fixture', facts: { acts: ['KIDNAPPING'] } },
      'BAD_USER_INPUT',
      'input.facts.acts[0]',
    );
    expect(notAnAct.message).toMatch(/KIDNAPPING/);
    await expectRefused(RECORD_FACTS, { provisionId, version: 1, asOf: '2024-01-01', facts: { acts: ['RECEIPT'] } }, 'BAD_USER_INPUT', 'input.sourceUrl');
  });

  it('refuses a date more precise than its precision says', async () => {
    const error = await expectRefused(
      RECORD_ACTION,
      { jurisdiction: 'BB', treaty: 'UNTOC', type: 'SIGNATURE', date: '2014-11-14', datePrecision: 'MONTH', asOf: '2014-11-14', verified: false, sourceCitation: 'test' },
      'BAD_USER_INPUT',
      'input.date',
    );
    expect(error.message).toContain('2014-11-01');
    await expectRefused(
      RECORD_ACTION,
      { jurisdiction: 'BB', treaty: 'UNTOC', type: 'SIGNATURE', date: '2014-02-01', datePrecision: 'YEAR', asOf: '2014-11-14', verified: false, sourceCitation: 'test' },
      'BAD_USER_INPUT',
      'input.date',
    );
  });

  it('refuses oversize text', async () => {
    await expectRefused(UPSERT_PROVISION, { instrumentId, key: 'art-3', citation: 'Art. 3', text: 'x'.repeat(100_001), inForceFrom: '2009-01-01' }, 'BAD_USER_INPUT', 'input.text');
    await expectRefused(UPSERT_JURISDICTION, { code: 'US-X9', names: { en: 'C'.repeat(201) }, source: 'test' }, 'BAD_USER_INPUT', 'input.names.en');
  });

  it('answers a stale version with CONFLICT and writes nothing', async () => {
    const first = await t.graphql<{ upsertInstrument: { version: number } }>(UPSERT_INSTRUMENT, { input: { ...instrumentInput, version: 1, titleEn: 'Test fixture' } }, ADMIN);
    expect(first.errors).toBeUndefined();
    expect(first.data!.upsertInstrument.version).toBe(2);
    const error = await expectRefused(UPSERT_INSTRUMENT, { ...instrumentInput, version: 1, titleEn: 'Lost update' }, 'CONFLICT');
    expect(error.message).toContain('you sent version 1, it is now 2');
    await expectRefused(UPSERT_PROVISION, { id: provisionId, version: 7, instrumentId, key: 'art-1', citation: 'Art. 1', text: 'Changed', inForceFrom: '2009-01-01' }, 'CONFLICT');
  });

  it('refuses anonymous writes and bad credentials', async () => {
    await expectRefused(UPSERT_INSTRUMENT, { ...instrumentInput, key: 'anon' }, 'UNAUTHENTICATED', undefined, {});
    await expectRefused(UPSERT_INSTRUMENT, { ...instrumentInput, key: 'anon' }, 'UNAUTHENTICATED', undefined, { authorization: 'Bearer wrong-key' });
  });

  it('records sub-national jurisdictions under their country', async () => {
    const created = await t.graphql<{ upsertJurisdiction: { code: string; kind: string; version: number; parent: { code: string } } }>(
      UPSERT_JURISDICTION,
      // A fictional unit (ISO assigns no MX code with a digit): the shipped ISO 3166-2 subdivisions are seeded.
      { input: { code: 'mx-x1', names: { en: 'Test unit X1', es: 'Unidad de prueba X1' }, source: 'test fixture' } },
      ADMIN,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.upsertJurisdiction).toMatchObject({ code: 'MX-X1', kind: 'SUBDIVISION', version: 1, parent: { code: 'MX' } });
    const mx = await t.graphql<{ jurisdiction: { subdivisions: { code: string }[] } }>('{ jurisdiction(code: "MEX") { subdivisions { code } } }');
    expect(mx.data!.jurisdiction.subdivisions).toContainEqual({ code: 'MX-X1' });
    await expectRefused(UPSERT_JURISDICTION, { code: 'XQ-AB', names: { en: 'Nowhere' }, source: 'test' }, 'BAD_USER_INPUT', 'input.code');
    await expectRefused(UPSERT_JURISDICTION, { code: 'MX-X1', names: { en: 'Test unit X1' }, source: 'test' }, 'BAD_USER_INPUT', 'input.version');
  });

  it('records and corrects a treaty action, changing the status it implies', async () => {
    const recorded = await t.graphql<{ recordTreatyAction: { id: string; version: number } }>(
      RECORD_ACTION,
      {
        input: {
          jurisdiction: 'GY',
          treaty: 'ILO-P029',
          type: 'RATIFICATION',
          date: '2020-01-01',
          datePrecision: 'YEAR',
          asOf: '2024-01-01',
          verified: false,
          sourceCitation: 'Test fixture, not a real ratification',
        },
      },
      ADMIN,
    );
    expect(recorded.errors).toBeUndefined();
    const { id } = recorded.data!.recordTreatyAction;
    const status = await t.graphql<{ jurisdiction: { treatyStatus: { status: string; datePrecision: string } } }>(
      '{ jurisdiction(code: "GY") { treatyStatus(treaty: "ILO-P029") { status datePrecision } } }',
    );
    expect(status.data!.jurisdiction.treatyStatus).toEqual({ status: 'PARTY', datePrecision: 'YEAR' });
    const correction = {
      id,
      version: 1,
      jurisdiction: 'GY',
      treaty: 'ILO-P029',
      type: 'RATIFICATION',
      date: '2020-01-01',
      datePrecision: 'YEAR',
      asOf: '2024-01-01',
      verified: false,
      sourceCitation: 'Test fixture',
    };
    // ILO conventions and protocols are ratified, never signed: a SIGNATURE of one is refused on its field.
    const signature = await expectRefused(RECORD_ACTION, { ...correction, type: 'SIGNATURE' }, 'BAD_USER_INPUT', 'input.type');
    expect(signature.message).toMatch(/SIGNATURE is not an act under ILO-P029.*ratified/);
    const corrected = await t.graphql<{ recordTreatyAction: { type: string; date: string; version: number } }>(RECORD_ACTION, { input: { ...correction, date: '2019-01-01' } }, ADMIN);
    expect(corrected.data!.recordTreatyAction).toMatchObject({ id, type: 'RATIFICATION', date: '2019-01-01', version: 2 });
    const trail = await t.dataSource.query(`SELECT before, after FROM audit_event WHERE entity_id = '${id}' ORDER BY occurred_at`);
    expect(trail).toHaveLength(2);
  });
});
