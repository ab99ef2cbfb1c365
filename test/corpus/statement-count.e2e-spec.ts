import { describeEachEngine } from '../support/each-engine';
import { StatementCounter } from '../support/statement-counter';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';

const NESTED = `query($first: Int) {
  jurisdictions(region: "OAS", first: $first) {
    totalCount
    edges { node {
      code name(lang: "es") groups
      treatyStatus(treaty: "PALERMO", asOf: "2010-01-01") { status since }
      treatyActions { type date sourceUrl }
      treatyObservations { status observedOn }
      instruments { key versions { inForceFrom } provisions { citation facts { asOf facts { acts } } } }
    } }
  }
}`;

describeEachEngine('DataLoaders bound the SQL statements of a nested query', (engine) => {
  const counter = new StatementCounter();
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(engine, {}, counter);
    // Test fixtures (not real law): an instrument with two provisions and facts in five OAS states.
    for (const code of ['AR', 'BR', 'GT', 'HT', 'US']) {
      const instrument = await t.graphql<{ upsertInstrument: { id: string } }>(
        'mutation($input: UpsertInstrumentInput!) { upsertInstrument(input: $input) { id } }',
        { input: { jurisdiction: code, key: 'fixture', kind: 'LAW', language: 'en', titleOriginal: 'Fixture', officialCitation: 'Test fixture', versions: [{ inForceFrom: '2005-01-01' }] } },
        ADMIN,
      );
      for (const article of ['art-1', 'art-2']) {
        const provision = await t.graphql<{ upsertProvision: { id: string } }>(
          'mutation($input: UpsertProvisionInput!) { upsertProvision(input: $input) { id } }',
          { input: { instrumentId: instrument.data!.upsertInstrument.id, key: article, citation: article, text: 'Fixture.', inForceFrom: '2005-01-01' } },
          ADMIN,
        );
        await t.graphql(
          'mutation($input: RecordLegalFactsInput!) { recordLegalFacts(input: $input) { version } }',
          {
            input: { provisionId: provision.data!.upsertProvision.id, asOf: '2024-01-01', sourceCitation: 'Fixture', facts: { acts: ['RECRUITMENT'] } },
          },
          ADMIN,
        );
      }
    }
  });
  afterAll(() => t.close());

  async function statementsFor(first: number): Promise<{ count: number; jurisdictions: number }> {
    counter.reset();
    const body = await t.graphql<{ jurisdictions: { edges: { node: { code: string; instruments: { provisions: { facts: { facts: { acts: string[] } } }[] }[] } }[] } }>(NESTED, { first });
    expect(body.errors).toBeUndefined();
    const ar = body.data!.jurisdictions.edges.find((e) => e.node.code === 'AR');
    expect(ar?.node.instruments[0].provisions.map((p) => p.facts.facts.acts)).toEqual([['RECRUITMENT'], ['RECRUITMENT']]);
    return { count: counter.dataStatements.length, jurisdictions: body.data!.jurisdictions.edges.length };
  }

  it('issues the same small number of statements for 5 or all 35 OAS states', async () => {
    const few = await statementsFor(5);
    const all = await statementsFor(35);
    expect(few.jurisdictions).toBe(5);
    expect(all.jurisdictions).toBe(35);
    // 3 for the page (region, count, rows) + 1 per loader (memberships, catalogue, actions,
    // observations, instruments, versions, provisions, facts), whatever the number of rows.
    expect(all.count).toBe(few.count);
    expect(all.count).toBeLessThanOrEqual(11);
    expect(all.count).toBeGreaterThanOrEqual(10); // the nested levels were really loaded
  });
});
