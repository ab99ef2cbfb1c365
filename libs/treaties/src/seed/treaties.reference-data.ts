import { Injectable } from '@nestjs/common';
import { SYSTEM_SEED_ACTOR } from '@lexgap/audit';
import { WriteRunner } from '@lexgap/jurisdictions';
import { combinedHash, readReferenceCsv, ReferenceDataSet, todayIso } from '@lexgap/platform';
import type { DatePrecision, ObservedTreatyStatus, TreatyActionType } from '@lexgap/legal-model';
import { createHash, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { TreatyActionEntity } from '../entities/treaty-action.entity';
import { TreatyStatusObservationEntity } from '../entities/treaty-status-observation.entity';
import { TreatyEntity } from '../entities/treaty.entity';
import { TREATY_CATALOGUE } from '../treaty-catalogue';
import { TREATY_ACTION_RECORD, TREATY_OBSERVATION_RECORD } from '../treaty.writes';
import { treatyActionProblems, treatyObservationProblems } from '../treaty.rules';

export type TreatyActionReferenceRow = {
  jurisdiction: string;
  treaty: string;
  action: string;
  date: string;
  date_precision: string;
  reservations: string;
  source_url: string;
  source_citation: string;
  as_of: string;
  verified: string;
  note: string;
};
export type TreatyObservationReferenceRow = {
  jurisdiction: string;
  treaty: string;
  status: string;
  observed_on: string;
  source_url: string;
  source_citation: string;
  verified: string;
  note: string;
};

/** The shipped treaty actions and status observations (reference-data/treaty-actions.csv, treaty-status-observations.csv). */
export function readTreatyReferenceData() {
  return { actions: readReferenceCsv<TreatyActionReferenceRow>('treaty-actions.csv'), observations: readReferenceCsv<TreatyObservationReferenceRow>('treaty-status-observations.csv') };
}

/** A shipped treaty-actions.csv row as the record it seeds (version 1, a new id). */
export function treatyActionOf(r: TreatyActionReferenceRow, now: Date): TreatyActionEntity {
  return Object.assign(new TreatyActionEntity(), {
    id: randomUUID(),
    jurisdictionCode: r.jurisdiction,
    treatyCode: r.treaty,
    type: r.action as TreatyActionType,
    date: r.date,
    datePrecision: r.date_precision as DatePrecision,
    reservations: r.reservations || null,
    sourceUrl: r.source_url || null,
    sourceCitation: r.source_citation || null,
    asOf: r.as_of,
    verified: parseBoolean(r.verified, 'treaty-actions.csv'),
    note: r.note || null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
}

/** A shipped treaty-status-observations.csv row as the record it seeds (version 1, a new id). */
export function treatyObservationOf(r: TreatyObservationReferenceRow, now: Date): TreatyStatusObservationEntity {
  return Object.assign(new TreatyStatusObservationEntity(), {
    id: randomUUID(),
    jurisdictionCode: r.jurisdiction,
    treatyCode: r.treaty,
    status: r.status as ObservedTreatyStatus,
    observedOn: r.observed_on,
    sourceUrl: r.source_url || null,
    sourceCitation: r.source_citation || null,
    verified: parseBoolean(r.verified, 'treaty-status-observations.csv'),
    note: r.note || null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
}

/**
 * The treaty catalogue and the treaty actions and status observations compiled for the 35 OAS
 * states (reference-data/SOURCES.md): each row keeps its source, as-of date and verification.
 * Loaded once per database: rows shipped later reach databases seeded before them through a set
 * of their own (ilo-ratifications-2026.reference-data.ts).
 */
@Injectable()
export class TreatiesReferenceData implements ReferenceDataSet {
  readonly name = 'treaties';
  readonly dependsOn = ['jurisdictions'];

  constructor(private readonly writes: WriteRunner) {}

  contentHash(): string {
    const { actions, observations } = readTreatyReferenceData();
    return combinedHash(actions.sha256, observations.sha256, createHash('sha256').update(JSON.stringify(TREATY_CATALOGUE)).digest('hex'));
  }

  async load(manager: EntityManager): Promise<number> {
    const { actions, observations } = readTreatyReferenceData();
    const problems = referenceDataProblems(actions.rows, observations.rows, todayIso());
    if (problems.length) throw new Error(`The shipped treaty data breaks the treaty rules:\n${problems.join('\n')}`);
    const now = new Date();
    await manager.insert(
      TreatyEntity,
      TREATY_CATALOGUE.map((t) => ({ ...t })),
    );
    const actionRows = actions.rows.map((r) => treatyActionOf(r, now));
    const observationRows = observations.rows.map((r) => treatyObservationOf(r, now));
    // Through the writers, as every other write: audited, and each state's stored scorecards end
    // (a seed on an existing database adds evidence to states that may have been scored).
    await this.writes.within(manager, SYSTEM_SEED_ACTOR, 'seed', async (w) => {
      await w.create(
        TREATY_ACTION_RECORD,
        actionRows.map((row) => ({ row, jurisdiction: row.jurisdictionCode })),
      );
      await w.create(
        TREATY_OBSERVATION_RECORD,
        observationRows.map((row) => ({ row, jurisdiction: row.jurisdictionCode })),
      );
    });
    return TREATY_CATALOGUE.length + actionRows.length + observationRows.length;
  }
}

/**
 * The shipped rows against the treaty rules (treaty.rules.ts), as a GraphQL write or an import would
 * check them: one line per problem, naming the file, the row (as a spreadsheet numbers it, the
 * header being row 1) and the column.
 */
export function referenceDataProblems(actions: readonly TreatyActionReferenceRow[], observations: readonly TreatyObservationReferenceRow[], today: string): string[] {
  const column: Record<string, string> = { type: 'action', date: 'date', asOf: 'as_of', observedOn: 'observed_on', sourceUrl: 'source_url' };
  const where = (file: string, index: number, r: { jurisdiction: string; treaty: string }, field: string) =>
    `reference-data/${file} row ${index + 2} (${r.jurisdiction} ${r.treaty}), ${column[field] ?? field}`;
  return [
    ...actions.flatMap((r, i) =>
      treatyActionProblems(
        {
          treaty: r.treaty,
          type: r.action as TreatyActionType,
          date: r.date,
          datePrecision: r.date_precision as DatePrecision,
          asOf: r.as_of,
          sourceUrl: r.source_url || null,
          sourceCitation: r.source_citation || null,
        },
        today,
      ).map((p) => `${where('treaty-actions.csv', i, r, p.field)}: ${p.message}`),
    ),
    ...observations.flatMap((r, i) =>
      treatyObservationProblems({ treaty: r.treaty, observedOn: r.observed_on, sourceUrl: r.source_url || null, sourceCitation: r.source_citation || null }, today).map(
        (p) => `${where('treaty-status-observations.csv', i, r, p.field)}: ${p.message}`,
      ),
    ),
  ];
}

function parseBoolean(value: string, file: string): boolean {
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new Error(`reference-data/${file}: "verified" must be true or false, got ${JSON.stringify(value)}`);
}
