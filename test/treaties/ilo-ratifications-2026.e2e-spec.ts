import { seedReferenceData } from '@lexgap/composition';
import { ILO_RATIFICATIONS_2026, IloRatifications2026ReferenceData, TreatyActionEntity, TreatyStatusObservationEntity } from '@lexgap/treaties';
import { describeEachEngine } from '../support/each-engine';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';

const ILO = ['ILO-C029', 'ILO-P029', 'ILO-C105', 'ILO-C138', 'ILO-C182', 'ILO-C189'] as const;

/**
 * Per ILO instrument, today: the OAS states with a status (party / not party) and those whose
 * party status has an exact (DAY) date — reference-data/SOURCES.md, "ILO ratifications added in 2026".
 */
const COVERAGE: Record<(typeof ILO)[number], { withStatus: number; party: number; notParty: number; dayDates: number }> = {
  'ILO-C029': { withStatus: 31, party: 30, notParty: 1, dayDates: 7 },
  'ILO-P029': { withStatus: 15, party: 10, notParty: 5, dayDates: 9 },
  'ILO-C105': { withStatus: 21, party: 21, notParty: 0, dayDates: 11 },
  'ILO-C138': { withStatus: 35, party: 33, notParty: 2, dayDates: 15 },
  'ILO-C182': { withStatus: 35, party: 35, notParty: 0, dayDates: 11 },
  'ILO-C189': { withStatus: 18, party: 17, notParty: 1, dayDates: 17 },
};

const STATUSES = `{ jurisdictions(region: "OAS", first: 50) { totalCount edges { node { code ${ILO.map((t, i) => `s${i}: treatyStatus(treaty: "${t}") { status since datePrecision }`).join(' ')} } } } }`;
type Status = { status: string; since: string | null; datePrecision: string | null };

const RECORD_ACTION = `mutation($input: RecordTreatyActionInput!) { recordTreatyAction(input: $input) { id version note } }`;
const SCORECARD = `query($code: String!) { scorecard(jurisdiction: $code) { computedAt criteria { criterion { id } status } } }`;

/** A date column as the driver returns it (a string, or a Date on some drivers for raw queries). */
const day = (value: string | Date) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10));

