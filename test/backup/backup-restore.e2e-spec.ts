import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { BackupService, canonicalJsonText, openDatabase, RestoreRefusedError } from '@lexgap/composition';
import { JurisdictionEntity, WriteRunner } from '@lexgap/jurisdictions';
import { SOURCE_FINDING_RECORD, SourceFindingEntity } from '@lexgap/legislation';
import { loadConfig } from '@lexgap/platform';
import { ReportEditionService } from '@lexgap/reports';
import { RubricService } from '@lexgap/rubric';
import { ScorecardService } from '@lexgap/scoring';
import { DataSource } from 'typeorm';
import { CliModule } from '../../apps/cli/src/cli.module';
import { createKey } from '../support/api-keys';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';
import { testEngines } from '../support/test-engines';

// SQLite → PostgreSQL → SQLite by default; with one engine selected, that engine at both ends.
const [FIRST, SECOND = FIRST] = testEngines();
const BACKUP_KEY = 'backup-test-key-0123456789';

/** Scorecards of every OAS state as of a date, computed by an application's services. */
async function oasScorecards(app: INestApplicationContext, asOf: string) {
  const service = app.get(ScorecardService);
  const rubric = await app.get(RubricService).resolve(null);
  const members = await service.members('OAS');
  const fresh = await service.compute(members, rubric, asOf);
  const stored = await service.scorecards(members, rubric, asOf);
  return { fresh: [...fresh.entries()].sort(([a], [b]) => a.localeCompare(b)), stored: [...stored.entries()].map(([k, v]) => [k, v.result]).sort() };
}

/** The operator application around a restored database (closing it closes the database). */
function servicesOf(dataSource: DataSource): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(CliModule.forRoot(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), dataSource), { logger: false });
}

