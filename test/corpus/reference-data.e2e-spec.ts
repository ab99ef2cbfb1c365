import { describeEachEngine } from '../support/each-engine';
import { startTestApp, TestApp } from '../support/test-app';

describeEachEngine('shipped reference data on a fresh start', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it('has every ISO 3166-1 country and the 35 OAS states', async () => {
    const body = await t.graphql<{ all: { totalCount: number }; oas: { totalCount: number; edges: { node: { code: string } }[] } }>(`{
      all: jurisdictions(first: 1) { totalCount }
      oas: jurisdictions(region: "OAS", first: 250) { totalCount edges { node { code } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data?.all.totalCount).toBe(249 + 178); // and the ISO 3166-2 subdivisions of AR, BR, CA, MX, US, VE
    expect(body.data?.oas.totalCount).toBe(35);
    const codes = body.data!.oas.edges.map((e) => e.node.code);
    expect(codes).toEqual(expect.arrayContaining(['AR', 'BB', 'BR', 'CA', 'CU', 'GT', 'HT', 'NI', 'US', 'VE']));
    expect(codes).not.toContain('GL'); // Greenland: in the Americas, not an OAS state
  });

  it("names countries in the reader's language and keeps OAS membership notes", async () => {
    const body = await t.graphql<{ jurisdiction: { es: string; fr: string; en: string; groups: string[]; memberships: { regionCode: string; note: string | null }[] } }>(`{
      jurisdiction(code: "cub") { en: name es: name(lang: "es") fr: name(lang: "fr") groups memberships { regionCode note } }
    }`);
    expect(body.errors).toBeUndefined();
    const cuba = body.data!.jurisdiction;
    expect([cuba.en, cuba.es, cuba.fr]).toEqual(['Cuba', 'Cuba', 'Cuba']);
    expect(cuba.groups).toEqual(['OAS']);
    expect(cuba.memberships.map((m) => m.regionCode)).toEqual(expect.arrayContaining(['019', '419', '029', 'OAS']));
    expect(cuba.memberships.find((m) => m.regionCode === 'OAS')?.note).toMatch(/1962/);
    const br = await t.graphql<{ jurisdiction: { es: string; pt: string } }>('{ jurisdiction(code: "BRA") { es: name(lang: "es") pt: name(lang: "pt") } }');
    expect(br.data?.jurisdiction).toEqual({ es: 'Brasil', pt: 'Brasil' });
    const lang = await t.graphql('{ jurisdiction(code: "BR") { name(lang: "de") } }');
    expect(lang.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lang' });
  });

  it("reads Argentina's Palermo ratification of 2002-11-19 with its source", async () => {
    const body = await t.graphql<{ jurisdiction: { treatyActions: { type: string; date: string; datePrecision: string; sourceUrl: string; asOf: string; verified: boolean }[] } }>(`{
      jurisdiction(code: "AR") { treatyActions(treaty: "PALERMO") { type date datePrecision sourceUrl asOf verified } }
    }`);
    const actions = body.data!.jurisdiction.treatyActions;
    expect(actions.map((a) => [a.type, a.date, a.datePrecision])).toEqual([
      ['SIGNATURE', '2000-12-12', 'DAY'],
      ['RATIFICATION', '2002-11-19', 'DAY'],
    ]);
    expect(actions[1].sourceUrl).toBe('https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12-a&chapter=18&clang=_en');
    expect(actions[1].asOf).toBe('2014-01-27');
    expect(actions[1].verified).toBe(true);
  });

  it("carries Barbados's Palermo ratification with month precision, unverified", async () => {
    const body = await t.graphql<{
      jurisdiction: { treatyActions: { type: string; date: string; datePrecision: string; verified: boolean }[]; treatyStatus: { status: string; since: string; datePrecision: string } };
    }>(`{
      jurisdiction(code: "BB") {
        treatyActions(treaty: "PALERMO") { type date datePrecision verified }
        treatyStatus(treaty: "PALERMO") { status since datePrecision }
      }
    }`);
    const consent = body.data!.jurisdiction.treatyActions.find((a) => a.type === 'RATIFICATION');
    expect(consent).toEqual({ type: 'RATIFICATION', date: '2014-11-01', datePrecision: 'MONTH', verified: false });
    expect(body.data!.jurisdiction.treatyStatus).toEqual({ status: 'PARTY', since: '2014-11-01', datePrecision: 'MONTH' });
  });

  it('answers "as of a date": Argentina was a signatory, not a party, on 2001-06-30', async () => {
    const body = await t.graphql<{ jurisdiction: { then: { status: string; since: string }; now: { status: string; since: string }; before: { status: string }; actionsThen: { type: string }[] } }>(`{
      jurisdiction(code: "AR") {
        then: treatyStatus(treaty: "PALERMO", asOf: "2001-06-30") { status since }
        now: treatyStatus(treaty: "PALERMO") { status since }
        before: treatyStatus(treaty: "PALERMO", asOf: "2000-01-01") { status }
        actionsThen: treatyActions(treaty: "PALERMO", asOf: "2001-06-30") { type }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const ar = body.data!.jurisdiction;
    expect(ar.then).toEqual({ status: 'SIGNATORY', since: '2000-12-12' });
    expect(ar.now).toEqual({ status: 'PARTY', since: '2002-11-19' });
    // Nothing recorded before the signature, and no source says "not a party": unknown.
    expect(ar.before.status).toBe('UNKNOWN');
    expect(ar.actionsThen.map((a) => a.type)).toEqual(['SIGNATURE']);
  });

  it('keeps "verified: not a party" apart from "nothing recorded"', async () => {
    const body = await t.graphql<{ bb: { opsc: { status: string; observation: { observedOn: string; verified: boolean } } }; ar: { c029: { status: string } }; gy: { p029: { status: string } } }>(`{
      bb: jurisdiction(code: "BB") { opsc: treatyStatus(treaty: "OPSC") { status observation { observedOn verified } } }
      ar: jurisdiction(code: "AR") { c029: treatyStatus(treaty: "ILO-C029") { status } }
      gy: jurisdiction(code: "GY") { p029: treatyStatus(treaty: "ILO-P029") { status } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.bb.opsc).toEqual({ status: 'NOT_PARTY', observation: { observedOn: '2022-06-13', verified: true } });
    expect(body.data!.ar.c029.status).toBe('PARTY');
    expect(body.data!.gy.p029.status).toBe('UNKNOWN');
  });

  it('lists the treaties of API.md and the M49 regions with the OAS group', async () => {
    const body = await t.graphql<{ treaties: { code: string }[]; regions: { code: string; kind: string; memberCount: number }[] }>('{ treaties { code } regions { code kind memberCount } }');
    expect(body.data!.treaties.map((x) => x.code).sort()).toEqual(['ILO-C029', 'ILO-C105', 'ILO-C138', 'ILO-C182', 'ILO-C189', 'ILO-P029', 'OPSC', 'PALERMO', 'UNTOC']);
    expect(body.data!.regions.find((r) => r.code === 'OAS')).toEqual({ code: 'OAS', kind: 'GROUP', memberCount: 35 });
    expect(body.data!.regions.find((r) => r.code === '419')?.memberCount).toBeGreaterThan(30);
  });

  it('pages through a region with cursors', async () => {
    const first = await t.graphql<{ jurisdictions: { edges: { node: { code: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(
      '{ jurisdictions(region: "OAS", first: 20) { edges { node { code } } pageInfo { endCursor hasNextPage } } }',
    );
    const page1 = first.data!.jurisdictions;
    expect(page1.edges).toHaveLength(20);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await t.graphql<{ jurisdictions: { edges: { node: { code: string } }[]; pageInfo: { hasNextPage: boolean } } }>(
      'query($after: String) { jurisdictions(region: "OAS", first: 20, after: $after) { edges { node { code } } pageInfo { hasNextPage } } }',
      { after: page1.pageInfo.endCursor },
    );
    expect(second.data!.jurisdictions.edges).toHaveLength(15);
    expect(second.data!.jurisdictions.pageInfo.hasNextPage).toBe(false);
    const all = [...page1.edges, ...second.data!.jurisdictions.edges].map((e) => e.node.code);
    expect(new Set(all).size).toBe(35);
    expect([...all].sort()).toEqual(all);
  });

  it('refuses a page size over 250 and an unknown region, naming the argument', async () => {
    const big = await t.graphql('{ jurisdictions(first: 1000) { totalCount } }');
    expect(big.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const region = await t.graphql('{ jurisdictions(region: "ATLANTIS") { totalCount } }');
    expect(region.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'region' });
  });
});
