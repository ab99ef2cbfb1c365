import { randomUUID } from 'node:crypto';
import { BackupBundle, BackupService, openDatabase, sealBundle, seedReferenceData } from '@lexgap/composition';
import { JurisdictionService } from '@lexgap/jurisdictions';
import { RubricService } from '@lexgap/rubric';
import { ScorecardService, ScorecardSnapshotEntity } from '@lexgap/scoring';
import { csv, importData } from '../exchange/exchange-support';
import { createKey } from '../support/api-keys';
import { describeEachEngine } from '../support/each-engine';
import { ADMIN, apiOn, startTestApp, TestApp } from '../support/test-app';
import { createTestDatabase } from '../support/test-database';
import { TestEngine } from '../support/test-engines';

/**
 * Every write that changes a jurisdiction's evidence must bump its evidence revision (in the same
 * transaction), so the next scorecard read recomputes instead of serving the stored snapshot.
 * Each case: read the scorecard (stored), read it again (served from the store), write, then
 * check the revision moved and the next read is a fresh computation that shows the write.
 * The laws, treaty actions and assessments below are test fixtures, not statements of any
 * country's law; each case uses a jurisdiction no other case (and no reference data) touches.
 */

const ALL_ACTS = ['RECRUITMENT', 'TRANSPORTATION', 'TRANSFER', 'HARBOURING', 'RECEIPT'];

const SCORECARD = `query($code: String!) { scorecard(jurisdiction: $code) {
  computedAt score coverage
  criteria { criterion { id } status score method engineExplanation
    evidence { assessments provisions { id } treatyActions { id } treatyObservations { id } } }
} }`;

interface Criterion {
  criterion: { id: string };
  status: string;
  score: number | null;
  method: string;
  engineExplanation: string;
  evidence: { assessments: string[]; provisions: { id: string }[]; treatyActions: { id: string }[]; treatyObservations: { id: string }[] };
}
interface Card {
  computedAt: string;
  score: number | null;
  coverage: number;
  criteria: Criterion[];
}

const today = () => new Date().toISOString().slice(0, 10);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ids = (records: { id: string }[]) => records.map((r) => r.id).sort();

/** A GraphQL mutation that must succeed; returns its single result field. */
async function mutate<T = { id: string; version: number }>(t: TestApp, query: string, input: unknown, headers: Record<string, string> = ADMIN): Promise<T> {
  const body = await t.graphql<Record<string, T>>(query, { input }, headers);
  if (body.errors) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
  return Object.values(body.data!)[0];
}

const UPSERT_INSTRUMENT = 'mutation($input: UpsertInstrumentInput!) { upsertInstrument(input: $input) { id version } }';
const UPSERT_PROVISION = 'mutation($input: UpsertProvisionInput!) { upsertProvision(input: $input) { id version } }';
const RECORD_FACTS = 'mutation($input: RecordLegalFactsInput!) { recordLegalFacts(input: $input) { provisionId version } }';
const RECORD_ACTION = 'mutation($input: RecordTreatyActionInput!) { recordTreatyAction(input: $input) { id version } }';
const RECORD_OBSERVATION = 'mutation($input: RecordTreatyStatusObservationInput!) { recordTreatyStatusObservation(input: $input) { id version } }';
const SUBMIT = 'mutation($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { id version status } }';
const REVIEW = 'mutation($input: ReviewAssessmentInput!) { reviewAssessment(input: $input) { id version status } }';
const RETIRE = 'mutation($input: RetireAssessmentInput!) { retireAssessment(input: $input) { id version retiredAt } }';

