import { GraphQLSchemaHost } from '@nestjs/graphql';
import { BackupService, openDatabase } from '@lexgap/composition';
import { ImportKind, KIND_COLUMNS } from '@lexgap/exchange';
import { isMultilineField } from '@lexgap/legal-model';
import { getNullableType, GraphQLInputType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';
import { csv, importData } from '../exchange/exchange-support';
import { describeEachEngine } from '../support/each-engine';
import { entityTables, snapshotTables } from '../support/table-snapshot';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';
import { createTestDatabase } from '../support/test-database';

type Path = (string | number)[];
interface TextField {
  mutation: string;
  argument: string;
  argumentType: GraphQLInputType;
  path: Path;
  /** Non-null in the schema: white space alone must be refused as missing. */
  required: boolean;
  /** The last named part of the path: whether the text rule lets it hold tabs and line breaks. */
  multiline: boolean;
}
interface ListField {
  mutation: string;
  argument: string;
  argumentType: GraphQLInputType;
  path: Path;
}

/** A value GraphQL accepts for a scalar or enum (the text rule runs before any domain check, so it need not make sense). */
function sampleLeaf(type: GraphQLInputType): unknown {
  const t = getNullableType(type);
  if (isEnumType(t)) return t.getValues()[0].value;
  if (isScalarType(t)) {
    switch (t.name) {
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'Date':
        return '2020-01-01';
      case 'DateTime':
        return '2020-01-01T00:00:00Z';
      case 'String':
      case 'ID':
        return 'x';
      default:
        throw new Error(`the walk does not know the scalar ${t.name}: teach it one value`);
    }
  }
  return undefined;
}

/** The least value of a type GraphQL accepts: required fields only, lists empty. */
function minimal(type: GraphQLInputType): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [];
  if (isInputObjectType(t)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(t.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = minimal(field.type);
    }
    return value;
  }
  return sampleLeaf(t);
}

/** The least value of a type with `leaf` at `path` (one entry in each list on the way). */
function withValueAt(type: GraphQLInputType, path: Path, leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const t = getNullableType(type);
  if (isListType(t)) return [withValueAt(t.ofType, path.slice(1), leaf)];
  if (!isInputObjectType(t)) throw new Error(`no path into ${String(t)}`);
  const value = minimal(t) as Record<string, unknown>;
  const name = path[0] as string;
  value[name] = withValueAt(t.getFields()[name].type, path.slice(1), leaf);
  return value;
}

/** Every String and ID an input type holds, nested inputs and list entries included; and every list. */
function walk(type: GraphQLInputType, path: Path, required: boolean, texts: Omit<TextField, 'mutation' | 'argument' | 'argumentType'>[], lists: Path[], seen: string[] = []): void {
  const t = getNullableType(type);
  const here = isNonNullType(type) && required;
  if (isListType(t)) {
    lists.push(path);
    walk(t.ofType, [...path, 0], here, texts, lists, seen);
  } else if (isInputObjectType(t)) {
    if (seen.includes(t.name)) return;
    for (const field of Object.values(t.getFields())) walk(field.type, [...path, field.name], here, texts, lists, [...seen, t.name]);
  } else if (isScalarType(t) && (t.name === 'String' || t.name === 'ID')) {
    const name = [...path].reverse().find((p): p is string => typeof p === 'string') ?? '';
    texts.push({ path, required: here, multiline: isMultilineField(name) });
  }
}

/** A spreadsheet column's letters: 0 → A, 26 → AA. */
const letters = (index: number): string => (index < 26 ? '' : letters(Math.floor(index / 26) - 1)) + String.fromCharCode(65 + (index % 26));

const fieldName = (argument: string, path: Path) => argument + path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');

