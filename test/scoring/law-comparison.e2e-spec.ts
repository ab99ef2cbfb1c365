import { writeFileSync } from 'node:fs';
import type { LegalFacts } from '@lexgap/legal-model';
import { download, readWorkbook } from '../exchange/exchange-support';
import { createKey } from '../support/api-keys';
import { describeEachEngine } from '../support/each-engine';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const AS_OF = '2024-06-01';

type Provision = {
  id: string;
  citation: string;
  instrumentTitle: string | null;
  jurisdiction: string;
  inherited: boolean;
  level: string;
  inForceFrom: string;
  sourceUrl: string | null;
  sourceKind: string;
  verified: boolean;
  factsAsOf: string;
};
type Cell = {
  jurisdiction: string;
  stated: boolean;
  values: string[] | null;
  extras: string[] | null;
  flag: boolean | null;
  favourable: boolean | null;
  number: number | null;
  penalties: { provisionId: string; penalty: Record<string, unknown> }[] | null;
  penaltyRange: { lifeImprisonment: boolean; highestMaximumYears: number | null; lowestSentenceYears: number | null; lowestSentenceAtMost: boolean } | null;
  forcedLabourOffence: { imprisonment: boolean; allSectors: boolean } | null;
  provisions: Provision[];
};
type Row = { key: string; kind: string; field: string; list: string | null; offence: string | null; favourableValue: boolean | null; criteria: string[]; cells: Cell[] };
type Comparison = { rubricId: string; rubricVersion: number; asOf: string; jurisdictions: string[]; facts: Row[] };

const COMPARE_LAW = `query($codes: [String!]!, $asOf: Date) {
  compareLaw(jurisdictions: $codes, asOf: $asOf) {
    rubricId rubricVersion asOf jurisdictions
    facts {
      key kind field list offence favourableValue criteria
      cells {
        jurisdiction stated values extras flag favourable number
        penalties { provisionId penalty { offence imprisonmentMinYears imprisonmentMaxYears lifeImprisonment fine fineInLieuOfImprisonment } }
        penaltyRange { lifeImprisonment highestMaximumYears lowestSentenceYears lowestSentenceAtMost }
        forcedLabourOffence { imprisonment allSectors }
        provisions { id citation instrumentTitle jurisdiction inherited level inForceFrom sourceUrl sourceKind verified factsAsOf }
      }
    }
  }
}`;

/**
 * Side-by-side law through the API and the exports. Fictional jurisdictions (user-assigned ISO
 * codes XF, XZ, XR and the unit XF-S1); every title, citation and fact is a test fixture, not any
 * country's law.
 */