const instrumentInput = (code: string, extra: Record<string, unknown> = {}) => ({
  jurisdiction: code,
  key: 'fixture-law',
  kind: 'LAW',
  language: 'en',
  titleOriginal: `Fixture law of ${code}`,
  officialCitation: 'Test fixture, not real law',
  versions: [{ inForceFrom: '2010-01-01' }],
  ...extra,
});
const provisionInput = (instrumentId: string, extra: Record<string, unknown> = {}) => ({
  instrumentId,
  key: 'art-1',
  citation: 'Art. 1',
  text: 'Fixture text of article 1.',
  inForceFrom: '2010-01-01',
  ...extra,
});
const factsInput = (provisionId: string, facts: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  provisionId,
  asOf: '2024-06-30',
  sourceCitation: 'Test fixture reading',
  facts,
  ...extra,
});
const actionInput = (code: string, extra: Record<string, unknown> = {}) => ({
  jurisdiction: code,
  treaty: 'PALERMO',
  type: 'RATIFICATION',
  date: '2004-01-01',
  datePrecision: 'DAY',
  asOf: '2024-01-01',
  verified: false,
  sourceCitation: 'Test fixture, not a real record',
  ...extra,
});
const pal9Input = (code: string) => ({
  jurisdiction: code,
  criterionId: 'PAL-9',
  result: 0.5,
  rationale: 'Test fixture: victims are shielded from punishment, residence options are limited.',
  confidence: 'MEDIUM',
});

/** An instrument with one provision, and (given facts) its legal facts. */
async function fixtureLaw(t: TestApp, code: string, facts?: Record<string, unknown>) {
  const instrument = await mutate(t, UPSERT_INSTRUMENT, instrumentInput(code));
  const provision = await mutate(t, UPSERT_PROVISION, provisionInput(instrument.id));
  const factSet = facts ? await mutate<{ version: number }>(t, RECORD_FACTS, factsInput(provision.id, facts)) : undefined;
  return { instrument, provision, factSet };
}

async function readCard(t: TestApp, code: string): Promise<Card> {
  const body = await t.graphql<{ scorecard: Card }>(SCORECARD, { code });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!.scorecard;
}

const criterion = (card: Card, id: string) => card.criteria.find((c) => c.criterion.id === id)!;

async function revisionOf(t: TestApp, code: string): Promise<number> {
  const [row] = await t.dataSource.query(`SELECT evidence_revision FROM jurisdiction WHERE code = '${code}'`);
  return Number(row.evidence_revision);
}

/** The evidence revision of each stored scorecard of the jurisdiction (one per rubric version and date). */
async function snapshotRevisions(t: TestApp, code: string): Promise<number[]> {
  const rows = await t.dataSource.query(`SELECT evidence_revision FROM scorecard_snapshot WHERE jurisdiction_code = '${code}'`);
  return rows.map((r: { evidence_revision: unknown }) => Number(r.evidence_revision));
}

/** What a scorecard says (not when it was computed), in a form a freshly computed result can be compared to. */
function gist(card: Card) {
  return {
    score: card.score,
    coverage: card.coverage,
    criteria: card.criteria.map((c) => ({
      id: c.criterion.id,
      status: c.status,
      score: c.score,
      method: c.method,
      explanation: c.engineExplanation,
      evidence: {
        assessments: [...c.evidence.assessments].sort(),
        provisions: ids(c.evidence.provisions),
        treatyActions: ids(c.evidence.treatyActions),
        treatyObservations: ids(c.evidence.treatyObservations),
      },
    })),
  };
}

/** The scorecard computed now from the evidence, never from the store. */
async function freshGist(t: TestApp, code: string) {
  const jurisdiction = (await t.app.get(JurisdictionService).findByCode(code))!;
  const rubric = await t.app.get(RubricService).resolve(null);
  const result = (await t.app.get(ScorecardService).compute([jurisdiction], rubric, today())).get(code)!;
  return {
    score: result.score,
    coverage: result.coverage,
    criteria: result.criteria.map((c) => ({
      id: c.criterionId,
      status: c.status,
      score: c.score,
      method: c.method,
      explanation: c.explanation.text,
      evidence: {
        assessments: [...c.evidence.assessments].sort(),
        provisions: [...c.evidence.provisions].sort(),
        treatyActions: [...c.evidence.treatyActions].sort(),
        treatyObservations: [...c.evidence.treatyObservations].sort(),
      },
    })),
  };
}

