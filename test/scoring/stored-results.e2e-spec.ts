import { JurisdictionService } from '@lexgap/jurisdictions';
import { RubricService } from '@lexgap/rubric';
import { ScorecardService } from '@lexgap/scoring';
import { describeEachEngine } from '../support/each-engine';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';

describeEachEngine('stored scorecards', (engine) => {
  let t: TestApp;
  let scorecards: ScorecardService;
  beforeAll(async () => {
    t = await startTestApp(engine);
    scorecards = t.app.get(ScorecardService);
  });
  afterAll(() => t.close());

  const mutate = async (query: string, input: unknown) => {
    const body = await t.graphql<Record<string, { id: string; version: number }>>(query, { input }, ADMIN);
    expect(body.errors).toBeUndefined();
    return Object.values(body.data!)[0];
  };

  /** The stored scorecard (as reads serve it) next to one computed from scratch. */
  async function storedAndFresh(code: string, asOf: string) {
    const stored = await scorecards.scorecard(code, null, null, asOf);
    const jurisdiction = (await t.app.get(JurisdictionService).findByCode(code))!;
    const rubric = await t.app.get(RubricService).resolve(null);
    const fresh = (await scorecards.compute([jurisdiction], rubric, asOf)).get(code)!;
    return { stored, fresh };
  }

  it('serves reads from the store until evidence changes, and always equals a fresh computation', async () => {
    const asOf = '2025-06-30';
    let { stored, fresh } = await storedAndFresh('GT', asOf);
    expect(stored.fromStore).toBe(false); // first read computes and stores
    expect(stored.result).toEqual(fresh);
    ({ stored } = await storedAndFresh('GT', asOf));
    expect(stored.fromStore).toBe(true); // second read does not recompute

    // A series of edits (test fixtures, not real law): each must invalidate the stored scorecard.
    const instrument = await mutate('mutation($input: UpsertInstrumentInput!) { upsertInstrument(input: $input) { id version } }', {
      jurisdiction: 'GT',
      key: 'fixture',
      kind: 'LAW',
      language: 'es',
      titleOriginal: 'Fixture',
      officialCitation: 'test fixture',
      versions: [{ inForceFrom: '2009-01-01' }],
    });
    const provision = await mutate('mutation($input: UpsertProvisionInput!) { upsertProvision(input: $input) { id version } }', {
      instrumentId: instrument.id,
      key: 'art-1',
      citation: 'Art. 1',
      text: 'Fixture.',
      inForceFrom: '2009-01-01',
    });
    const edits: [string, unknown][] = [
      [
        'mutation($input: RecordLegalFactsInput!) { recordLegalFacts(input: $input) { version } }',
        { provisionId: provision.id, asOf, sourceCitation: 'fixture', facts: { acts: ['RECRUITMENT'], consentIrrelevant: true } },
      ],
      [
        'mutation($input: RecordLegalFactsInput!) { recordLegalFacts(input: $input) { version } }',
        {
          provisionId: provision.id,
          version: 1,
          asOf,
          sourceCitation: 'fixture',
          facts: { acts: ['RECRUITMENT', 'RECEIPT'], borderCrossingRequired: false, penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 8, imprisonmentMaxYears: 18 }] },
        },
      ],
      [
        'mutation($input: RecordTreatyActionInput!) { recordTreatyAction(input: $input) { id version } }',
        { jurisdiction: 'GT', treaty: 'ILO-P029', type: 'RATIFICATION', date: '2020-01-01', datePrecision: 'YEAR', asOf, verified: false, sourceCitation: 'fixture' },
      ],
      [
        'mutation($input: UpsertProvisionInput!) { upsertProvision(input: $input) { id version } }',
        { id: provision.id, version: 1, instrumentId: instrument.id, key: 'art-1', citation: 'Art. 1', text: 'Fixture, repealed.', inForceFrom: '2009-01-01', inForceTo: '2025-01-01' },
      ],
    ];
    const seen = new Set<string>();
    for (const [query, input] of edits) {
      await mutate(query, input);
      ({ stored, fresh } = await storedAndFresh('GT', asOf));
      expect(stored.fromStore).toBe(false);
      expect(stored.result).toEqual(fresh);
      seen.add(JSON.stringify(fresh.score));
      ({ stored } = await storedAndFresh('GT', asOf));
      expect(stored.fromStore).toBe(true);
      expect(stored.result).toEqual(fresh);
    }
    expect(seen.size).toBeGreaterThan(2); // the edits really moved the score
  });
});
