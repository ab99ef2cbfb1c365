import request from 'supertest';
import { seedReferenceData } from '@lexgap/composition';
import { createKey } from '../support/api-keys';
import { recordFixtureLaw } from '../support/fixture-law';
import { describeEachEngine } from '../support/each-engine';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';

/**
 * The shipped TIP baseline (reference-data/tip-law-readings.csv and its wordings file) gives each
 * state the results its row implies, read as the row states it and nothing more. Every figure
 * below is taken from the row named in the comment; the criteria are those of the default rubric
 * (rubrics/tip-legal-framework/v1.json).
 */
const CARD = `query($code: String!, $asOf: Date) { scorecard(jurisdiction: $code, asOf: $asOf) {
  score coverage
  categories { id score }
  criteria {
    criterion { id method } status score method explanation explanationKey sourceKinds evidenceAsOf lowestConfidence
    finding { judgement holds sourceCitation sourceUrl asOf }
    automatic { status score method finding { judgement holds asOf } }
  }
} }`;

interface Result {
  criterion: { id: string; method: string };
  status: string;
  score: number | null;
  method: string;
  explanation: string;
  explanationKey: string;
  sourceKinds: string[];
  evidenceAsOf: string | null;
  lowestConfidence: string | null;
  finding: { judgement: string; holds: boolean; sourceCitation: string; sourceUrl: string | null; asOf: string } | null;
  automatic: { status: string; score: number | null; method: string; finding: { judgement: string; holds: boolean; asOf: string } | null } | null;
}
interface Card {
  score: number | null;
  coverage: number;
  categories: { id: string; score: number | null }[];
  criteria: Result[];
}

const TIP_2017 = 'US Department of State, Trafficking in Persons Report 2017, country narrative';

