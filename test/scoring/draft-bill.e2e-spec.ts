import request from 'supertest';
import { describeEachEngine } from '../support/each-engine';
import { recordFixtureLaw } from '../support/fixture-law';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';

type Outcome = { status: string; score: number | null };
type Change = { criterion: { id: string }; official: Outcome; projected: Outcome; scoreChange: number | null };
type Card = {
  score: number | null;
  coverage: number;
  band: string | null;
  criteria: { criterion: { id: string }; status: string; score: number | null }[];
  projection: {
    drafts: { id: string; status: string; parliamentaryReference: string }[];
    officialScore: number | null;
    officialCoverage: number;
    officialBand: string | null;
    changes: Change[];
  } | null;
};
const CARD = `score coverage band criteria { criterion { id } status score }
  projection { drafts { id status parliamentaryReference } officialScore officialCoverage officialBand changes { criterion { id } official { status score } projected { status score } scoreChange } }`;
const AS_OF = '2026-06-01';
/** The article in force and the bill's rewrite of it (test fixtures, not real law): the bill adds means. */
const ENACTED_TEXT = 'Trafficking in persons by threat or force is punished with imprisonment (test fixture).';
const BILL_TEXT = 'Trafficking in persons by threat, force, fraud, deception or any other means is punished with imprisonment (test fixture).';
const ALL_MEANS = ['THREAT', 'FORCE', 'OTHER_COERCION', 'ABDUCTION', 'FRAUD', 'DECEPTION', 'ABUSE_OF_POWER_OR_VULNERABILITY', 'PAYMENTS_TO_PERSON_IN_CONTROL'];

/**
 * Bills scored before they pass, through the API. XB (a user-assigned ISO code; test fixture, not
 * real law) has a penal code naming two of the eight Palermo means and no liability of legal
 * persons. A bill before its parliament rewrites the article (all eight means) and adds one making
 * legal persons liable. The bill must change the projection, and nothing official.
 */