/** Reads the scorecard twice, so that it is stored and then served from the store. */
async function readStored(t: TestApp, code: string): Promise<Card> {
  const first = await readCard(t, code);
  const revision = await revisionOf(t, code);
  expect(await snapshotRevisions(t, code)).toEqual([revision]);
  const second = await readCard(t, code);
  expect(second.computedAt).toBe(first.computedAt); // served from the store, not recomputed
  return second;
}

/**
 * Read (stored) → write → read: the revision must have increased, and the second read must be a
 * new computation (newer computedAt, the snapshot at the new revision) equal to one made from
 * scratch. Returns both reads for the case's own checks of what the write changed.
 */
async function expectFreshAfter(t: TestApp, code: string, write: () => Promise<unknown>): Promise<{ before: Card; after: Card }> {
  const before = await readStored(t, code);
  const revisionBefore = await revisionOf(t, code);
  await sleep(5);
  await write();
  const revisionAfter = await revisionOf(t, code);
  expect(revisionAfter).toBeGreaterThan(revisionBefore);
  const after = await readCard(t, code);
  expect(Date.parse(after.computedAt)).toBeGreaterThan(Date.parse(before.computedAt));
  expect(await snapshotRevisions(t, code)).toEqual([revisionAfter]);
  expect(gist(after)).toEqual(await freshGist(t, code));
  return { before, after };
}

/** Read (stored) → write → read, for writes that must NOT touch scores: same revision, still served from the store. */
async function expectStillStoredAfter(t: TestApp, code: string, write: () => Promise<unknown>): Promise<{ before: Card; after: Card }> {
  const before = await readStored(t, code);
  const revisionBefore = await revisionOf(t, code);
  await sleep(5);
  await write();
  expect(await revisionOf(t, code)).toBe(revisionBefore);
  const after = await readCard(t, code);
  expect(after.computedAt).toBe(before.computedAt);
  expect(gist(after)).toEqual(await freshGist(t, code)); // and serving it from the store is right
  return { before, after };
}