/** Mutations whose refusals are checked field by field; the walk finds the fields, nothing is hand-listed. */
const REFUSED: { name: string; value: (field: TextField) => string; message: RegExp; applies: (field: TextField) => boolean }[] = [
  { name: 'NUL', value: () => 'ab\u0000cd', message: /NUL/, applies: () => true },
  { name: 'U+0007 (bell)', value: () => 'ab\u0007cd', message: /U\+0007/, applies: () => true },
  { name: 'U+001B (escape)', value: () => '\u001Bab', message: /U\+001B/, applies: () => true },
  { name: 'U+007F (delete)', value: () => 'ab\u007F', message: /U\+007F/, applies: () => true },
  { name: 'U+0085 (C1 next line)', value: () => 'ab\u0085cd', message: /U\+0085/, applies: () => true },
  { name: 'U+009B (C1)', value: () => 'ab\u009Bcd', message: /U\+009B/, applies: () => true },
  { name: 'a line break in a one-line text', value: () => 'ab\ncd', message: /U\+000A.*line breaks/, applies: (f) => !f.multiline },
  { name: 'a tab in a one-line text', value: () => 'ab\tcd', message: /U\+0009.*line breaks/, applies: (f) => !f.multiline },
  { name: 'a lone high surrogate', value: () => 'ab\uD800cd', message: /lone surrogate/, applies: () => true },
  { name: 'a lone low surrogate', value: () => '\uDC00abcd', message: /lone surrogate/, applies: () => true },
  { name: 'white space alone where a text is required', value: (f) => (f.multiline ? ' \n\t ' : '   '), message: /is required/, applies: (f) => f.required },
];

