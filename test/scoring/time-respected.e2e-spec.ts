import request from 'supertest';
import { TREATY_CATALOGUE } from '@lexgap/treaties';
import { csv, importData } from '../exchange/exchange-support';
import { describeEachEngine } from '../support/each-engine';
import { snapshotTables } from '../support/table-snapshot';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';

/**
 * "Time is respected", through the API on the seeded reference data: a treaty has an adoption date
 * before which nothing under it applies; ILO instruments are ratified, never signed; a history
 * starts where the evidence does, so a report dated before 2000 is answered.
 */
const RECORD_ACTION = `mutation($input: RecordTreatyActionInput!) { recordTreatyAction(input: $input) { id } }`;
const RECORD_OBSERVATION = `mutation($input: RecordTreatyStatusObservationInput!) { recordTreatyStatusObservation(input: $input) { id } }`;
const ACTION_HEADER = ['jurisdiction', 'treaty', 'action', 'date', 'date_precision', 'reservations', 'source_url', 'source_citation', 'as_of', 'verified', 'note'];

type Criterion = { criterion: { id: string }; status: string; score: number | null; explanation: string; engineExplanation: string };

describeEachEngine('time is respected', (engine) => {
  let t: TestApp;
  const get = (path: string) => request(t.app.getHttpServer()).get(path);

  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it('gives every treaty its adoption date (Treaty.adoptedOn), as the catalogue cites it', async () => {
    const body = await t.graphql<{ treaties: { code: string; adoptedOn: string | null }[] }>('{ treaties { code adoptedOn } }');
    expect(body.errors).toBeUndefined();
    expect(Object.fromEntries(body.data!.treaties.map((tr) => [tr.code, tr.adoptedOn]))).toEqual({
      PALERMO: '2000-11-15',
      UNTOC: '2000-11-15',
      OPSC: '2000-05-25',
      'ILO-C029': '1930-06-28',
      'ILO-P029': '2014-06-11',
      'ILO-C105': '1957-06-25',
      'ILO-C138': '1973-06-26',
      'ILO-C182': '1999-06-17',
      'ILO-C189': '2011-06-16',
    });
    expect(body.data!.treaties).toHaveLength(TREATY_CATALOGUE.length);
  });

  it('does not hold Barbados UNMET for P029 (ILO-2) on 1999-12-31, before the protocol existed; from its adoption the NOT_PARTY observation applies', async () => {
    const body = await t.graphql<{ then: { criteria: Criterion[] }; later: { criteria: Criterion[] }; status: { treatyStatus: { status: string } } }>(`{
      then: scorecard(jurisdiction: "BB", asOf: "1999-12-31") { criteria { criterion { id } status score explanation engineExplanation } }
      later: scorecard(jurisdiction: "BB", asOf: "2015-01-01") { criteria { criterion { id } status score explanation } }
      status: jurisdiction(code: "BB") { treatyStatus(treaty: "ILO-P029", asOf: "1999-12-31") { status } }
    }`);
    expect(body.errors).toBeUndefined();
    const of = (card: { criteria: Criterion[] }, id: string) => card.criteria.find((c) => c.criterion.id === id)!;
    const ilo2 = of(body.data!.then, 'ILO-2');
    expect(ilo2).toMatchObject({ status: 'NOT_ASSESSED', score: null });
    expect(ilo2.engineExplanation).toMatch(/ILO-P029 was adopted on 2014-06-11; it did not exist on 1999-12-31/);
    // The OPSC (adopted 2000-05-25) did not exist either; C029, ratified in 1967, did.
    expect(of(body.data!.then, 'CST-8')).toMatchObject({ status: 'NOT_ASSESSED' });
    expect(of(body.data!.then, 'ILO-1')).toMatchObject({ status: 'MET' });
    expect(of(body.data!.later, 'ILO-2')).toMatchObject({ status: 'UNMET', score: 0 });
    expect(body.data!.status.treatyStatus.status).toBe('UNKNOWN');
  });

  it('starts scoreHistory at the earliest evidence by default, whatever the year, and answers one point before any evidence', async () => {
    const body = await t.graphql<{ bb: { date: string; changed: string[] }[]; br: { date: string; score: number | null }[] }>(`{
      bb: scoreHistory(jurisdiction: "BB") { date changed }
      br: scoreHistory(jurisdiction: "BR", to: "1999-12-31") { date score }
    }`);
    expect(body.errors).toBeUndefined();
    // Barbados ratified C029 and C105 on 1967-05-08 (ILO NORMLEX); P029's observation counts from its adoption.
    expect(body.data!.bb[0]).toEqual({ date: '1967-05-08', changed: [] });
    expect(body.data!.bb.find((p) => p.date === '2014-06-11')?.changed).toEqual(['ILO-2']);
    // Brazil's first record is its OPSC signature of 2000-09-06 (its ILO status is DOL's 2022 "ratified", undated).
    expect(body.data!.br).toEqual([{ date: '1999-12-31', score: null }]);
    const inverted = await t.graphql('{ scoreHistory(jurisdiction: "BR", from: "2001-01-01", to: "2000-01-01") { date } }');
    expect(inverted.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });

  it('answers a report dated 1999-12-31 in every format, its history starting at the earliest evidence', async () => {
    for (const format of ['html', 'md', 'json']) {
      const res = await get(`/reports/BR.${format}?asOf=1999-12-31`);
      expect([format, res.status]).toEqual([format, 200]);
    }
    const br = await get('/reports/BR.json?asOf=1999-12-31');
    expect(br.body.history).toEqual([expect.objectContaining({ date: '1999-12-31', score: null, changed: [] })]);
    const bb = await get('/reports/BB.json?asOf=1999-12-31');
    expect(bb.status).toBe(200);
    expect(bb.body.history[0]).toMatchObject({ date: '1967-05-08' });

    const gap = await t.graphql<{ gapReport: { history: { date: string }[]; treaties: { treaty: string; status: string }[] } }>(
      `{ gapReport(jurisdiction: "BR", asOf: "1999-12-31") { history { date } treaties { treaty status } } }`,
    );
    expect(gap.errors).toBeUndefined();
    expect(gap.data!.gapReport.history).toEqual([{ date: '1999-12-31' }]);
  });

  it('refuses over GraphQL an ILO signature (input.type), an action before the adoption (input.date) and an observation before it (input.observedOn), changing nothing', async () => {
    const action = {
      jurisdiction: 'GT',
      treaty: 'ILO-C189',
      type: 'SIGNATURE',
      date: '2012-01-10',
      datePrecision: 'DAY',
      asOf: '2024-01-01',
      verified: false,
      sourceCitation: 'Test fixture, not a real act',
    };
    const refused = async (query: string, input: unknown, field: string, message: RegExp) => {
      const before = await snapshotTables(t.dataSource);
      const body = await t.graphql(query, { input }, ADMIN);
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(body.errors![0].message).toMatch(message);
      expect(await snapshotTables(t.dataSource)).toEqual(before);
    };
    await refused(RECORD_ACTION, action, 'input.type', /SIGNATURE is not an act under ILO-C189: ILO conventions and protocols are not signed.*ratified/);
    await refused(RECORD_ACTION, { ...action, type: 'RATIFICATION', date: '2010-01-01' }, 'input.date', /before ILO-C189 was adopted \(2011-06-16\)/);
    await refused(
      RECORD_OBSERVATION,
      { jurisdiction: 'GT', treaty: 'ILO-P029', status: 'NOT_PARTY', observedOn: '2010-01-01', verified: false, sourceCitation: 'Test fixture, not a real source' },
      'input.observedOn',
      /before ILO-P029 was adopted \(2014-06-11\)/,
    );
    // A ratification dated only by the adoption year may have followed the adoption: accepted.
    const ok = await t.graphql(RECORD_ACTION, { input: { ...action, jurisdiction: 'CL', treaty: 'ILO-C182', type: 'RATIFICATION', date: '1999-01-01', datePrecision: 'YEAR' } }, ADMIN);
    expect(ok.errors).toBeUndefined();
  });

  it('refuses in an import an ILO signature in the action column, and imports nothing', async () => {
    const before = await snapshotTables(t.dataSource);
    const report = await importData(
      t,
      'TREATY_ACTIONS',
      csv([
        ACTION_HEADER,
        ['GT', 'PALERMO', 'SIGNATURE', '2000-12-12', 'DAY', null, null, 'Fixture source, not a real act', '2024-01-01', 'no', null],
        ['GT', 'ilo-c029', 'signature', '1990-01-01', 'DAY', null, null, 'Fixture source, not a real act', '2024-01-01', 'no', null],
        ['GT', 'ILO-P029', 'RATIFICATION', '2013-01-01', 'YEAR', null, null, 'Fixture source, not a real act', '2024-01-01', 'no', null],
      ]),
    );
    expect(report.created).toBe(0);
    expect(report.problems).toEqual([
      { row: 3, column: 'action', cell: 'C3', message: expect.stringMatching(/SIGNATURE is not an act under ILO-C029: ILO conventions and protocols are not signed.*ratified/) },
      { row: 4, column: 'date', cell: 'D4', message: expect.stringMatching(/\(2013-01-01\) is before ILO-P029 was adopted \(2014-06-11\)/) },
    ]);
    expect(await snapshotTables(t.dataSource)).toEqual(before);
  });
});