describeEachEngine('every evidence write refreshes the scorecard', (engine) => {
  let t: TestApp;
  let editor: Record<string, string>;
  let reviewer: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp(engine);
    editor = (await createKey(t, 'Ana (editor)', 'EDITOR')).headers;
    reviewer = (await createKey(t, 'Carla (reviewer)', 'REVIEWER')).headers;
  });
  afterAll(() => t.close());

  describe('GraphQL mutations', () => {
    it('upsertInstrument (create)', async () => {
      let created: { id: string } | undefined;
      await expectFreshAfter(t, 'NO', async () => (created = await mutate(t, UPSERT_INSTRUMENT, instrumentInput('NO'))));
      expect(created!.id).toBeDefined();
    });

    it('upsertInstrument (update with version): the explanation cites the new title', async () => {
      const { instrument } = await fixtureLaw(t, 'SE', { acts: ALL_ACTS });
      const { before, after } = await expectFreshAfter(t, 'SE', () =>
        mutate(t, UPSERT_INSTRUMENT, instrumentInput('SE', { version: instrument.version, titleOriginal: 'Fixture law of SE, as renamed' })),
      );
      expect(criterion(before, 'PAL-3').engineExplanation).toContain('Art. 1 of Fixture law of SE covers');
      expect(criterion(after, 'PAL-3').engineExplanation).toContain('Art. 1 of Fixture law of SE, as renamed covers');
    });

    it('upsertProvision (create)', async () => {
      const instrument = await mutate(t, UPSERT_INSTRUMENT, instrumentInput('FI'));
      let created: { id: string } | undefined;
      await expectFreshAfter(t, 'FI', async () => (created = await mutate(t, UPSERT_PROVISION, provisionInput(instrument.id))));
      expect(created!.id).toBeDefined();
    });

    it('upsertProvision (update): a repealed provision no longer meets PAL-3', async () => {
      const { instrument, provision } = await fixtureLaw(t, 'DK', { acts: ALL_ACTS });
      const { before, after } = await expectFreshAfter(t, 'DK', () =>
        mutate(t, UPSERT_PROVISION, provisionInput(instrument.id, { id: provision.id, version: provision.version, inForceTo: '2020-01-01' })),
      );
      expect(criterion(before, 'PAL-3')).toMatchObject({ status: 'MET', evidence: { provisions: [{ id: provision.id }] } });
      expect(criterion(after, 'PAL-3')).toMatchObject({ status: 'NOT_ASSESSED', evidence: { provisions: [] } });
    });

    it('recordLegalFacts (create): all five Palermo acts meet PAL-3', async () => {
      const { provision } = await fixtureLaw(t, 'IS');
      const { before, after } = await expectFreshAfter(t, 'IS', () => mutate(t, RECORD_FACTS, factsInput(provision.id, { acts: ALL_ACTS })));
      expect(criterion(before, 'PAL-3').status).toBe('NOT_ASSESSED');
      expect(criterion(after, 'PAL-3')).toMatchObject({ status: 'MET', score: 1, evidence: { provisions: [{ id: provision.id }] } });
    });

    it('recordLegalFacts (replace with version): one act → all five', async () => {
      const { provision, factSet } = await fixtureLaw(t, 'IE', { acts: ['RECRUITMENT'] });
      const { before, after } = await expectFreshAfter(t, 'IE', () => mutate(t, RECORD_FACTS, factsInput(provision.id, { acts: ALL_ACTS }, { version: factSet!.version })));
      expect(criterion(before, 'PAL-3')).toMatchObject({ status: 'PARTIAL', score: 0.2 });
      expect(criterion(after, 'PAL-3')).toMatchObject({ status: 'MET', score: 1, evidence: { provisions: [{ id: provision.id }] } });
    });

    it('recordTreatyAction (create): a ratification meets PAL-1', async () => {
      let action: { id: string } | undefined;
      const { before, after } = await expectFreshAfter(t, 'PT', async () => (action = await mutate(t, RECORD_ACTION, actionInput('PT'))));
      expect(criterion(before, 'PAL-1').status).toBe('NOT_ASSESSED');
      expect(criterion(after, 'PAL-1')).toMatchObject({ status: 'MET', evidence: { treatyActions: [{ id: action!.id }] } });
    });

    it('recordTreatyAction (correct with id and version): a signature corrected to a ratification', async () => {
      const signature = await mutate(t, RECORD_ACTION, actionInput('BE', { type: 'SIGNATURE' }));
      const { before, after } = await expectFreshAfter(t, 'BE', () => mutate(t, RECORD_ACTION, actionInput('BE', { id: signature.id, version: signature.version })));
      expect(criterion(before, 'PAL-1')).toMatchObject({ status: 'PARTIAL', score: 0.25 });
      expect(criterion(after, 'PAL-1')).toMatchObject({ status: 'MET', score: 1, evidence: { treatyActions: [{ id: signature.id }] } });
    });

    it('recordTreatyAction (correct to another jurisdiction): both jurisdictions are refreshed', async () => {
      const action = await mutate(t, RECORD_ACTION, actionInput('LU'));
      let malta: { before: Card; after: Card } | undefined;
      const luxembourg = await expectFreshAfter(t, 'LU', async () => {
        malta = await expectFreshAfter(t, 'MT', () => mutate(t, RECORD_ACTION, actionInput('MT', { id: action.id, version: action.version })));
      });
      expect(criterion(luxembourg.before, 'PAL-1').status).toBe('MET');
      expect(criterion(luxembourg.after, 'PAL-1').status).toBe('NOT_ASSESSED');
      expect(criterion(malta!.before, 'PAL-1').status).toBe('NOT_ASSESSED');
      expect(criterion(malta!.after, 'PAL-1')).toMatchObject({ status: 'MET', evidence: { treatyActions: [{ id: action.id }] } });
    });

    it('recordTreatyStatusObservation: a source saying PARTY meets PAL-1', async () => {
      let observation: { id: string } | undefined;
      const { before, after } = await expectFreshAfter(
        t,
        'NL',
        async () =>
          (observation = await mutate(t, RECORD_OBSERVATION, {
            jurisdiction: 'NL',
            treaty: 'PALERMO',
            status: 'PARTY',
            observedOn: '2020-01-01',
            verified: false,
            sourceCitation: 'Test fixture, not a real record',
          })),
      );
      expect(criterion(before, 'PAL-1').status).toBe('NOT_ASSESSED');
      expect(criterion(after, 'PAL-1')).toMatchObject({ status: 'MET', evidence: { treatyObservations: [{ id: observation!.id }] } });
    });

    it('reviewAssessment APPROVE: the expert result decides PAL-9', async () => {
      const submitted = await mutate(t, SUBMIT, pal9Input('AT'), editor);
      const { before, after } = await expectFreshAfter(t, 'AT', () => mutate(t, REVIEW, { id: submitted.id, version: submitted.version, decision: 'APPROVE' }, reviewer));
      expect(criterion(before, 'PAL-9')).toMatchObject({ status: 'NOT_ASSESSED', evidence: { assessments: [] } });
      expect(criterion(after, 'PAL-9')).toMatchObject({ status: 'PARTIAL', score: 0.5, method: 'EXPERT', evidence: { assessments: [submitted.id] } });
    });

    it('retireAssessment of an approved assessment: PAL-9 is no longer assessed', async () => {
      const submitted = await mutate(t, SUBMIT, pal9Input('CH'), editor);
      const approved = await mutate(t, REVIEW, { id: submitted.id, version: submitted.version, decision: 'APPROVE' }, reviewer);
      const { before, after } = await expectFreshAfter(t, 'CH', () => mutate(t, RETIRE, { id: approved.id, version: approved.version, reason: 'Test fixture: superseded.' }, editor));
      expect(criterion(before, 'PAL-9')).toMatchObject({ status: 'PARTIAL', method: 'EXPERT', evidence: { assessments: [submitted.id] } });
      expect(criterion(after, 'PAL-9')).toMatchObject({ status: 'NOT_ASSESSED', evidence: { assessments: [] } });
    });
  });

  describe('spreadsheet imports (importData)', () => {
    it('INSTRUMENTS: a renamed instrument is cited by its new title', async () => {
      await fixtureLaw(t, 'PL', { acts: ALL_ACTS });
      const file = csv([
        ['jurisdiction', 'key', 'kind', 'language', 'title_original', 'title_en', 'official_citation', 'source_url', 'in_force_from', 'in_force_to', 'amended_by'],
        ['PL', 'fixture-law', 'LAW', 'en', 'Fixture law of PL, as renamed', null, 'Test fixture, not real law', null, '2010-01-01', null, null],
      ]);
      const { before, after } = await expectFreshAfter(t, 'PL', async () => expect(await importData(t, 'INSTRUMENTS', file)).toMatchObject({ created: 0, updated: 1, problems: [] }));
      expect(criterion(before, 'PAL-3').engineExplanation).toContain('Art. 1 of Fixture law of PL covers');
      expect(criterion(after, 'PAL-3').engineExplanation).toContain('Art. 1 of Fixture law of PL, as renamed covers');
    });

    it('PROVISIONS: a provision given an end date no longer meets PAL-3', async () => {
      const { provision } = await fixtureLaw(t, 'CZ', { acts: ALL_ACTS });
      const file = csv([
        ['jurisdiction', 'instrument_key', 'key', 'citation', 'heading', 'text', 'in_force_from', 'in_force_to', 'source_url'],
        ['CZ', 'fixture-law', 'art-1', 'Art. 1', null, 'Fixture text of article 1.', '2010-01-01', '2020-01-01', null],
      ]);
      const { before, after } = await expectFreshAfter(t, 'CZ', async () => expect(await importData(t, 'PROVISIONS', file)).toMatchObject({ created: 0, updated: 1, problems: [] }));
      expect(criterion(before, 'PAL-3')).toMatchObject({ status: 'MET', evidence: { provisions: [{ id: provision.id }] } });
      expect(criterion(after, 'PAL-3')).toMatchObject({ status: 'NOT_ASSESSED', evidence: { provisions: [] } });
    });

    it('LEGAL_FACTS: facts naming all five acts meet PAL-3', async () => {
      const { provision } = await fixtureLaw(t, 'GR');
      const file = csv([
        ['jurisdiction', 'instrument_key', 'provision_key', 'provision_in_force_from', 'as_of', 'source_citation', 'acts'],
        ['GR', 'fixture-law', 'art-1', null, '2024-06-30', 'Test fixture reading', 'recruitment; transportation; transfer; harbouring; receipt'],
      ]);
      const { before, after } = await expectFreshAfter(t, 'GR', async () => expect(await importData(t, 'LEGAL_FACTS', file)).toMatchObject({ created: 1, problems: [] }));
      expect(criterion(before, 'PAL-3').status).toBe('NOT_ASSESSED');
      expect(criterion(after, 'PAL-3')).toMatchObject({ status: 'MET', evidence: { provisions: [{ id: provision.id }] } });
    });

    it('TREATY_ACTIONS: an imported ratification meets PAL-1', async () => {
      const file = csv([
        ['jurisdiction', 'treaty', 'action', 'date', 'date_precision', 'reservations', 'source_url', 'source_citation', 'as_of', 'verified', 'note'],
        ['HU', 'PALERMO', 'RATIFICATION', '2006-12-22', 'DAY', null, null, 'Test fixture, not a real record', '2024-01-01', 'no', null],
      ]);
      const { before, after } = await expectFreshAfter(t, 'HU', async () => expect(await importData(t, 'TREATY_ACTIONS', file)).toMatchObject({ created: 1, problems: [] }));
      const [action] = await t.dataSource.query(`SELECT id FROM treaty_action WHERE jurisdiction_code = 'HU'`);
      expect(criterion(before, 'PAL-1').status).toBe('NOT_ASSESSED');
      expect(criterion(after, 'PAL-1')).toMatchObject({ status: 'MET', evidence: { treatyActions: [{ id: action.id }] } });
    });

    it('ASSESSMENTS: imported as SUBMITTED, they change no score: same revision, still served from the store', async () => {
      const file = csv([
        ['jurisdiction', 'rubric', 'rubric_version', 'criterion', 'result', 'not_applicable', 'rationale', 'confidence', 'provision_keys', 'urls'],
        ['RO', null, null, 'PAL-9', 0.5, null, 'Test fixture: victims are shielded from punishment, residence options are limited.', 'MEDIUM', null, null],
      ]);
      const { after } = await expectStillStoredAfter(t, 'RO', async () => expect(await importData(t, 'ASSESSMENTS', file, { headers: editor })).toMatchObject({ created: 1, problems: [] }));
      const [assessment] = await t.dataSource.query(`SELECT status FROM assessment WHERE jurisdiction_code = 'RO'`);
      expect(assessment.status).toBe('SUBMITTED');
      expect(criterion(after, 'PAL-9')).toMatchObject({ status: 'NOT_ASSESSED', evidence: { assessments: [] } });
    });
  });
});