describeEachEngine('the text rule on every string field of every mutation and every import column', (engine) => {
  let t: TestApp;
  let texts: TextField[];
  let lists: ListField[];
  beforeAll(async () => {
    t = await startTestApp(engine, { WRITE_RATE_LIMIT: '1000000' });
    const { schema } = t.app.get(GraphQLSchemaHost);
    texts = [];
    lists = [];
    for (const mutation of Object.values(schema.getMutationType()!.getFields())) {
      for (const argument of mutation.args) {
        const found: Omit<TextField, 'mutation' | 'argument' | 'argumentType'>[] = [];
        const listPaths: Path[] = [];
        walk(argument.type, [], true, found, listPaths);
        texts.push(...found.map((f) => ({ ...f, mutation: mutation.name, argument: argument.name, argumentType: argument.type })));
        lists.push(...listPaths.map((path) => ({ mutation: mutation.name, argument: argument.name, argumentType: argument.type, path })));
      }
    }
  });
  afterAll(() => t.close());

  const call = (field: { mutation: string; argument: string; argumentType: GraphQLInputType; path: Path }, leaf: unknown) => {
    const query = `mutation($v: ${String(field.argumentType)}) { ${field.mutation}(${field.argument}: $v) { __typename } }`;
    return t.graphql(query, { v: withValueAt(field.argumentType, field.path, leaf) }, ADMIN);
  };

  it('finds the text fields of every mutation (fail-closed: a new field is covered without a line here)', () => {
    expect(texts.length).toBeGreaterThanOrEqual(23);
    const mutations = new Set(texts.map((f) => f.mutation));
    for (const m of ['upsertJurisdiction', 'upsertInstrument', 'upsertProvision', 'recordLegalFacts', 'recordTreatyAction', 'submitAssessment', 'importData']) expect(mutations).toContain(m);
    expect(texts.find((f) => f.mutation === 'upsertProvision' && f.path.join('.') === 'text')?.multiline).toBe(true);
    expect(texts.find((f) => f.mutation === 'upsertProvision' && f.path.join('.') === 'citation')?.multiline).toBe(false);
  });

  it('refuses each bad text in each field with BAD_USER_INPUT naming that field, writing nothing', async () => {
    const before = await snapshotTables(t.dataSource, entityTables(t.dataSource));
    const failures: string[] = [];
    let checked = 0;
    for (const field of texts) {
      const path = fieldName(field.argument, field.path);
      if (field.path.at(-1) === 'content' && field.mutation === 'importData') continue; // a whole file: its cells are read below
      for (const c of REFUSED) {
        if (!c.applies(field)) continue;
        checked++;
        const body = await call(field, c.value(field));
        const error = body.errors?.[0];
        const problems = (error?.extensions?.fields ?? []) as { field: string; message: string }[];
        const named = problems.find((p) => p.field === path);
        if (error?.extensions?.code !== 'BAD_USER_INPUT' || !named || !c.message.test(named.message) || Object.values(body.data ?? {}).some((v) => v !== null)) {
          failures.push(`${field.mutation} ${path} ← ${c.name}: ${JSON.stringify({ errors: body.errors, data: body.data })}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(200);
    expect(await snapshotTables(t.dataSource, entityTables(t.dataSource))).toEqual(before);
  });

  it('lets tabs and line breaks through in long texts only (no text-rule problem for them)', async () => {
    const failures: string[] = [];
    for (const field of texts.filter((f) => f.multiline)) {
      const body = await call(field, 'line one\n\tline two\r\n');
      const problems = (body.errors?.[0]?.extensions?.fields ?? []) as { field: string; message: string }[];
      const path = fieldName(field.argument, field.path);
      if (problems.some((p) => p.field === path && /control character|line breaks/.test(p.message))) failures.push(`${field.mutation} ${path}`);
    }
    expect(failures).toEqual([]);
  });

  it('caps every list of every input (1,000 entries at most, most lists far fewer)', async () => {
    const before = await snapshotTables(t.dataSource, entityTables(t.dataSource));
    const failures: string[] = [];
    for (const list of lists) {
      const t0 = getNullableType(list.argumentType);
      let type: GraphQLInputType = t0;
      for (const p of list.path) {
        const n = getNullableType(type);
        type = isListType(n) ? n.ofType : isInputObjectType(n) ? n.getFields()[p as string].type : n;
      }
      const item = getNullableType(type);
      if (!isListType(item)) throw new Error(`${list.path.join('.')} is not a list`);
      const entries = Array.from({ length: 1001 }, () => minimal(item.ofType));
      const body = await call(list, entries);
      const problems = (body.errors?.[0]?.extensions?.fields ?? []) as { field: string; message: string }[];
      const path = fieldName(list.argument, list.path);
      if (body.errors?.[0]?.extensions?.code !== 'BAD_USER_INPUT' || !problems.some((p) => p.field === path)) failures.push(`${list.mutation} ${path}: ${JSON.stringify(body.errors)}`);
    }
    expect(failures).toEqual([]);
    expect(lists.length).toBeGreaterThanOrEqual(10);
    expect(await snapshotTables(t.dataSource, entityTables(t.dataSource))).toEqual(before);
  });

  it('refuses each bad text in each column of each import kind at its cell, writing nothing', async () => {
    const before = await snapshotTables(t.dataSource, entityTables(t.dataSource));
    const failures: string[] = [];
    let checked = 0;
    for (const [name, kind] of Object.entries(ImportKind)) {
      const spec = KIND_COLUMNS[kind];
      const header = spec.columns.map((c) => c.name);
      for (const [index, column] of spec.columns.entries()) {
        const field = { multiline: isMultilineField(column.name) || !!column.list, required: !!column.required } as TextField;
        for (const c of REFUSED) {
          if (!c.applies(field) || /white space/.test(c.name)) continue;
          checked++;
          const row = spec.columns.map((col) => (col.example === '' ? null : col.example));
          row[index] = c.value(field);
          const report = await importData(t, name, csv([header, row]));
          const cell = `${letters(index)}2`;
          const problem = report.problems.find((p) => p.cell === cell && p.column === column.name);
          if (report.created + report.updated !== 0 || !problem || !c.message.test(problem.message)) failures.push(`${kind} ${column.name} ← ${c.name}: ${JSON.stringify(report.problems)}`);
        }
      }
    }
    // Long texts and lists (entries one a line) may hold line breaks and tabs: no text-rule problem at their cells.
    for (const [name, kind] of Object.entries(ImportKind)) {
      const spec = KIND_COLUMNS[kind];
      for (const [index, column] of spec.columns.entries()) {
        if (!isMultilineField(column.name) && !column.list) continue;
        checked++;
        const row = spec.columns.map((col) => (col.example === '' ? null : col.example));
        row[index] = `${column.example || 'x'}\n\t${column.example || 'y'}`;
        const report = await importData(t, name, csv([spec.columns.map((c) => c.name), row]), { dryRun: true });
        const problem = report.problems.find((p) => p.cell === `${letters(index)}2` && /control character|line breaks/.test(p.message));
        if (problem) failures.push(`${kind} ${column.name} ← a line break in a long text or list: ${JSON.stringify(problem)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(100);
    expect(await snapshotTables(t.dataSource, entityTables(t.dataSource))).toEqual(before);
  });
});

const NFD = 'Proteccio\u0301n'; // "Protección", decomposed
const NFC = 'Protección';
/** Placeholder test fixtures, not any country's law. */
async function recordAcceptedTexts(t: TestApp): Promise<void> {
  const ok = async (query: string, input: unknown): Promise<Record<string, { id?: string }>> => {
    const body = await t.graphql<Record<string, { id?: string }>>(query, { input }, ADMIN);
    expect(body.errors).toBeUndefined();
    return body.data!;
  };
  await ok(`mutation($input: UpsertJurisdictionInput!) { upsertJurisdiction(input: $input) { code } }`, {
    code: 'XZ',
    names: { en: `${NFD} land (fixture)`, es: '   ', fr: ' \u00A0 ' },
    source: `Fixture ${NFD}`,
  });
  const instrument = await ok(`mutation($input: UpsertInstrumentInput!) { upsertInstrument(input: $input) { id } }`, {
    jurisdiction: 'CR',
    key: 'text-rule-every-field',
    kind: 'LAW',
    language: 'es',
    titleOriginal: `Ley de ${NFD} (fixture) 🛡️`,
    titleEn: '   ',
    officialCitation: `Ley ${NFD}`,
    versions: [{ inForceFrom: '2010-01-01', amendedBy: '  ', note: `Nota:\n\t${NFD}` }],
  });
  const provision = await ok(`mutation($input: UpsertProvisionInput!) { upsertProvision(input: $input) { id } }`, {
    instrumentId: instrument.upsertInstrument.id,
    key: 'art-1',
    citation: `Art. 1 ${NFD}`,
    heading: '   ',
    text: `${NFD}:\r\n\tprimer pa\u0301rrafo`,
    inForceFrom: '2010-01-01',
  });
  await ok(`mutation($input: RecordLegalFactsInput!) { recordLegalFacts(input: $input) { provisionId } }`, {
    provisionId: provision.upsertProvision.id,
    asOf: '2024-01-01',
    sourceCitation: `Fuente ${NFD}`,
    sourceUrl: '   ',
    note: `${NFD}\nsecond line`,
    facts: { acts: ['RECRUITMENT'], extraMeans: [`${NFD} means`] },
  });
  await ok(`mutation($input: RecordTreatyActionInput!) { recordTreatyAction(input: $input) { id } }`, {
    jurisdiction: 'GY',
    treaty: 'ILO-P029',
    type: 'RATIFICATION',
    date: '2020-01-01',
    datePrecision: 'YEAR',
    asOf: '2024-01-01',
    verified: false,
    sourceCitation: `Fixture ${NFD}`,
    reservations: `${NFD}\n(b)`,
    note: '  \n ',
  });
  const header = ['jurisdiction', 'instrument_key', 'key', 'citation', 'heading', 'text', 'in_force_from', 'source_url'];
  const report = await importData(t, 'PROVISIONS', csv([header, ['CR', 'text-rule-every-field', 'art-2', `Art. 2 ${NFD}`, '   ', `${NFD}\n\tdos`, '2010-01-01', ' ']]));
  expect(report).toMatchObject({ created: 1, problems: [] });
}

/** What recordAcceptedTexts stored, read straight from the tables: NFC, and null for white space alone. */
async function expectStoredTexts(dataSource: TestApp['dataSource']): Promise<void> {
  const one = async (sql: string) => (await dataSource.query(sql))[0];
  expect(await one(`SELECT name_en, name_es, name_fr, source FROM jurisdiction WHERE code = 'XZ'`)).toEqual({
    name_en: `${NFC} land (fixture)`,
    name_es: null,
    name_fr: null,
    source: `Fixture ${NFC}`,
  });
  expect(await one(`SELECT title_original, title_en, official_citation FROM instrument WHERE key = 'text-rule-every-field'`)).toEqual({
    title_original: `Ley de ${NFC} (fixture) 🛡️`,
    title_en: null,
    official_citation: `Ley ${NFC}`,
  });
  expect(await one(`SELECT v.amended_by, v.note FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id WHERE i.key = 'text-rule-every-field'`)).toEqual({
    amended_by: null,
    note: `Nota:\n\t${NFC}`,
  });
  const provision = await one(`SELECT id, citation, heading, text FROM provision WHERE key = 'art-1' AND citation LIKE 'Art. 1 %'`);
  expect(provision).toMatchObject({ citation: `Art. 1 ${NFC}`, heading: null, text: `${NFC}:\r\n\tprimer párrafo` });
  expect(await one(`SELECT citation, heading, text, source_url FROM provision WHERE key = 'art-2' AND citation LIKE 'Art. 2 %'`)).toEqual({
    citation: `Art. 2 ${NFC}`,
    heading: null,
    text: `${NFC}\n\tdos`,
    source_url: null,
  });
  const facts = await one(`SELECT source_citation, source_url, note, facts FROM legal_fact_set WHERE provision_id = '${provision.id}'`);
  expect(facts).toMatchObject({ source_citation: `Fuente ${NFC}`, source_url: null, note: `${NFC}\nsecond line` });
  expect(typeof facts.facts === 'string' ? JSON.parse(facts.facts) : facts.facts).toMatchObject({ extraMeans: [`${NFC} means`] });
  expect(await one(`SELECT source_citation, reservations, note FROM treaty_action WHERE jurisdiction_code = 'GY' AND treaty_code = 'ILO-P029'`)).toEqual({
    source_citation: `Fixture ${NFC}`,
    reservations: `${NFC}\n(b)`,
    note: null,
  });
}

describeEachEngine('texts the rule accepts are stored alike', (engine) => {
  it('stores NFC, keeps line breaks in long texts, and null for white space alone', async () => {
    const t = await startTestApp(engine);
    try {
      await recordAcceptedTexts(t);
      await expectStoredTexts(t.dataSource);
    } finally {
      await t.close();
    }
  });
});

// A SQLite database holding every kind of text the rule lets through restores into PostgreSQL (run with the PostgreSQL half).
describeEachEngine('texts the rule accepts move from SQLite to PostgreSQL', (engine) => {
  if (engine !== 'postgres') return;
  it('backs up SQLite and restores into PostgreSQL, texts unchanged', async () => {
    const t = await startTestApp('sqlite');
    try {
      await recordAcceptedTexts(t);
      const bundle = await new BackupService(t.dataSource).backup();
      const target = await createTestDatabase(engine);
      const dataSource = await openDatabase({ database: target.target });
      try {
        await expect(new BackupService(dataSource).restore(JSON.parse(JSON.stringify(bundle)))).resolves.toBeGreaterThan(0);
        await expectStoredTexts(dataSource);
      } finally {
        await dataSource.destroy();
        await target.drop();
      }
    } finally {
      await t.close();
    }
  });
});