describeEachEngine('compareLaw: side-by-side law, with its CSV and XLSX exports', (engine) => {
  let t: TestApp;
  let reviewer: Record<string, string>;
  const ids: Record<string, string> = {};
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = ADMIN) => {
    const body = await t.graphql<T>(query, variables, headers);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  const compare = async (codes: string[], asOf = AS_OF) => (await gql<{ compareLaw: Comparison }>(COMPARE_LAW, { codes, asOf }, {})).compareLaw;
  const cell = (c: Comparison, key: string, code: string): Cell => {
    const row = c.facts.find((f) => f.key === key);
    if (!row) throw new Error(`no fact ${key}`);
    return row.cells.find((x) => x.jurisdiction === code)!;
  };
  const upsertJurisdiction = (code: string, en: string) =>
    gql('mutation($input: UpsertJurisdictionInput!) { upsertJurisdiction(input: $input) { code } }', { input: { code, names: { en }, source: 'test fixture' } });
  const instrument = async (jurisdiction: string, key: string, kind: 'CODE' | 'LAW', title: string) =>
    (
      await gql<{ upsertInstrument: { id: string } }>('mutation($input: UpsertInstrumentInput!) { upsertInstrument(input: $input) { id } }', {
        input: {
          jurisdiction,
          key,
          kind,
          language: 'en',
          titleOriginal: title,
          officialCitation: 'test fixture',
          sourceUrl: `https://example.org/${jurisdiction.toLowerCase()}/${key}`,
          versions: [{ inForceFrom: '2010-01-01' }],
        },
      })
    ).upsertInstrument.id;
  const provision = async (name: string, instrumentId: string, key: string, citation: string, inForceFrom: string, facts: LegalFacts, sourceUrl?: string) => {
    const created = await gql<{ upsertProvision: { id: string } }>('mutation($input: UpsertProvisionInput!) { upsertProvision(input: $input) { id } }', {
      input: { instrumentId, key, citation, text: 'Fixture text.', inForceFrom, sourceUrl },
    });
    ids[name] = created.upsertProvision.id;
    await gql('mutation($input: RecordLegalFactsInput!) { recordLegalFacts(input: $input) { version } }', {
      input: { provisionId: ids[name], asOf: '2024-01-01', sourceCitation: 'test fixture', facts },
    });
  };

  beforeAll(async () => {
    t = await startTestApp(engine);
    reviewer = (await createKey(t, 'Rui (reviewer)', 'REVIEWER')).headers;
    await upsertJurisdiction('XF', 'Fixture Federation (test)');
    await upsertJurisdiction('XF-S1', 'Fixture South (test)');
    await upsertJurisdiction('XZ', 'Fixture Unitary (test)');
    await upsertJurisdiction('XR', 'Fixture Republic (test)');

    // XF: a penal code, Art. 5 in force since 2010 (verified by a second expert), Art. 5 bis only from 2025.
    const xfCode = await instrument('XF', 'penal-code', 'CODE', 'Fixture Penal Code (test)');
    await provision(
      'xfArt5',
      xfCode,
      'art-5',
      'Art. 5',
      '2010-01-01',
      { acts: ['RECRUITMENT', 'TRANSPORTATION'], consentIrrelevant: true, childAgeThreshold: 18, penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 5, imprisonmentMaxYears: 15 }] },
      'https://example.org/xf/penal-code#art-5',
    );
    await gql('mutation($input: VerifyLegalFactsInput!) { verifyLegalFacts(input: $input) { verified } }', { input: { provisionId: ids.xfArt5, version: 1 } }, reviewer);
    await provision('xfArt5bis', xfCode, 'art-5-bis', 'Art. 5 bis', '2025-01-01', { acts: ['HARBOURING'], penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 8, lifeImprisonment: true }] });
    // XF-S1: its own state law adds RECEIPT to the federation's acts.
    const s1Law = await instrument('XF-S1', 'state-law', 'LAW', 'Fixture State Law (test)');
    await provision('s1Sec7', s1Law, 'sec-7', 'Sec. 7', '2012-01-01', { acts: ['RECEIPT'] });
    // XZ: consent not irrelevant, a fine may replace imprisonment, children under 16.
    const xzLaw = await instrument('XZ', 'trafficking-law', 'LAW', 'Fixture Trafficking Law 1/2010 (test)');
    await provision('xzArt2', xzLaw, 'art-2', 'Art. 2', '2010-01-01', {
      acts: ['RECRUITMENT', 'HARBOURING', 'RECEIPT'],
      extraActs: ['=sale of persons'],
      consentIrrelevant: false,
      childAgeThreshold: 16,
      penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 2, imprisonmentMaxYears: 6, fine: true, fineInLieuOfImprisonment: true }],
    });
    // XR: no word on consent or on children; a maximum of 4 years and no minimum.
    const xrCode = await instrument('XR', 'criminal-code', 'CODE', 'Fixture Criminal Code (test)');
    await provision('xrSec1', xrCode, 'sec-1', 'Sec. 1', '2010-01-01', { acts: ['TRANSFER'], penalties: [{ offence: 'TRAFFICKING', imprisonmentMaxYears: 4 }] });
  });
  afterAll(() => t.close());

  it('gives each jurisdiction’s value of each fact the rubric reads, in the order asked, with the provisions stating it', async () => {
    const c = await compare(['XF', 'xz', 'XR']);
    expect([c.rubricId, c.rubricVersion, c.asOf, c.jurisdictions]).toEqual(['tip-legal-framework', 1, AS_OF, ['XF', 'XZ', 'XR']]);
    const acts = c.facts.find((f) => f.key === 'acts')!;
    expect([acts.kind, acts.field, acts.list, acts.criteria]).toEqual(['LIST', 'acts', 'ACTS', ['PAL-3']]);
    expect(acts.cells.map((x) => [x.jurisdiction, x.values])).toEqual([
      ['XF', ['RECRUITMENT', 'TRANSPORTATION']],
      ['XZ', ['RECRUITMENT', 'HARBOURING', 'RECEIPT']],
      ['XR', ['TRANSFER']],
    ]);
    expect(cell(c, 'acts', 'XZ').extras).toEqual(['=sale of persons']);
    expect(cell(c, 'acts', 'XF').provisions).toEqual([
      {
        id: ids.xfArt5,
        citation: 'Art. 5',
        instrumentTitle: 'Fixture Penal Code (test)',
        jurisdiction: 'XF',
        inherited: false,
        level: 'NATIONAL',
        inForceFrom: '2010-01-01',
        sourceUrl: 'https://example.org/xf/penal-code#art-5',
        sourceKind: 'PRIMARY',
        verified: true,
        factsAsOf: '2024-01-01',
      },
    ]);
    expect(cell(c, 'acts', 'XZ').provisions.map((p) => [p.citation, p.instrumentTitle, p.sourceUrl, p.verified])).toEqual([
      ['Art. 2', 'Fixture Trafficking Law 1/2010 (test)', 'https://example.org/xz/trafficking-law', false],
    ]);

    const consent = c.facts.find((f) => f.key === 'consentIrrelevant')!;
    expect([consent.kind, consent.favourableValue]).toEqual(['FLAG', true]);
    expect(consent.cells.map((x) => [x.jurisdiction, x.stated, x.flag, x.favourable, x.provisions.map((p) => p.citation)])).toEqual([
      ['XF', true, true, true, ['Art. 5']],
      ['XZ', true, false, false, ['Art. 2']],
      // Not recorded: unknown, never "no".
      ['XR', false, null, null, []],
    ]);

    expect(cell(c, 'penalties:TRAFFICKING', 'XF')).toMatchObject({
      stated: true,
      penaltyRange: { lifeImprisonment: false, highestMaximumYears: 15, lowestSentenceYears: 5, lowestSentenceAtMost: false },
      penalties: [{ provisionId: ids.xfArt5, penalty: { offence: 'TRAFFICKING', imprisonmentMinYears: 5, imprisonmentMaxYears: 15 } }],
    });
    expect(cell(c, 'penalties:TRAFFICKING', 'XZ').penaltyRange).toEqual({ lifeImprisonment: false, highestMaximumYears: 6, lowestSentenceYears: 0, lowestSentenceAtMost: false });
    expect(cell(c, 'penalties:TRAFFICKING', 'XR').penaltyRange).toEqual({ lifeImprisonment: false, highestMaximumYears: 4, lowestSentenceYears: 4, lowestSentenceAtMost: true });

    expect(c.facts.find((f) => f.key === 'childAgeThreshold')!.cells.map((x) => [x.jurisdiction, x.stated, x.number])).toEqual([
      ['XF', true, 18],
      ['XZ', true, 16],
      ['XR', false, null],
    ]);
    // Nobody recorded it: a whole row unstated.
    expect(c.facts.find((f) => f.key === 'legalPersonLiability')!.cells.every((x) => !x.stated && x.flag === null && x.provisions.length === 0)).toBe(true);
    expect(cell(c, 'penalties:SEX_TRAFFICKING', 'XF')).toMatchObject({ stated: false, penalties: null, penaltyRange: null });

    if (process.env.LEXGAP_WRITE_EXAMPLE === '1' && engine === 'sqlite') {
      const interesting = ['acts', 'consentIrrelevant', 'penalties:TRAFFICKING', 'childAgeThreshold'];
      writeFileSync('/tmp/compare-law-example.json', `${JSON.stringify({ data: { compareLaw: { ...c, facts: c.facts.filter((f) => interesting.includes(f.key)) } } }, null, 2)}\n`);
    }
  });

  it('does not count a provision not yet in force on the date (Art. 5 bis, from 2025), and counts it once it is', async () => {
    const before = await compare(['XF']);
    expect(cell(before, 'acts', 'XF').values).not.toContain('HARBOURING');
    expect(cell(before, 'penalties:TRAFFICKING', 'XF').penalties!.map((p) => p.provisionId)).toEqual([ids.xfArt5]);
    expect(cell(before, 'penalties:TRAFFICKING', 'XF').penaltyRange!.lifeImprisonment).toBe(false);
    const after = await compare(['XF'], '2025-06-01');
    expect(cell(after, 'acts', 'XF')).toMatchObject({ values: ['RECRUITMENT', 'TRANSPORTATION', 'HARBOURING'] });
    expect(cell(after, 'acts', 'XF').provisions.map((p) => p.citation)).toEqual(['Art. 5', 'Art. 5 bis']);
    expect(cell(after, 'penalties:TRAFFICKING', 'XF').penaltyRange).toMatchObject({ lifeImprisonment: true, lowestSentenceYears: 5 });
  });

  it('counts a sub-national unit’s inherited national law beside its own, tagged with the country', async () => {
    const c = await compare(['XF-S1', 'XF']);
    expect(cell(c, 'acts', 'XF-S1').values).toEqual(['RECRUITMENT', 'TRANSPORTATION', 'RECEIPT']);
    expect(cell(c, 'acts', 'XF-S1').provisions.map((p) => [p.citation, p.jurisdiction, p.inherited, p.level])).toEqual([
      ['Art. 5', 'XF', true, 'NATIONAL'],
      ['Sec. 7', 'XF-S1', false, 'SUBNATIONAL'],
    ]);
    // National facts the unit does not restate hold in it.
    expect(cell(c, 'consentIrrelevant', 'XF-S1')).toMatchObject({ stated: true, flag: true, provisions: [{ citation: 'Art. 5', inherited: true }] });
    expect(cell(c, 'childAgeThreshold', 'XF-S1').number).toBe(18);
  });

  it('refuses 0 or 11 jurisdictions and a repeated one (BAD_USER_INPUT naming jurisdictions), an unknown one is NOT_FOUND', async () => {
    const none = await t.graphql(COMPARE_LAW, { codes: [], asOf: AS_OF });
    expect(none.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'jurisdictions' } });
    const eleven = ['XA', 'XB', 'XC', 'XD', 'XE', 'XF', 'XG', 'XH', 'XI', 'XJ', 'XK'];
    const many = await t.graphql(COMPARE_LAW, { codes: eleven, asOf: AS_OF });
    expect(many.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'jurisdictions' } });
    expect(many.errors![0].message).toMatch(/1 to 10/);
    const twice = await t.graphql(COMPARE_LAW, { codes: ['XF', 'xf'], asOf: AS_OF });
    expect(twice.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'jurisdictions[1]' } });
    const malformed = await t.graphql(COMPARE_LAW, { codes: ['XF', 'not a code'], asOf: AS_OF });
    expect(malformed.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'jurisdictions[1]' } });
    const unknown = await t.graphql(COMPARE_LAW, { codes: ['XF', 'XQ'], asOf: AS_OF });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(unknown.errors![0].message).toContain('XQ');
  });

  it('exports one CSV row per fact and jurisdiction, values as plain cells, text escaped against formulas', async () => {
    const res = await download(t, `/exports/law-comparison.csv?jurisdictions=XF,XZ,XR&asOf=${AS_OF}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="law-comparison-tip-legal-framework-v1-XF-XZ-XR-${AS_OF}.csv"`);
    const text: string = res.body.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('rubric_id,rubric_version,as_of,fact,kind,criteria,jurisdiction,stated,value,extras,favourable,citations,enacted_by,source_urls,source_kinds,verified,facts_as_of');
    const facts = (await compare(['XF'])).facts.length;
    expect(lines.length - 1).toBe(facts * 3);
    const row = (fact: string, code: string) => lines.find((l) => l.startsWith(`tip-legal-framework,1,${AS_OF},${fact},`) && l.includes(`,${code},`));
    expect(row('acts', 'XF')).toBe(
      `tip-legal-framework,1,${AS_OF},acts,LIST,PAL-3,XF,yes,"RECRUITMENT; TRANSPORTATION",,,Art. 5 (Fixture Penal Code (test)),XF,https://example.org/xf/penal-code#art-5,PRIMARY,yes,2024-01-01`,
    );
    // The extra entry starts with "=": written with a leading apostrophe.
    expect(row('acts', 'XZ')).toBe(
      `tip-legal-framework,1,${AS_OF},acts,LIST,PAL-3,XZ,yes,"RECRUITMENT; HARBOURING; RECEIPT",'=sale of persons,,Art. 2 (Fixture Trafficking Law 1/2010 (test)),XZ,https://example.org/xz/trafficking-law,PRIMARY,no,2024-01-01`,
    );
    expect(text).not.toMatch(/(^|,)"?=sale/m);
    expect(row('consentIrrelevant', 'XZ')).toContain(',FLAG,PAL-6,XZ,yes,no,,no,Art. 2 (');
    expect(row('consentIrrelevant', 'XR')).toBe(`tip-legal-framework,1,${AS_OF},consentIrrelevant,FLAG,PAL-6,XR,no,,,,,,,,,`);
    expect(row('penalties:TRAFFICKING', 'XF')).toContain(',XF,yes,"lowest sentence 5 years; highest 15 years",');
    expect(row('penalties:TRAFFICKING', 'XZ')).toContain(',XZ,yes,"lowest sentence 0 years; highest 6 years",');
    expect(row('penalties:TRAFFICKING', 'XR')).toContain(',XR,yes,"lowest sentence at most 4 years; highest 4 years",');
    expect(row('childAgeThreshold', 'XZ')).toContain(',AGE,CST-1,XZ,yes,16,');
  });

  it('exports XLSX: About, one row per fact and jurisdiction, and the facts side by side; values only, never formulas', async () => {
    const res = await download(t, `/exports/law-comparison.xlsx?jurisdictions=XF-S1,XR&asOf=${AS_OF}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="law-comparison-tip-legal-framework-v1-XF-S1-XR-${AS_OF}.xlsx"`);
    const workbook = await readWorkbook(res.body);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['About', 'Law', 'Side by side']);
    const about = new Map<string, unknown>();
    workbook.getWorksheet('About')!.eachRow((r) => about.set(String(r.getCell(1).value), r.getCell(2).value));
    expect([about.get('rubric_id'), about.get('rubric_version'), about.get('as_of'), about.get('jurisdictions')]).toEqual(['tip-legal-framework', 1, AS_OF, 'XF-S1, XR']);
    const law = workbook.getWorksheet('Law')!;
    const header = law.getRow(1).values as unknown[];
    const rows: Record<string, unknown>[] = [];
    law.eachRow((r, n) => n > 1 && rows.push(Object.fromEntries(header.map((h, i) => [h, r.getCell(i).value]).slice(1))));
    const acts = rows.find((r) => r.fact === 'acts' && r.jurisdiction === 'XF-S1')!;
    expect(acts).toMatchObject({
      stated: 'yes',
      value: 'RECRUITMENT; TRANSPORTATION; RECEIPT',
      citations: 'Art. 5 (Fixture Penal Code (test)); Sec. 7 (Fixture State Law (test))',
      enacted_by: 'XF; XF-S1',
      verified: 'no',
    });
    expect(rows.find((r) => r.fact === 'childAgeThreshold' && r.jurisdiction === 'XF-S1')!.value).toBe(18);
    expect(rows.find((r) => r.fact === 'childAgeThreshold' && r.jurisdiction === 'XR')).toMatchObject({ stated: 'no', value: null });
    const side = workbook.getWorksheet('Side by side')!;
    expect((side.getRow(1).values as unknown[]).slice(1)).toEqual(['fact', 'kind', 'criteria', 'XF-S1', 'XR']);
    const sideActs = side.getColumn(1).values.indexOf('acts');
    expect((side.getRow(sideActs).values as unknown[]).slice(4)).toEqual(['RECRUITMENT; TRANSPORTATION; RECEIPT', 'TRANSFER']);
    const formulas: unknown[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((r) => r.eachCell((c) => c.formula && formulas.push(c.address))));
    expect(formulas).toEqual([]);
    const xz = await readWorkbook((await download(t, `/exports/law-comparison.xlsx?jurisdictions=XZ&asOf=${AS_OF}`)).body);
    const extras: unknown[] = [];
    xz.getWorksheet('Law')!.eachRow((r) => r.eachCell((c) => String(c.value).includes('sale of persons') && extras.push(c.value)));
    expect(extras).toEqual(["'=sale of persons"]);
  });

  it('refuses bad export parameters as the other exports do', async () => {
    const error = async (path: string) => {
      const res = await download(t, path);
      return { status: res.status, ...(JSON.parse(res.body.toString('utf8')).error as { code: string; field?: string }) };
    };
    expect(await error('/exports/law-comparison.csv')).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', field: 'jurisdictions' });
    expect(await error('/exports/law-comparison.csv?jurisdictions=XA,XB,XC,XD,XE,XF,XG,XH,XI,XJ,XK')).toMatchObject({ status: 400, field: 'jurisdictions' });
    expect(await error('/exports/law-comparison.csv?jurisdictions=XF,XQ')).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(await error('/exports/law-comparison.pdf?jurisdictions=XF')).toMatchObject({ status: 400, field: 'format' });
    expect(await error('/exports/law-comparison.csv?jurisdictions=XF&asOf=2999-01-01')).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    expect(await error('/exports/law-comparison.csv?jurisdictions=XF&version=0')).toMatchObject({ status: 400, field: 'version' });
    expect(await error('/exports/law-comparison.csv?jurisdictions=XF&rubric=no-such-rubric')).toMatchObject({ status: 400, field: 'rubric' });
    // The text rule on the query string: a control character is refused, naming the parameter.
    expect(await error('/exports/law-comparison.csv?jurisdictions=XF%00')).toMatchObject({ status: 400, field: 'jurisdictions' });
  });
});