describeEachEngine('seeding an existing database refreshes the scorecards it changes', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  it('loading a missing treaties set bumps the revision, and the scorecard shows the seeded treaty actions', async () => {
    // A database that never had the "treaties" set: the set loads the whole catalogue and every
    // action and observation at once, so all of it goes (in SQL, as if never loaded).
    for (const table of ['treaty_status_observation', 'treaty_action', 'treaty']) await t.dataSource.query(`DELETE FROM "${table}"`);
    await t.dataSource.query(`DELETE FROM seed_run WHERE name = 'treaties'`);

    let outcomes: { name: string; status: string }[] = [];
    const { before, after } = await expectFreshAfter(t, 'AR', async () => (outcomes = await seedReferenceData(t.app)));
    expect(outcomes).toContainEqual(expect.objectContaining({ name: 'treaties', status: 'loaded' }));

    const palermo: { id: string }[] = await t.dataSource.query(`SELECT id FROM treaty_action WHERE jurisdiction_code = 'AR' AND treaty_code = 'PALERMO'`);
    expect(palermo.length).toBeGreaterThan(0);
    expect(criterion(before, 'PAL-1')).toMatchObject({ status: 'NOT_ASSESSED', evidence: { treatyActions: [] } });
    const pal1 = criterion(after, 'PAL-1');
    expect(pal1.status).toBe('MET');
    expect(pal1.evidence.treatyActions.length).toBeGreaterThan(0);
    expect(ids(palermo)).toEqual(expect.arrayContaining(ids(pal1.evidence.treatyActions)));
  });
});