describeEachEngine('the TIP Report baseline of the OAS states', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  const card = async (code: string, asOf?: string): Promise<Card> => {
    const body = await t.graphql<{ scorecard: Card }>(CARD, { code, ...(asOf ? { asOf } : {}) });
    expect(body.errors).toBeUndefined();
    return body.data!.scorecard;
  };
  const criterion = (c: Card, id: string) => c.criteria.find((r) => r.criterion.id === id)!;

  it('reads Barbados (TIP Report 2017): a fine may replace prison, no force needed for children, no movement required', async () => {
    const bb = await card('BB');
    // "fine_in_lieu_possible: yes" → PEN-1 unmet, from the report's reading, never from a statute's text.
    expect(criterion(bb, 'PEN-1')).toMatchObject({
      status: 'UNMET',
      score: 0,
      method: 'AUTOMATIC',
      explanationKey: 'penalty.fineInLieu',
      sourceKinds: ['SECONDARY'],
      evidenceAsOf: '2017-03-31',
      lowestConfidence: 'MEDIUM',
    });
    // Maximum 25 years (sex and labour trafficking alike) ≥ the 4 years of UNTOC Art. 2(b).
    expect(criterion(bb, 'PEN-2')).toMatchObject({ status: 'MET', score: 1, method: 'AUTOMATIC', explanationKey: 'penalty.maxAtLeast' });
    // No rape penalty is recorded, so the law alone cannot decide PEN-3: the report's "not commensurate with rape" does.
    expect(criterion(bb, 'PEN-3')).toMatchObject({
      status: 'UNMET',
      score: 0,
      method: 'SOURCE_FINDING',
      explanation: `According to ${TIP_2017} (as of March 31, 2017), the penalties are not commensurate with those for rape.`,
      finding: {
        judgement: 'PENALTIES_COMMENSURATE_WITH_RAPE',
        holds: false,
        sourceCitation: TIP_2017,
        asOf: '2017-03-31',
        sourceUrl: 'https://www.state.gov/reports/2017-trafficking-in-persons-report/barbados/',
      },
    });
    // "force_required_for_child_sex_trafficking: no" → CST-2 met; "movement_or_transnational_element_required: no" → PAL-7 met.
    expect(criterion(bb, 'CST-2')).toMatchObject({ status: 'MET', score: 1, sourceKinds: ['SECONDARY'] });
    expect(criterion(bb, 'PAL-7')).toMatchObject({ status: 'MET', score: 1, sourceKinds: ['SECONDARY'] });
    // Blank stays unknown: the row says nothing of acts, means, purposes or child age.
    for (const id of ['PAL-3', 'PAL-4', 'PAL-5', 'PAL-6', 'CST-1', 'PEN-5']) expect(criterion(bb, id).status).toBe('NOT_ASSESSED');
  });

  it('records Barbados as a text-less reading: the statute at month precision, one provision for the offence as described, the child maximum as life', async () => {
    const body = await t.graphql<{
      jurisdiction: {
        instruments: {
          key: string;
          title: string;
          titleOriginal: string | null;
          versions: { inForceFrom: string; inForceFromPrecision: string }[];
          provisions: { citation: string; text: string | null; facts: { sourceKind: string; confidence: string; asOf: string; sourceUrl: string; note: string; facts: { penalties: unknown[] } } }[];
        }[];
      };
    }>(`{ jurisdiction(code: "BB") { instruments { key title titleOriginal versions { inForceFrom inForceFromPrecision }
      provisions { citation text facts { sourceKind confidence asOf sourceUrl note facts { penalties { offence imprisonmentMaxYears lifeImprisonment fineInLieuOfImprisonment } } } } } } }`);
    expect(body.errors).toBeUndefined();
    const [instrument] = body.data!.jurisdiction.instruments;
    expect(instrument).toMatchObject({
      key: 'tip.trafficking-in-persons-prevention-act',
      title: 'Trafficking in Persons Prevention Act (TIPPA)',
      titleOriginal: null,
      versions: [{ inForceFrom: '2016-06-01', inForceFromPrecision: 'MONTH' }],
    });
    const [provision] = instrument.provisions;
    expect(provision).toMatchObject({ citation: 'Trafficking offence', text: null, facts: { sourceKind: 'SECONDARY', confidence: 'MEDIUM', asOf: '2017-03-31' } });
    expect(provision.facts.sourceUrl).toBe('https://www.state.gov/reports/2017-trafficking-in-persons-report/barbados/');
    expect(provision.facts.note).toContain('child: life');
    // "child_aggravated_max_years: 99" is life imprisonment, not 99 years.
    expect(provision.facts.facts.penalties).toEqual([
      { offence: 'TRAFFICKING', imprisonmentMaxYears: 25, lifeImprisonment: null, fineInLieuOfImprisonment: true },
      { offence: 'CHILD_TRAFFICKING', imprisonmentMaxYears: null, lifeImprisonment: true, fineInLieuOfImprisonment: null },
    ]);
  });

  it('reads Panama (2019): movement is required, which is not a border crossing, so PAL-7 stays unknown; a 15-year minimum deters', async () => {
    const pa = await card('PA');
    const facts = await t.graphql<{
      jurisdiction: { instruments: { provisions: { citation: string; facts: { facts: { movementRequired: boolean | null; borderCrossingRequired: boolean | null } } }[] }[] };
    }>('{ jurisdiction(code: "PA") { instruments { provisions { citation facts { facts { movementRequired borderCrossingRequired } } } } } }');
    expect(facts.data!.jurisdiction.instruments[0].provisions).toEqual([{ citation: 'Art. 456', facts: { facts: { movementRequired: true, borderCrossingRequired: null } } }]);
    expect(criterion(pa, 'PAL-7')).toMatchObject({ status: 'NOT_ASSESSED', score: null });
    // 15–20 years, no fine in lieu: PEN-1 met, PEN-4 met (minimum 15 ≥ the 5 of deterrentMinYears).
    expect(criterion(pa, 'PEN-1')).toMatchObject({ status: 'MET', score: 1 });
    expect(criterion(pa, 'PEN-4')).toMatchObject({ status: 'MET', score: 1, explanationKey: 'penalty.minFull' });
  });

  it('reads Venezuela (2017): force is required even for child victims, so CST-2 is a gap', async () => {
    const ve = await card('VE');
    expect(criterion(ve, 'CST-2')).toMatchObject({ status: 'UNMET', score: 0, method: 'AUTOMATIC', sourceKinds: ['SECONDARY'], evidenceAsOf: '2017-03-31' });
  });

  it('keeps every facts criterion NOT_ASSESSED for a state with no narrative (Dominica), with no law invented', async () => {
    const dm = await card('DM');
    const facts = dm.criteria.filter((c) => c.criterion.method !== 'TREATY');
    expect(facts.length).toBeGreaterThan(20);
    for (const c of facts) expect([c.criterion.id, c.status, c.sourceKinds]).toEqual([c.criterion.id, 'NOT_ASSESSED', []]);
    const law = await t.graphql<{ jurisdiction: { instruments: unknown[] } }>('{ jurisdiction(code: "DM") { instruments { key } } }');
    expect(law.data!.jurisdiction.instruments).toEqual([]);
  });

  it("scores Saint Vincent and the Grenadines' 2023 amendment: PEN-1 from unmet to met, and the penalties category up", async () => {
    // 2022 reading: up to 15 years, or a fine alone. 2023 reading: the amendment removed the fine option (no new range stated).
    const before = await card('VC', '2022-06-01');
    const after = await card('VC', '2024-06-01');
    expect(criterion(before, 'PEN-1')).toMatchObject({ status: 'UNMET', score: 0, explanationKey: 'penalty.fineInLieu', evidenceAsOf: '2022-03-31' });
    expect(criterion(after, 'PEN-1')).toMatchObject({ status: 'MET', score: 1, explanationKey: 'penalty.imprisonmentMandatory', evidenceAsOf: '2023-03-31' });
    // The amended wording states no term: what the 2022 reading said of the maximum no longer speaks for the law in force.
    expect(criterion(before, 'PEN-2')).toMatchObject({ status: 'MET', score: 1 });
    expect(criterion(after, 'PEN-2')).toMatchObject({ status: 'NOT_ASSESSED', score: null });
    const penalties = (c: Card) => c.categories.find((k) => k.id === 'PEN')!.score!;
    expect(penalties(after)).toBeGreaterThan(penalties(before));
    expect(after.score!).toBeGreaterThan(before.score!);
  });

  it('lets an approved expert assessment override the TIP finding, and the report says which one counts', async () => {
    const editor = (await createKey(t, 'Ana (editor)', 'EDITOR')).headers;
    const reviewer = (await createKey(t, 'Carla (reviewer)', 'REVIEWER')).headers;
    const rationale = 'Test fixture: the expert read the Act and the rape penalty and finds the minimum commensurate.';
    const law = await t.graphql<{ jurisdiction: { instruments: { provisions: { id: string }[] }[] } }>('{ jurisdiction(code: "BB") { instruments { provisions { id } } } }');
    const provisionId = law.data!.jurisdiction.instruments[0].provisions[0].id;
    const submitted = await t.graphql<{ submitAssessment: { id: string; version: number } }>(
      'mutation($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { id version } }',
      { input: { jurisdiction: 'BB', criterionId: 'PEN-3', result: 1, rationale, confidence: 'HIGH', evidence: { provisionIds: [provisionId], urls: ['https://example.org/bb-fixture-reading'] } } },
      editor,
    );
    expect(submitted.errors).toBeUndefined();
    const { id, version } = submitted.data!.submitAssessment;
    const approved = await t.graphql('mutation($input: ReviewAssessmentInput!) { reviewAssessment(input: $input) { status } }', { input: { id, version, decision: 'APPROVE' } }, reviewer);
    expect(approved.errors).toBeUndefined();

    expect(criterion(await card('BB'), 'PEN-3')).toMatchObject({
      status: 'MET',
      score: 1,
      method: 'EXPERT',
      finding: null,
      automatic: { status: 'UNMET', score: 0, method: 'SOURCE_FINDING', finding: { judgement: 'PENALTIES_COMMENSURATE_WITH_RAPE', holds: false, asOf: '2017-03-31' } },
    });
    const html = await request(t.app.getHttpServer()).get('/reports/BB.html?lang=en');
    expect(html.status).toBe(200);
    const pen3 = html.text.slice(html.text.indexOf('<span class="criterion-id">PEN-3</span>'));
    const row = pen3.slice(0, pen3.indexOf('</tr>'));
    expect(row).toContain('Expert assessment, reviewed and approved');
    expect(row).toContain(rationale);
    // Who approved it and what the expert cited, the article and the page, stay visible.
    expect(row).toMatch(/Approved on [A-Z][a-z]+ \d{1,2}, \d{4} by Carla \(reviewer\)\./);
    expect(row).toMatch(
      /The expert cites: <a href="#provision-\d+">Trafficking offence<\/a>, Trafficking in Persons Prevention Act \(TIPPA\); <a class="source" href="https:\/\/example.org\/bb-fixture-reading" title="https:\/\/example.org\/bb-fixture-reading">example.org<\/a>/,
    );
    expect(row).toContain(
      `The expert&#x27;s approved result counts. Without it, a source&#x27;s finding would decide: Not met (0): According to ${TIP_2017} (as of March 31, 2017), the penalties are not commensurate with those for rape.`,
    );
    // How old and how sure: the summary says it, and each result resting on the 2017 reading is marked.
    const summary = html.text.slice(html.text.indexOf('<p id="evidence-age">'), html.text.indexOf('</p>', html.text.indexOf('<p id="evidence-age">')));
    expect(summary).toContain('Some of it is more than 3 years old (marked below): the law or a treaty status may have changed since.');
    expect(summary).toContain('Some results rest on secondary sources, such as the US TIP Report&#x27;s description of the law, not on the law&#x27;s text (marked below).');
    const pen1 = html.text.slice(html.text.indexOf('id="gap-PEN-1"'), html.text.indexOf('</article>', html.text.indexOf('id="gap-PEN-1"')));
    expect(pen1).toContain('Evidence as of March 31, 2017, <span class="stale">more than 3 years old: it may no longer be current</span>; rests in part on a secondary source.');
    const es = await request(t.app.getHttpServer()).get('/reports/BB.md?lang=es');
    expect(es.text).toContain('Evidencia al 31 de marzo de 2017, de hace más de 3 años: puede no estar al día; se basa en parte en una fuente secundaria.');
    expect(es.text).toContain('Cuenta el resultado aprobado del experto. Sin él, decidiría la constatación de una fuente');
    expect(es.text).toMatch(/Aprobada el \d{1,2} de [a-z]+ de \d{4} por Carla \(reviewer\)\. El experto cita: <https:\/\/example\.org\/bb-fixture-reading>/);
  });

  it('seeds an existing database that lacks the set, never touching an instrument an expert recorded or edited', async () => {
    const instrumentOf = async (code: string) => {
      const body = await t.graphql<{
        jurisdiction: {
          instruments: {
            id: string;
            key: string;
            version: number;
            title: string;
            kind: string;
            language: string;
            sourceUrl: string | null;
            officialCitation: string | null;
            versions: { inForceFrom: string; inForceFromPrecision: string }[];
            provisions: { id: string }[];
          }[];
        };
      }>(`{ jurisdiction(code: "${code}") { instruments { id key version title kind language sourceUrl officialCitation versions { inForceFrom inForceFromPrecision } provisions { id } } } }`);
      return body.data!.jurisdiction.instruments;
    };
    // An expert edits Barbados' baseline instrument (the title is a test fixture, not the Act's).
    const [bb] = await instrumentOf('BB');
    const edited = await t.graphql(
      'mutation($input: UpsertInstrumentInput!) { upsertInstrument(input: $input) { version } }',
      {
        input: {
          jurisdiction: 'BB',
          key: bb.key,
          version: bb.version,
          kind: bb.kind,
          language: bb.language,
          titleEn: 'Edited by an expert (test fixture)',
          sourceUrl: bb.sourceUrl,
          officialCitation: bb.officialCitation,
          versions: bb.versions,
        },
      },
      ADMIN,
    );
    expect(edited.errors).toBeUndefined();
    // As if the set had shipped after this database was seeded, and Venezuela had recorded nothing.
    const [ve] = await instrumentOf('VE');
    const veProvisions = ve.provisions.map((p) => `'${p.id}'`).join(', ');
    await t.dataSource.query(`DELETE FROM source_finding WHERE provision_id IN (${veProvisions})`);
    await t.dataSource.query(`DELETE FROM legal_fact_set WHERE provision_id IN (${veProvisions})`);
    await t.dataSource.query(`DELETE FROM provision WHERE instrument_id = '${ve.id}'`);
    await t.dataSource.query(`DELETE FROM instrument_version WHERE instrument_id = '${ve.id}'`);
    await t.dataSource.query(`DELETE FROM instrument WHERE id = '${ve.id}'`);
    await t.dataSource.query(`DELETE FROM seed_run WHERE name = 'tip-law-readings'`);

    // Venezuela's reading: 1 instrument, 1 provision, 1 fact set, 2 findings (stringent; commensurate with rape).
    expect(await seedReferenceData(t.app)).toContainEqual({ name: 'tip-law-readings', status: 'loaded', records: 5 });
    expect(await instrumentOf('BB')).toEqual([{ ...bb, version: bb.version + 1, title: 'Edited by an expert (test fixture)' }]);
    expect((await instrumentOf('VE')).map((i) => i.key)).toEqual(['tip.organic-law-women-life-free-of-violence']);
    expect(criterion(await card('VE'), 'CST-2')).toMatchObject({ status: 'UNMET', score: 0 });
    expect(await seedReferenceData(t.app)).toContainEqual({ name: 'tip-law-readings', status: 'present', records: 0 });
  });
  it("lets an expert's reading of the text outrank the report fact by fact: a penalty requiring prison ends the report's fine in lieu", async () => {
    await recordFixtureLaw(t, {
      jurisdiction: 'BB',
      key: 'test-fixture-act',
      kind: 'LAW',
      inForceFrom: '2020-01-01',
      factsAsOf: '2024-01-01',
      sourceCitation: 'Fixture reading of the text',
      facts: { penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 5, imprisonmentMaxYears: 10 }] },
    });
    const bb = await card('BB');
    expect(criterion(bb, 'PEN-1')).toMatchObject({ status: 'MET', score: 1, sourceKinds: ['PRIMARY'], evidenceAsOf: '2024-01-01' });
    // The text as recorded says nothing of means for child victims: the report still tells it.
    expect(criterion(bb, 'CST-2')).toMatchObject({ status: 'MET', sourceKinds: ['SECONDARY'] });
  });
});
