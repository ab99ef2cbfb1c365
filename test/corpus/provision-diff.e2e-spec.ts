import { describeEachEngine } from '../support/each-engine';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';

const UPSERT_INSTRUMENT = 'mutation($input: UpsertInstrumentInput!) { upsertInstrument(input: $input) { id } }';
const UPSERT_PROVISION = 'mutation($input: UpsertProvisionInput!) { upsertProvision(input: $input) { id } }';
const DIFF = `query($id: ID!, $from: ID!) { provision(id: $id) { key diff(from: $from) { fromId toId comparable reason wordsAdded wordsRemoved segments { kind text } } } }`;

type Diff = { fromId: string; toId: string; comparable: boolean; reason: string | null; wordsAdded: number; wordsRemoved: number; segments: { kind: string; text: string }[] };

describeEachEngine('Provision.diff: what changed between two wordings', (engine) => {
  let t: TestApp;
  const ids: Record<string, string> = {};

  async function ok<T>(query: string, input: unknown): Promise<T> {
    const body = await t.graphql<T>(query, { input }, ADMIN);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  }
  const instrument = (key: string) =>
    ok<{ upsertInstrument: { id: string } }>(UPSERT_INSTRUMENT, {
      jurisdiction: 'XD',
      key,
      kind: 'CODE',
      language: 'es',
      titleOriginal: `Código de prueba ${key} (test)`,
      officialCitation: 'test fixture',
      versions: [{ inForceFrom: '2008-01-01' }],
    }).then((d) => d.upsertInstrument.id);
  const provision = (input: Record<string, unknown>) => ok<{ upsertProvision: { id: string } }>(UPSERT_PROVISION, input).then((d) => d.upsertProvision.id);

  beforeAll(async () => {
    t = await startTestApp(engine);
    await ok('mutation($input: UpsertJurisdictionInput!) { upsertJurisdiction(input: $input) { code } }', { code: 'XD', names: { en: 'Diff fixture state' }, source: 'test fixture' });
    const code = await instrument('codigo-penal');
    const other = await instrument('ley-otra');
    const article = { instrumentId: code, key: 'art-145-bis', citation: 'Art. 145 bis' };
    ids.old = await provision({
      ...article,
      text: 'Será reprimido con prisión de cuatro a ocho años el que captare, transportare o acogiere personas con fines de explotación.',
      inForceFrom: '2008-04-30',
      inForceTo: '2012-12-27',
    });
    ids.current = await provision({
      ...article,
      text: 'Será reprimido con prisión de cinco a quince años el que ofreciere, captare, transportare o acogiere personas con fines de explotación.',
      inForceFrom: '2012-12-27',
    });
    ids.unrecorded = await provision({ ...article, inForceFrom: '2005-01-01', inForceTo: '2008-04-30' });
    ids.otherArticle = await provision({ instrumentId: code, key: 'art-145-ter', citation: 'Art. 145 ter', text: 'Las penas se agravarán.', inForceFrom: '2008-04-30' });
    ids.otherInstrument = await provision({ instrumentId: other, key: 'art-145-bis', citation: 'Art. 145 bis', text: 'Otro texto.', inForceFrom: '2008-04-30' });
  });
  afterAll(() => t.close());

  const diff = (id: string, from: string) => t.graphql<{ provision: { key: string; diff: Diff | null } }>(DIFF, { id, from });

  it('shows the penalty raised from "cuatro a ocho años" to "cinco a quince años", word by word, to anyone', async () => {
    const body = await diff(ids.current, ids.old);
    expect(body.errors).toBeUndefined();
    const d = body.data!.provision.diff!;
    expect(d).toMatchObject({ fromId: ids.old, toId: ids.current, comparable: true, reason: null, wordsAdded: 3, wordsRemoved: 2 });
    expect(d.segments).toEqual([
      { kind: 'SAME', text: 'Será reprimido con prisión de ' },
      { kind: 'REMOVED', text: 'cuatro' },
      { kind: 'ADDED', text: 'cinco' },
      { kind: 'SAME', text: ' a ' },
      { kind: 'REMOVED', text: 'ocho' },
      { kind: 'ADDED', text: 'quince' },
      { kind: 'SAME', text: ' años el que ' },
      { kind: 'ADDED', text: 'ofreciere, ' },
      { kind: 'SAME', text: 'captare, transportare o acogiere personas con fines de explotación.' },
    ]);
  });

  it('says a wording whose text is not recorded cannot be compared, instead of showing every word as added', async () => {
    const body = await diff(ids.old, ids.unrecorded);
    expect(body.errors).toBeUndefined();
    expect(body.data!.provision.diff).toMatchObject({ comparable: false, segments: [], wordsAdded: 0, wordsRemoved: 0 });
    expect(body.data!.provision.diff!.reason).toMatch(/no text recorded/);
  });

  it('refuses, naming `from`, a wording of another article or instrument, and an unknown id', async () => {
    for (const [from, message] of [
      [ids.otherArticle, /not a wording of the same article/],
      [ids.otherInstrument, /not a wording of the same article/],
      ['00000000-0000-4000-8000-000000000000', /names no recorded provision/],
      ['not-an-id', /names no recorded provision/],
    ] as const) {
      const body = await diff(ids.current, from);
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
      expect(body.errors?.[0].message).toMatch(message);
      expect(body.data?.provision?.diff ?? null).toBeNull();
    }
  });
});