async function restoreInto(engine: TestEngine, bundle: BackupBundle): Promise<TestApp> {
  const database = await createTestDatabase(engine);
  try {
    const dataSource = await openDatabase({ database: database.target });
    await new BackupService(dataSource).restore(JSON.parse(JSON.stringify(bundle)));
    return await apiOn(database, dataSource);
  } catch (error) {
    await database.drop();
    throw error;
  }
}

describeEachEngine('restore: the restored database serves scorecards of the restored evidence', (engine) => {
  let source: TestApp;
  const restored: TestApp[] = [];
  beforeAll(async () => {
    source = await startTestApp(engine);
    await fixtureLaw(source, 'KE', { acts: ALL_ACTS });
    await mutate(source, RECORD_ACTION, actionInput('KE'));
    await readStored(source, 'KE');
    await readStored(source, 'UG');
  });
  afterAll(async () => {
    for (const t of restored) await t.close();
    await source.close();
  });

  it('restored scorecards equal the ones backed up and a fresh computation; a write there refreshes them', async () => {
    const backedUp = await readCard(source, 'KE');
    const bundle = await new BackupService(source.dataSource).backup();
    // Stored scorecards are derived data: a bundle carries none, and the restored database recomputes them.
    expect(bundle.tables.map((x) => x.name)).not.toContain('scorecard_snapshot');
    const t = await restoreInto(engine, bundle);
    restored.push(t);

    const card = await readCard(t, 'KE');
    expect(gist(card)).toEqual(gist(backedUp));
    expect(gist(card)).toEqual(await freshGist(t, 'KE'));

    const { before, after } = await expectFreshAfter(t, 'KE', () => mutate(t, RECORD_ACTION, actionInput('KE', { treaty: 'UNTOC' })));
    expect(criterion(before, 'PAL-2').status).toBe('NOT_ASSESSED');
    expect(criterion(after, 'PAL-2').status).toBe('MET');
  });

  it('does not serve a restored snapshot whose evidence differs from the restored evidence', async () => {
    // A bundle of an older lexgap carried stored scorecards, and one taken while a write committed
    // could pair a snapshot with evidence it was not computed from (backup reads table by table).
    // Made here: UG's stored snapshot, plus a Palermo ratification that snapshot never saw.
    const bundle = await new BackupService(source.dataSource).backup();
    const revision = await revisionOf(source, 'UG');
    const stale = await source.dataSource.getRepository(ScorecardSnapshotEntity).findBy({ jurisdictionCode: 'UG' });
    expect(stale.map((s) => s.evidenceRevision)).toEqual([revision]);
    bundle.tables.push({ name: 'scorecard_snapshot', rows: stale.map((s) => JSON.parse(JSON.stringify(s)) as Record<string, unknown>) });
    const actions = bundle.tables.find((x) => x.name === 'treaty_action')!.rows;
    const template = actions.find((r) => r.jurisdictionCode === 'KE' && r.treatyCode === 'PALERMO')!;
    const added = { ...template, id: randomUUID(), jurisdictionCode: 'UG' };
    actions.push(added);
    // Resealed: the bundle's manifest checksum covers its content, so an edited bundle needs a new one.
    const { manifest: _manifest, ...content } = bundle;

    const t = await restoreInto(engine, sealBundle(content));
    restored.push(t);
    const card = await readCard(t, 'UG');
    expect(gist(card)).toEqual(await freshGist(t, 'UG'));
    expect(criterion(card, 'PAL-1')).toMatchObject({ status: 'MET', evidence: { treatyActions: [{ id: added.id }] } });
  });
});