describeEachEngine('the ILO ratifications added in 2026', (engine) => {
  let t: TestApp;
  /** Every treaty action and observation of the freshly seeded database, without ids and timestamps. */
  let fresh: Awaited<ReturnType<typeof treatyRows>>;

  beforeAll(async () => {
    t = await startTestApp(engine);
    fresh = await treatyRows(t);
  });
  afterAll(() => t.close());

  async function statuses(): Promise<Map<string, Status[]>> {
    const body = await t.graphql<{ jurisdictions: { totalCount: number; edges: { node: Record<string, Status> & { code: string } }[] } }>(STATUSES);
    expect(body.errors).toBeUndefined();
    expect(body.data!.jurisdictions.totalCount).toBe(35);
    return new Map(body.data!.jurisdictions.edges.map(({ node }) => [node.code as string, ILO.map((_, i) => node[`s${i}`])]));
  }

  it('a fresh database: the `treaties` set brings every row, so the 2026 set has nothing to add', async () => {
    const [run] = await t.dataSource.query(`SELECT records FROM seed_run WHERE name = 'ilo-ratifications-2026'`);
    expect(Number(run.records)).toBe(0);
    expect(fresh.actions.filter((a) => ILO_RATIFICATIONS_2026.actions.includes(keyOfAction(a) as never))).toHaveLength(ILO_RATIFICATIONS_2026.actions.length);
    expect(fresh.observations.filter((o) => ILO_RATIFICATIONS_2026.observations.includes(keyOfObservation(o) as never))).toHaveLength(ILO_RATIFICATIONS_2026.observations.length);
  });

  it('gives each ILO instrument its number of OAS states with a status, and with an exact date', async () => {
    const byState = await statuses();
    const counted = Object.fromEntries(
      ILO.map((treaty, i) => {
        const of = [...byState.values()].map((s) => s[i]);
        return [
          treaty,
          {
            withStatus: of.filter((s) => s.status !== 'UNKNOWN').length,
            party: of.filter((s) => s.status === 'PARTY').length,
            notParty: of.filter((s) => s.status === 'NOT_PARTY').length,
            dayDates: of.filter((s) => s.status === 'PARTY' && s.datePrecision === 'DAY').length,
          },
        ];
      }),
    );
    expect(counted).toEqual(COVERAGE);
  });

  it("dates Antigua and Barbuda's P029 ratification 2021-07-28, to the day", async () => {
    const ag = (await statuses()).get('AG')![ILO.indexOf('ILO-P029')];
    expect(ag).toEqual({ status: 'PARTY', since: '2021-07-28', datePrecision: 'DAY' });
  });

  it('records no ILO SIGNATURE and nothing under an ILO instrument before it was adopted', async () => {
    const treaties: { code: string; adopted_on: string | Date }[] = await t.dataSource.query(`SELECT code, adopted_on FROM "treaty"`);
    const adopted = new Map(treaties.map((r) => [r.code, day(r.adopted_on)]));
    const ilo = (r: { treatyCode: string }) => r.treatyCode.startsWith('ILO-');
    expect(fresh.actions.filter(ilo).filter((a) => a.type === 'SIGNATURE')).toEqual([]);
    const cut = { DAY: 10, MONTH: 7, YEAR: 4 } as const;
    expect(fresh.actions.filter(ilo).filter((a) => a.date.slice(0, cut[a.datePrecision as keyof typeof cut]) < adopted.get(a.treatyCode)!.slice(0, cut[a.datePrecision as keyof typeof cut]))).toEqual(
      [],
    );
    expect(fresh.observations.filter(ilo).filter((o) => o.observedOn < adopted.get(o.treatyCode)!)).toEqual([]);
  });

  it('a database seeded before them gets them from `seed`, audited and with its stored scorecards refreshed, and ends like a fresh one; seeding again adds nothing', async () => {
    await forgetThe2026Rows(t);
    const before = await scorecard(t, 'US');
    expect(before.criteria.find((c) => c.criterion.id === 'ILO-1')!.status).toBe('NOT_ASSESSED'); // C029: nothing recorded for the US before
    const audited = await seedAudits(t);

    const outcomes = await seedReferenceData(t.app);
    expect(outcomes).toContainEqual({ name: 'ilo-ratifications-2026', status: 'loaded', records: 96 });
    expect(outcomes.filter((o) => o.status === 'loaded')).toHaveLength(1);
    expect(await seedAudits(t)).toBe(audited + 96);
    const after = await scorecard(t, 'US');
    expect(Date.parse(after.computedAt)).toBeGreaterThan(Date.parse(before.computedAt));
    expect(after.criteria.find((c) => c.criterion.id === 'ILO-1')!.status).not.toBe('NOT_ASSESSED');
    expect(await treatyRows(t)).toEqual(fresh);

    expect(await seedReferenceData(t.app)).toContainEqual({ name: 'ilo-ratifications-2026', status: 'present', records: 0 });
    const set = t.app.get(IloRatifications2026ReferenceData, { strict: false });
    expect(await t.dataSource.transaction((manager) => set.load(manager))).toBe(0);
    expect(await seedAudits(t)).toBe(audited + 96);
    expect(await treatyRows(t)).toEqual(fresh);
  });

  it("leaves what experts recorded or edited as it is: no second consent beside an expert's, no change to an edited record", async () => {
    await forgetThe2026Rows(t);
    // An expert corrected a record shipped before (Argentina's C029 ratification) ...
    const [ar] = await t.dataSource.getRepository(TreatyActionEntity).find({ where: { jurisdictionCode: 'AR', treatyCode: 'ILO-C029' } });
    const edited = await t.graphql<{ recordTreatyAction: { id: string; version: number; note: string } }>(
      RECORD_ACTION,
      {
        input: {
          id: ar.id,
          version: ar.version,
          jurisdiction: 'AR',
          treaty: 'ILO-C029',
          type: 'RATIFICATION',
          date: ar.date,
          datePrecision: ar.datePrecision,
          asOf: ar.asOf,
          verified: true,
          sourceUrl: ar.sourceUrl,
          sourceCitation: ar.sourceCitation,
          note: 'Test fixture: an expert edit.',
        },
      },
      ADMIN,
    );
    expect(edited.errors).toBeUndefined();
    // ... and recorded Belize's C138 ratification from another source, to the year only.
    const recorded = await t.graphql(
      RECORD_ACTION,
      {
        input: {
          jurisdiction: 'BZ',
          treaty: 'ILO-C138',
          type: 'RATIFICATION',
          date: '2000-01-01',
          datePrecision: 'YEAR',
          asOf: '2024-01-01',
          verified: false,
          sourceCitation: 'Test fixture, an expert record',
        },
      },
      ADMIN,
    );
    expect(recorded.errors).toBeUndefined();
    const arBefore = await t.dataSource.getRepository(TreatyActionEntity).findOneByOrFail({ id: ar.id });

    expect(await seedReferenceData(t.app)).toContainEqual({ name: 'ilo-ratifications-2026', status: 'loaded', records: 95 });
    const bz = await t.dataSource.getRepository(TreatyActionEntity).find({ where: { jurisdictionCode: 'BZ', treatyCode: 'ILO-C138' } });
    expect(bz.map((a) => [a.date, a.datePrecision, a.sourceCitation])).toEqual([['2000-01-01', 'YEAR', 'Test fixture, an expert record']]);
    expect(await t.dataSource.getRepository(TreatyActionEntity).findOneByOrFail({ id: ar.id })).toEqual(arBefore);
    expect(arBefore).toMatchObject({ version: 2, note: 'Test fixture: an expert edit.' });
    const rows = await treatyRows(t);
    const skipped = 'BZ|ILO-C138|RATIFICATION|2000-03-06';
    expect(rows.actions.map(keyOfAction).filter((k) => ILO_RATIFICATIONS_2026.actions.includes(k as never))).toEqual(ILO_RATIFICATIONS_2026.actions.filter((k) => k !== skipped));
    expect(rows.observations.map(keyOfObservation).filter((k) => ILO_RATIFICATIONS_2026.observations.includes(k as never))).toEqual([...ILO_RATIFICATIONS_2026.observations]);
  });
});