describeEachEngine('a draft bill: projected, never official', (engine) => {
  let t: TestApp;
  let enactedId: string;
  let enactedProvisionId: string;
  let billId: string;
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const body = await t.graphql<T>(query, variables, ADMIN);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  const upsertInstrument = (input: Record<string, unknown>) =>
    t.graphql<{ upsertInstrument: { id: string; status: string } }>('mutation($input: UpsertInstrumentInput!) { upsertInstrument(input: $input) { id status } }', { input }, ADMIN);
  const upsertProvision = (input: Record<string, unknown>) =>
    t.graphql<{ upsertProvision: { id: string } }>('mutation($input: UpsertProvisionInput!) { upsertProvision(input: $input) { id } }', { input }, ADMIN);
  const recordFacts = (provisionId: string, facts: Record<string, unknown>) =>
    gql('mutation($input: RecordLegalFactsInput!) { recordLegalFacts(input: $input) { version } }', {
      input: { provisionId, asOf: '2026-03-01', sourceCitation: 'test fixture: the bill as introduced', facts },
    });
  const card = async (extra = '') => (await gql<{ scorecard: Card }>(`{ scorecard(jurisdiction: "XB", asOf: "${AS_OF}"${extra}) { ${CARD} } }`)).scorecard;
  const project = (ids: string[]) => t.graphql<{ scorecard: Card }>(`query($ids: [ID!]) { scorecard(jurisdiction: "XB", asOf: "${AS_OF}", withDrafts: $ids) { ${CARD} } }`, { ids }, ADMIN);
  const score = (c: Card, id: string) => c.criteria.find((k) => k.criterion.id === id)!;

  /** Everything official about XB: its scorecard, its ranking entry, its export rows and its report's content hash. */
  const official = async () => {
    const rankings = await gql<{ rankings: { edges: { node: { jurisdiction: { code: string }; rank: number | null; score: number | null; band: string | null } }[] } }>(
      `{ rankings(asOf: "${AS_OF}", first: 250) { edges { node { jurisdiction { code } rank score band } } } }`,
    );
    const exported = await request(t.app.getHttpServer()).get(`/exports/scorecards.csv?asOf=${AS_OF}`).buffer(true);
    const report = await request(t.app.getHttpServer()).get(`/reports/XB.json?asOf=${AS_OF}`);
    expect([exported.status, report.status]).toEqual([200, 200]);
    const scorecard = await card();
    return {
      scorecard: { ...scorecard, projection: scorecard.projection },
      ranking: rankings.rankings.edges.find((e) => e.node.jurisdiction.code === 'XB')!.node,
      exportRows: exported.text.split('\r\n').filter((line) => line.includes(',XB,')),
      reportHash: report.body.provenance.contentHash as string,
    };
  };

  beforeAll(async () => {
    t = await startTestApp(engine);
    await gql('mutation($input: UpsertJurisdictionInput!) { upsertJurisdiction(input: $input) { code } }', {
      input: { code: 'XB', names: { en: 'Fixture Bill Country (test)' }, source: 'test fixture' },
    });
    await gql('mutation($input: UpsertJurisdictionInput!) { upsertJurisdiction(input: $input) { code } }', {
      input: { code: 'XY', names: { en: 'Fixture Other Country (test)' }, source: 'test fixture' },
    });
    ({ instrumentId: enactedId, provisionId: enactedProvisionId } = await recordFixtureLaw(t, {
      jurisdiction: 'XB',
      key: 'penal-code',
      kind: 'CODE',
      inForceFrom: '2010-01-01',
      factsAsOf: '2026-01-01',
      sourceCitation: 'test fixture',
      facts: { means: ['THREAT', 'FORCE'], legalPersonLiability: false },
      text: ENACTED_TEXT,
    }));
  });
  afterAll(() => t.close());

  it('records a bill only with its parliamentary reference and date, and in force in no version', async () => {
    const base = { jurisdiction: 'XB', key: 'bill-1', kind: 'LAW', language: 'es', titleOriginal: 'Proyecto de ley (test fixture)', officialCitation: 'test fixture', status: 'DRAFT' };
    const refused = await upsertInstrument({ ...base, versions: [{ inForceFrom: '2026-01-01' }] });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const fields = (refused.errors![0].extensions as { fields: { field: string }[] }).fields.map((p) => p.field).sort();
    expect(fields).toEqual(['input.introducedOn', 'input.parliamentaryReference', 'input.versions']);
    expect((await gql<{ jurisdiction: { instruments: { key: string }[] } }>('{ jurisdiction(code: "XB") { instruments { key } } }')).jurisdiction.instruments.map((i) => i.key)).toEqual([
      'penal-code',
    ]);

    const created = await upsertInstrument({ ...base, parliamentaryReference: 'Expediente 0001-D-2026 (test fixture)', introducedOn: '2026-03-01', versions: [] });
    expect(created.errors).toBeUndefined();
    expect(created.data!.upsertInstrument.status).toBe('DRAFT');
    billId = created.data!.upsertInstrument.id;
  });

  it("a bill's provision replaces only enacted law of its own jurisdiction; enacted law replaces nothing this way", async () => {
    const other = await recordFixtureLaw(t, {
      jurisdiction: 'XY',
      key: 'code',
      kind: 'CODE',
      inForceFrom: '2010-01-01',
      factsAsOf: '2026-01-01',
      sourceCitation: 'test fixture',
      facts: { legalPersonLiability: true },
    });
    const foreign = await upsertProvision({ instrumentId: billId, key: 'art-9', citation: 'Art. 9', inForceFrom: '2026-03-01', replacesProvisionId: other.provisionId });
    expect(foreign.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.replacesProvisionId' } });
    const fromLaw = await upsertProvision({ instrumentId: enactedId, key: 'art-9', citation: 'Art. 9', inForceFrom: '2026-03-01', replacesProvisionId: enactedProvisionId });
    expect(fromLaw.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.replacesProvisionId' } });
    expect(fromLaw.errors![0].message).toMatch(/amendProvision/);
  });

  it('changes no official score, ranking, export or report', async () => {
    const before = await official();
    expect(before.scorecard.projection).toBeNull();
    expect(score(before.scorecard, 'PAL-4').score).toBe(0.25);

    const rewrite = await upsertProvision({
      instrumentId: billId,
      key: 'art-1',
      citation: 'Art. 1 (proyecto)',
      text: BILL_TEXT,
      inForceFrom: '2026-03-01',
      replacesProvisionId: enactedProvisionId,
    });
    const added = await upsertProvision({ instrumentId: billId, key: 'art-1-ter', citation: 'Art. 1 ter (proyecto)', inForceFrom: '2026-03-01' });
    expect([rewrite.errors, added.errors]).toEqual([undefined, undefined]);
    await recordFacts(rewrite.data!.upsertProvision.id, { means: ALL_MEANS });
    await recordFacts(added.data!.upsertProvision.id, { legalPersonLiability: true });

    const after = await official();
    expect(after).toEqual(before);
  });

  it('projects the score as if the bill were in force, with the change per criterion, labelled as a projection', async () => {
    const law = await card();
    const body = await project([billId]);
    expect(body.errors).toBeUndefined();
    const projected = body.data!.scorecard;
    expect(projected.projection).not.toBeNull();
    expect(projected.projection!.drafts).toEqual([{ id: billId, status: 'DRAFT', parliamentaryReference: 'Expediente 0001-D-2026 (test fixture)' }]);
    expect([projected.projection!.officialScore, projected.projection!.officialCoverage, projected.projection!.officialBand]).toEqual([law.score, law.coverage, law.band]);
    expect(projected.score!).toBeGreaterThan(law.score!);
    const changes = Object.fromEntries(projected.projection!.changes.map((c) => [c.criterion.id, c]));
    // PAL-4: 2/8 = 0.25 under the code; 8/8 = 1 under the bill's rewrite, which replaces Art. 1.
    expect(changes['PAL-4']).toEqual({ criterion: { id: 'PAL-4' }, official: { status: 'PARTIAL', score: 0.25 }, projected: { status: 'MET', score: 1 }, scoreChange: 0.75 });
    // PEN-6: the code says no; the bill's Art. 1 ter says yes, and the replaced Art. 1 no longer speaks.
    expect(changes['PEN-6']).toMatchObject({ official: { status: 'UNMET' }, projected: { status: 'MET' } });
    expect(projected.projection!.changes.every((c) => c.official.status !== c.projected.status || c.official.score !== c.projected.score)).toBe(true);
  });

  it('never stores a projection: the official scorecard and the stored snapshots are unchanged after one', async () => {
    const law = await card();
    const snapshots = async () =>
      (await t.dataSource.query(`SELECT jurisdiction_code, as_of, score FROM scorecard_snapshot WHERE jurisdiction_code = 'XB' ORDER BY as_of`)) as { score: number | string | null }[];
    const stored = await snapshots();
    expect(stored.length).toBeGreaterThan(0);
    await project([billId]);
    expect(await snapshots()).toEqual(stored);
    expect(await card()).toEqual(law);
  });

  it('names every bad entry of withDrafts, and changes nothing', async () => {
    const cases: [string[], string, RegExp][] = [
      [[enactedId], 'withDrafts[0]', /enacted law/],
      [['8d3f2b9e-1c4a-4b7e-9f2d-3a5b6c7d8e9f'], 'withDrafts[0]', /names no recorded instrument/],
      [['not-an-id'], 'withDrafts[0]', /is not an instrument id/],
      [[billId, billId], 'withDrafts[1]', /repeats withDrafts\[0\]/],
      [[], 'withDrafts', /1 to 10/],
    ];
    for (const [ids, field, message] of cases) {
      const body = await project(ids);
      expect(body.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
      expect(body.errors![0].message).toMatch(message);
    }
    const otherBill = await upsertInstrument({
      jurisdiction: 'XY',
      key: 'bill-9',
      kind: 'LAW',
      language: 'es',
      titleOriginal: 'Proyecto (test fixture)',
      officialCitation: 'test fixture',
      status: 'DRAFT',
      parliamentaryReference: 'Expediente 9 (test fixture)',
      introducedOn: '2026-02-01',
      versions: [],
    });
    const foreign = await project([otherBill.data!.upsertInstrument.id]);
    expect(foreign.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'withDrafts[0]' } });
    expect(foreign.errors![0].message).toMatch(/is a bill of XY/);
  });

  it('adds "what these bills would change" to the country report asked with withDrafts, labelled, in the reader\'s language', async () => {
    const server = t.app.getHttpServer();
    const official = await request(server).get(`/reports/XB.json?asOf=${AS_OF}&lang=es`);
    const json = await request(server).get(`/reports/XB.json?asOf=${AS_OF}&lang=es&withDrafts=${billId}`);
    expect(json.status).toBe(200);
    expect(official.body.billProjection).toBeNull();
    const section = json.body.billProjection;
    expect(section.bills).toEqual([
      { id: billId, title: 'Proyecto de ley (test fixture)', parliamentaryReference: 'Expediente 0001-D-2026 (test fixture)', introducedOn: '2026-03-01', jurisdiction: 'XB' },
    ]);
    expect(section.official.score).toBe(official.body.score);
    expect(section.projected.score).toBeGreaterThan(section.official.score);
    expect(section.changes.find((c: { id: string }) => c.id === 'PAL-4')).toMatchObject({ official: { status: 'PARTIAL' }, projected: { status: 'MET' }, scoreChange: 0.75 });
    // Where the bill's wording changes a result, the report shows what it changes in the text, word by word.
    const pal4 = section.changes.find((c: { id: string }) => c.id === 'PAL-4');
    expect(pal4.wordings).toEqual([
      {
        citation: 'Art. 1 (proyecto)',
        bill: 'Proyecto de ley (test fixture)',
        language: 'es',
        replaces: { citation: 'Art. 1', instrument: 'Fixture Code (test)', inForceFrom: '2010-01-01', inForceFromPrecision: 'DAY' },
        segments: [
          { kind: 'SAME', text: 'Trafficking in persons by threat' },
          { kind: 'REMOVED', text: ' or' },
          { kind: 'ADDED', text: ',' },
          { kind: 'SAME', text: ' force' },
          { kind: 'ADDED', text: ', fraud, deception or any other means' },
          { kind: 'SAME', text: ' is punished with imprisonment (test fixture).' },
        ],
        note: null,
      },
    ]);
    // Read one way the segments give the wording in force, the other way the bill's: nothing lost.
    const read = (without: string) =>
      (pal4.wordings[0].segments as { kind: string; text: string }[])
        .filter((x) => x.kind !== without)
        .map((x) => x.text)
        .join('');
    expect([read('ADDED'), read('REMOVED')]).toEqual([ENACTED_TEXT, BILL_TEXT]);
    const pen = section.changes.find((c: { wordings: { citation: string }[] }) => c.wordings.some((w) => w.citation === 'Art. 1 ter (proyecto)'));
    expect(pen.wordings[0]).toMatchObject({ replaces: null, segments: null, note: 'Art. 1 ter (proyecto) de Proyecto de ley (test fixture) es un artículo nuevo: no reemplaza ningún texto vigente.' });
    // The rest of the document is the law in force; its content hash says it holds a projection.
    expect([json.body.score, json.body.band, json.body.gaps]).toEqual([official.body.score, official.body.band, official.body.gaps]);
    expect(json.body.provenance.contentHash).not.toBe(official.body.provenance.contentHash);

    const html = await request(server).get(`/reports/XB.html?asOf=${AS_OF}&lang=es&withDrafts=${billId}`);
    expect(html.status).toBe(200);
    expect(html.headers['content-disposition']).toContain('XB.with-bills.es.html');
    expect(html.text).toContain('Lo que cambiarían estos proyectos de ley');
    expect(html.text).toContain('Una proyección, no la ley vigente');
    expect(html.text).toContain(`withDrafts&#x3D;${billId}`); // the links to this report in other formats keep the projection
    expect(html.text).toContain('threat<del> or</del><ins>,</ins> force<ins>, fraud, deception or any other means</ins> is punished');
    const md = await request(server).get(`/reports/XB.md?asOf=${AS_OF}&lang=fr&withDrafts=${billId}`);
    expect(md.text).toContain('## Ce que ces projets de loi changeraient');
    expect(md.text).toContain('> Trafficking in persons by threat<del> or</del><ins>,</ins> force<ins>, fraud, deception or any other means</ins> is punished with imprisonment (test fixture).');
    expect(md.text).toContain('Art. 1 (proyecto) de Proyecto de ley (test fixture) remplacerait Art. 1, Fixture Code (test), en vigueur depuis le');
    expect((await request(server).get(`/reports/XB.html?asOf=${AS_OF}&lang=es`)).text).not.toContain('Lo que cambiarían');

    const refused = await request(server).get(`/reports/regions/OAS.json?withDrafts=${billId}`);
    expect([refused.status, refused.body.field ?? refused.body.error?.field]).toEqual([400, 'withDrafts']);
    const enacted = await request(server).get(`/reports/XB.json?withDrafts=${enactedId}`);
    expect(enacted.status).toBe(400);
    expect(JSON.stringify(enacted.body)).toContain('withDrafts[0]');
  });

  it("refuses a bill's provision as evidence of an expert assessment", async () => {
    const bill = await gql<{ instrument: { provisions: { id: string }[] } }>(`{ instrument(id: "${billId}") { provisions { id } } }`);
    const body = await t.graphql(
      'mutation($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { __typename } }',
      {
        input: {
          jurisdiction: 'XB',
          criterionId: 'PAL-9',
          result: 1,
          confidence: 'HIGH',
          rationale: 'Test fixture: the bill would define trafficking fully.',
          evidence: { provisionIds: [bill.instrument.provisions[0].id] },
        },
      },
      ADMIN,
    );
    expect(body.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.evidence.provisionIds[0]' } });
    expect(body.errors![0].message).toMatch(/enacted law/);
  });
});
