import { describeEachEngine } from '../support/each-engine';
import { recordFixtureLaw } from '../support/fixture-law';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';

type Criterion = {
  criterion: { id: string };
  status: string;
  score: number | null;
  evidence: { provisions: { citation: string; level: string; jurisdictionCode: string }[]; treatyActions: { jurisdictionCode: string }[] };
};
type Card = { score: number | null; coverage: number; band: string | null; nationalLaw: { code: string } | null; criteria: Criterion[] };
const CARD = `score coverage band nationalLaw { code }
  criteria { criterion { id } status score evidence { provisions { citation level jurisdictionCode } treatyActions { jurisdictionCode } } }`;

/**
 * Layered law through the API: a fictional federation XF (a user-assigned ISO code, test fixture,
 * not real law) with national law and two states, XF-N1 with no law of its own and XF-S1 with a
 * stricter state law; and the shipped United States and California.
 */
describeEachEngine('layered law: sub-national units count national law and treaty status', (engine) => {
  let t: TestApp;
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const body = await t.graphql<T>(query, variables, ADMIN);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  const card = async (code: string, asOf = '2024-06-01') => (await gql<{ scorecard: Card }>(`{ scorecard(jurisdiction: "${code}", asOf: "${asOf}") { ${CARD} } }`)).scorecard;
  const criterion = (c: Card, id: string) => c.criteria.find((k) => k.criterion.id === id)!;
  const statuses = (c: Card) => c.criteria.map((k) => [k.criterion.id, k.status, k.score]);
  const upsert = (code: string, en: string) =>
    gql('mutation($input: UpsertJurisdictionInput!) { upsertJurisdiction(input: $input) { code } }', { input: { code, names: { en }, source: 'test fixture' } });

  beforeAll(async () => {
    t = await startTestApp(engine);
    await upsert('XF', 'Fixture Federation (test)');
    await upsert('XF-N1', 'Fixture North (test)');
    await upsert('XF-S1', 'Fixture South (test)');
    await gql('mutation($input: RecordTreatyActionInput!) { recordTreatyAction(input: $input) { id } }', {
      input: { jurisdiction: 'XF', treaty: 'PALERMO', type: 'RATIFICATION', date: '2005-01-01', datePrecision: 'DAY', asOf: '2024-01-01', verified: false, sourceCitation: 'test fixture' },
    });
    // National: two of the eight Palermo means, no liability of legal persons.
    await recordFixtureLaw(t, {
      jurisdiction: 'XF',
      key: 'national-code',
      kind: 'CODE',
      inForceFrom: '2010-01-01',
      factsAsOf: '2024-01-01',
      sourceCitation: 'test fixture',
      facts: { means: ['THREAT', 'FORCE'], legalPersonLiability: false, penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 5, imprisonmentMaxYears: 15 }] },
    });
    // XF-S1's own law: two more means and legal persons liable.
    await recordFixtureLaw(t, {
      jurisdiction: 'XF-S1',
      key: 'state-code',
      kind: 'CODE',
      inForceFrom: '2015-01-01',
      factsAsOf: '2024-01-01',
      sourceCitation: 'test fixture',
      facts: { means: ['FRAUD', 'DECEPTION'], legalPersonLiability: true },
    });
  });
  afterAll(() => t.close());

  it("scores US-CA's PAL-1 MET from the United States' party status", async () => {
    const ca = await card('US-CA');
    expect(ca.nationalLaw).toEqual({ code: 'US' });
    expect(criterion(ca, 'PAL-1').status).toBe('MET');
    expect(criterion(ca, 'PAL-1').evidence.treatyActions.map((a) => a.jurisdictionCode)).toContain('US');
    expect(statuses(ca)).toEqual(statuses(await card('US')));
  });

  it('counts the national facts in both units; only the stricter unit rises', async () => {
    const [country, north, south] = [await card('XF'), await card('XF-N1'), await card('XF-S1')];
    expect(country.nationalLaw).toBeNull();
    expect(statuses(north)).toEqual(statuses(country));
    // PAL-4: 2/8 nationally and in XF-N1; the union of both levels in XF-S1, 4/8.
    expect([criterion(north, 'PAL-4').score, criterion(south, 'PAL-4').score]).toEqual([0.25, 0.5]);
    expect(
      criterion(south, 'PAL-4')
        .evidence.provisions.map((p) => [p.level, p.jurisdictionCode])
        .sort(),
    ).toEqual([
      ['NATIONAL', 'XF'],
      ['SUBNATIONAL', 'XF-S1'],
    ]);
    expect([criterion(north, 'PEN-6').status, criterion(south, 'PEN-6').status]).toEqual(['UNMET', 'MET']);
    expect(criterion(south, 'PEN-2').evidence.provisions).toEqual([{ citation: 'Art. 1', level: 'NATIONAL', jurisdictionCode: 'XF' }]);
    expect(south.score!).toBeGreaterThan(north.score!);
  });

  it('ranks a country’s units with rankings(region: country), honestly: too little is assessed to rank them', async () => {
    type Node = { jurisdiction: { code: string }; rank: number | null; unrankedReason: string | null; score: number };
    const body = await gql<{ rankings: { totalCount: number; edges: { node: Node }[] } }>(
      '{ rankings(region: "XF", asOf: "2024-06-01") { totalCount edges { node { jurisdiction { code } rank unrankedReason score } } } }',
    );
    expect(body.rankings.totalCount).toBe(2);
    const [north, south] = [...body.rankings.edges.map((e) => e.node)].sort((a, b) => a.jurisdiction.code.localeCompare(b.jurisdiction.code));
    expect([north.jurisdiction.code, south.jurisdiction.code]).toEqual(['XF-N1', 'XF-S1']);
    expect([north.rank, north.unrankedReason, south.rank, south.unrankedReason]).toEqual([null, 'INSUFFICIENT_COVERAGE', null, 'INSUFFICIENT_COVERAGE']);
    expect(south.score).toBeGreaterThan(north.score);
    const refused = await t.graphql('{ rankings(region: "XF-N1") { totalCount } }');
    expect(refused.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'region' } });
  });

  it('recomputes both units when national law changes (the stored scorecards are not served again)', async () => {
    const before = [await card('XF-N1'), await card('XF-S1')];
    // Stored now: the same as-of date would be served from the store without the invalidation.
    await recordFixtureLaw(t, {
      jurisdiction: 'XF',
      key: 'national-amendment',
      kind: 'LAW',
      inForceFrom: '2020-01-01',
      factsAsOf: '2024-01-01',
      sourceCitation: 'test fixture',
      facts: { means: ['OTHER_COERCION', 'ABDUCTION', 'FRAUD', 'DECEPTION', 'ABUSE_OF_POWER_OR_VULNERABILITY', 'PAYMENTS_TO_PERSON_IN_CONTROL'], legalPersonLiability: true },
    });
    const after = [await card('XF-N1'), await card('XF-S1')];
    expect(before.map((c) => criterion(c, 'PAL-4').score)).toEqual([0.25, 0.5]);
    expect(after.map((c) => criterion(c, 'PAL-4').score)).toEqual([1, 1]);
    expect(after.map((c) => criterion(c, 'PEN-6').status)).toEqual(['MET', 'MET']);
    expect(statuses(after[0])).toEqual(statuses(await card('XF')));
  });

  it('scores a unit of a national-code-only country exactly as its country', async () => {
    await upsert('XN', 'Fixture Unitary Code (test)');
    await upsert('XN-A1', 'Fixture Province (test)');
    await recordFixtureLaw(t, {
      jurisdiction: 'XN',
      key: 'penal-code',
      kind: 'CODE',
      inForceFrom: '2012-01-01',
      factsAsOf: '2024-01-01',
      sourceCitation: 'test fixture',
      facts: { acts: ['RECRUITMENT', 'TRANSPORTATION'], consentIrrelevant: true, penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 3, imprisonmentMaxYears: 8 }] },
    });
    const read = await gql<{ jurisdiction: { version: number } }>('{ jurisdiction(code: "XN") { version } }');
    const recorded = await gql<{ recordCriminalLawDivision: { criminalLaw: { division: string; source: string; asOf: string } } }>(
      'mutation($input: RecordCriminalLawDivisionInput!) { recordCriminalLawDivision(input: $input) { criminalLaw { division source asOf } } }',
      { input: { country: 'XN', division: 'NATIONAL', source: 'test fixture: constitution, art. 1', asOf: '2024-01-01', version: read.jurisdiction.version } },
    );
    expect(recorded.recordCriminalLawDivision.criminalLaw).toEqual({ division: 'NATIONAL', source: 'test fixture: constitution, art. 1', asOf: '2024-01-01' });
    const [country, unit] = [await card('XN'), await card('XN-A1')];
    expect([unit.score, unit.coverage, unit.band]).toEqual([country.score, country.coverage, country.band]);
    expect(statuses(unit)).toEqual(statuses(country));
    const audit = await t.dataSource.query(`SELECT operation FROM audit_event WHERE entity_id = 'XN' AND operation = 'recordCriminalLawDivision'`);
    expect(audit).toHaveLength(1);
  });

  it('refuses treaty records for a unit and a division for a unit or a stale version, changing nothing', async () => {
    const treaty = await t.graphql(
      'mutation($input: RecordTreatyActionInput!) { recordTreatyAction(input: $input) { id } }',
      { input: { jurisdiction: 'XF-N1', treaty: 'PALERMO', type: 'RATIFICATION', date: '2005-01-01', datePrecision: 'DAY', asOf: '2024-01-01', verified: false, sourceCitation: 'test fixture' } },
      ADMIN,
    );
    expect(treaty.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.jurisdiction' }, message: expect.stringContaining('record it under XF') });
    const MUTATION = 'mutation($input: RecordCriminalLawDivisionInput!) { recordCriminalLawDivision(input: $input) { code } }';
    const unit = await t.graphql(MUTATION, { input: { country: 'XF-N1', division: 'NATIONAL', source: 'test fixture', asOf: '2024-01-01', version: 1 } }, ADMIN);
    expect(unit.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.country' } });
    const stale = await t.graphql(MUTATION, { input: { country: 'XF', division: 'NATIONAL', source: 'test fixture', asOf: '2024-01-01', version: 999 } }, ADMIN);
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    expect((await gql<{ jurisdiction: { criminalLaw: unknown } }>('{ jurisdiction(code: "XF") { criminalLaw { division } } }')).jurisdiction.criminalLaw).toBeNull();
    const anonymous = await t.graphql(MUTATION, { input: { country: 'XF', division: 'NATIONAL', source: 'test fixture', asOf: '2024-01-01', version: 1 } });
    expect(anonymous.errors![0].extensions!.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });
});