/** What a database seeded before the 2026 rows holds: the same records without them, and no `ilo-ratifications-2026` run. */
async function forgetThe2026Rows(t: TestApp): Promise<void> {
  await t.dataSource.transaction(async (manager) => {
    for (const key of ILO_RATIFICATIONS_2026.actions) {
      const [jurisdictionCode, treatyCode, type, date] = key.split('|');
      await manager.delete(TreatyActionEntity, { jurisdictionCode, treatyCode, type, date });
    }
    for (const key of ILO_RATIFICATIONS_2026.observations) {
      const [jurisdictionCode, treatyCode, observedOn, status] = key.split('|');
      await manager.delete(TreatyStatusObservationEntity, { jurisdictionCode, treatyCode, observedOn, status });
    }
    await manager.query(`DELETE FROM seed_run WHERE name = 'ilo-ratifications-2026'`);
  });
}

/** The treaty records, as a seed writes them (ids and timestamps left out), in natural-key order. */
async function treatyRows(t: TestApp) {
  const actions = (await t.dataSource.getRepository(TreatyActionEntity).find()).map(({ id: _id, createdAt: _c, updatedAt: _u, ...a }) => ({ ...a, date: day(a.date), asOf: day(a.asOf) }));
  const observations = (await t.dataSource.getRepository(TreatyStatusObservationEntity).find()).map(({ id: _id, createdAt: _c, updatedAt: _u, ...o }) => ({ ...o, observedOn: day(o.observedOn) }));
  return { actions: actions.sort((a, b) => keyOfAction(a).localeCompare(keyOfAction(b))), observations: observations.sort((a, b) => keyOfObservation(a).localeCompare(keyOfObservation(b))) };
}

const keyOfAction = (a: { jurisdictionCode: string; treatyCode: string; type: string; date: string }) => `${a.jurisdictionCode}|${a.treatyCode}|${a.type}|${a.date}`;
const keyOfObservation = (o: { jurisdictionCode: string; treatyCode: string; observedOn: string; status: string }) => `${o.jurisdictionCode}|${o.treatyCode}|${o.observedOn}|${o.status}`;

async function seedAudits(t: TestApp): Promise<number> {
  const [row] = await t.dataSource.query(`SELECT COUNT(*) AS n FROM audit_event WHERE operation = 'seed' AND entity_type IN ('TreatyAction', 'TreatyStatusObservation')`);
  return Number(row.n);
}

async function scorecard(t: TestApp, code: string): Promise<{ computedAt: string; criteria: { criterion: { id: string }; status: string }[] }> {
  const body = await t.graphql<{ scorecard: { computedAt: string; criteria: { criterion: { id: string }; status: string }[] } }>(SCORECARD, { code });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!.scorecard;
}