describe(`backup and restore across engines (${FIRST} → ${SECOND} → ${FIRST})`, () => {
  let source: TestApp;
  const targets: TestDatabase[] = [];
  let editionHash: string;

  beforeAll(async () => {
    source = await startTestApp(FIRST);
    // A database with more than reference data: legislation, facts, an approved assessment, a key.
    const editor = await createKey(source, 'Editor (backup test)', 'EDITOR');
    const reviewer = await createKey(source, 'Reviewer (backup test)', 'REVIEWER');
    const instrument = await source.graphql<{ upsertInstrument: { id: string } }>(
      'mutation($input: UpsertInstrumentInput!) { upsertInstrument(input: $input) { id } }',
      {
        input: {
          jurisdiction: 'HN',
          key: 'fixture',
          kind: 'CODE',
          language: 'es',
          titleOriginal: 'Código de prueba (fixture)',
          officialCitation: 'test fixture',
          versions: [{ inForceFrom: '2013-01-01' }],
        },
      },
      ADMIN,
    );
    const provision = await source.graphql<{ upsertProvision: { id: string } }>(
      'mutation($input: UpsertProvisionInput!) { upsertProvision(input: $input) { id } }',
      { input: { instrumentId: instrument.data!.upsertInstrument.id, key: 'art-1', citation: 'Art. 1', text: 'Texto de prueba — «comillas», ñ, ç.', inForceFrom: '2013-01-01' } },
      editor.headers,
    );
    await source.graphql(
      'mutation($input: RecordLegalFactsInput!) { recordLegalFacts(input: $input) { version } }',
      {
        input: {
          provisionId: provision.data!.upsertProvision.id,
          asOf: '2024-01-01',
          sourceCitation: 'fixture',
          facts: { acts: ['RECRUITMENT'], penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 5.5, imprisonmentMaxYears: 8 }] },
        },
      },
      editor.headers,
    );
    // A source's finding on the wording (a TIP Report judgement, fixture): its own table, carried like any record.
    const now = new Date();
    await source.app.get(WriteRunner).run({ id: 'test:backup', name: 'Backup test' }, 'recordSourceFinding', (w) =>
      w.create(SOURCE_FINDING_RECORD, [
        {
          row: Object.assign(new SourceFindingEntity(), {
            id: '00000000-0000-4000-8000-00000000f1d1',
            provisionId: provision.data!.upsertProvision.id,
            rubricId: 'tip-legal-framework',
            criterionId: 'PEN-3',
            judgement: 'PENALTIES_COMMENSURATE_WITH_RAPE',
            holds: true,
            result: 1,
            sourceKind: 'SECONDARY',
            sourceCitation: 'Trafficking in Persons Report 2019 (fixture)',
            sourceUrl: null,
            asOf: '2019-03-31',
            confidence: null,
            version: 1,
            createdAt: now,
            updatedAt: now,
          }),
          jurisdiction: 'HN',
        },
      ]),
    );
    const submitted = await source.graphql<{ submitAssessment: { id: string; version: number } }>(
      'mutation($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { id version } }',
      { input: { jurisdiction: 'HN', criterionId: 'PAL-9', result: 0.5, rationale: 'Test fixture rationale, long enough to pass.', confidence: 'HIGH' } },
      editor.headers,
    );
    await source.graphql(
      'mutation($input: ReviewAssessmentInput!) { reviewAssessment(input: $input) { status } }',
      { input: { id: submitted.data!.submitAssessment.id, version: submitted.data!.submitAssessment.version, decision: 'APPROVE' } },
      reviewer.headers,
    );
    await source.graphql('{ rankings(region: "OAS") { totalCount } }'); // fills the stored scorecards
    // A published report edition: its stored bytes travel in the bundle like any record.
    const published = await source.graphql<{ publishReport: { edition: { contentHash: string } } }>(
      'mutation($input: PublishReportInput!) { publishReport(input: $input) { edition { contentHash } } }',
      { input: { jurisdiction: 'HN', lang: 'es', asOf: '2026-01-01' } },
      editor.headers,
    );
    if (published.errors) throw new Error(JSON.stringify(published.errors));
    editionHash = published.data!.publishReport.edition.contentHash;
  });
  afterAll(async () => {
    await source.close();
    for (const t of targets) await t.drop();
  });

  async function emptyDatabase(engine: typeof FIRST): Promise<DataSource> {
    const db = await createTestDatabase(engine);
    targets.push(db);
    return openDatabase({ database: db.target });
  }

  it('every bundle is identical, and so is every scorecard', async () => {
    // Signed, so that the keys travel too (includeKeys needs the bundle's HMAC).
    const first = await new BackupService(source.dataSource).backup({ backupKey: BACKUP_KEY });
    const firstText = canonicalJsonText(first);
    expect(first.tables.find((t) => t.name === 'jurisdiction')!.rows.length).toBe(249 + 178); // countries and the seeded ISO 3166-2 subdivisions
    expect(first.tables.find((t) => t.name === 'assessment')!.rows.length).toBe(1);
    // Beside the shipped TIP baseline's findings (reference-data/tip-law-readings.csv), the fixture's.
    const findings = first.tables.find((t) => t.name === 'source_finding')!.rows as { id: string; sourceCitation: string }[];
    expect(findings.filter((f) => !f.sourceCitation.startsWith('US Department of State, Trafficking in Persons Report'))).toEqual([
      expect.objectContaining({ id: '00000000-0000-4000-8000-00000000f1d1', criterionId: 'PEN-3', holds: true, result: 1, asOf: '2019-03-31' }),
    ]);

    const onSecond = await emptyDatabase(SECOND);
    const restored = await new BackupService(onSecond).restore(JSON.parse(firstText), { backupKey: BACKUP_KEY, includeKeys: true });
    expect(restored).toBe(first.tables.reduce((n, t) => n + t.rows.length, 0));
    const second = canonicalJsonText(await new BackupService(onSecond).backup({ backupKey: BACKUP_KEY }));
    expect(second).toBe(firstText);

    const backOnFirst = await emptyDatabase(FIRST);
    await new BackupService(backOnFirst).restore(JSON.parse(second), { backupKey: BACKUP_KEY, includeKeys: true });
    expect(canonicalJsonText(await new BackupService(backOnFirst).backup({ backupKey: BACKUP_KEY }))).toBe(firstText);

    const asOf = '2026-01-01';
    const fromSource = await oasScorecards(source.app, asOf);
    expect(fromSource.stored).toEqual(fromSource.fresh);
    expect(await onSecond.getRepository(JurisdictionEntity).countBy({ code: 'HN' })).toBe(1);
    expect(first.tables.find((t) => t.name === 'report_edition')!.rows).toHaveLength(1);
    const editionHtml = (await source.app.get(ReportEditionService).file(editionHash, 'es', 'html')).body;
    for (const restoredDb of [onSecond, backOnFirst]) {
      const app = await servicesOf(restoredDb);
      expect(await oasScorecards(app, asOf)).toEqual(fromSource);
      expect((await app.get(ReportEditionService).file(editionHash, 'es', 'html')).body.equals(editionHtml)).toBe(true);
      await app.close();
    }
  });

  it('refuses to restore into a database that is not empty, and changes nothing', async () => {
    const bundle = await new BackupService(source.dataSource).backup();
    await expect(new BackupService(source.dataSource).restore(bundle)).rejects.toThrow(RestoreRefusedError);
    await expect(new BackupService(source.dataSource).restore({ ...bundle, formatVersion: 9 as 2 })).rejects.toThrow(/format 9 is not supported/);
  });
});
