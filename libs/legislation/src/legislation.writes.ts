import type { Actor } from '@lexgap/audit';
import type { RecordKind, WriteContext } from '@lexgap/jurisdictions';
import { insertInChunks, updateWithVersion } from '@lexgap/platform';
import { InstrumentVersionEntity } from './entities/instrument-version.entity';
import { InstrumentEntity } from './entities/instrument.entity';
import { LegalFactSetEntity } from './entities/legal-fact-set.entity';
import { ProvisionEntity } from './entities/provision.entity';
import { SourceFindingEntity } from './entities/source-finding.entity';

/** How the writers store each legislation record (WriteContext.create and update). */
export const INSTRUMENT_RECORD: RecordKind<InstrumentEntity> = { target: InstrumentEntity, entityType: 'Instrument', key: (i) => ({ id: i.id }) };
export const PROVISION_RECORD: RecordKind<ProvisionEntity> = { target: ProvisionEntity, entityType: 'Provision', key: (p) => ({ id: p.id }) };
export const SOURCE_FINDING_RECORD: RecordKind<SourceFindingEntity> = { target: SourceFindingEntity, entityType: 'SourceFinding', key: (f) => ({ id: f.id }) };
export const LEGAL_FACT_SET_RECORD: RecordKind<LegalFactSetEntity> = { target: LegalFactSetEntity, entityType: 'LegalFactSet', key: (f) => ({ provisionId: f.provisionId }) };

/**
 * The stamp of a fact set as recorded or replaced (API, import and seed alike): who read it (they
 * cannot verify it), read from this wording (not carried forward), and unverified, since a
 * verification holds for the facts it checked and a new reading starts over.
 */
export function freshReading(actor: Actor) {
  return { recordedById: actor.id, recordedByName: actor.name, carriedForwardFrom: null, verifiedById: null, verifiedByName: null, verifiedAt: null, verificationComment: null } as const;
}

export interface InstrumentWithVersions {
  instrument: InstrumentEntity;
  versions: InstrumentVersionEntity[];
}

/**
 * An instrument is written with its whole version history, and audited as one record holding
 * both; these two are the only writers of instruments (the API and the import alike).
 */
export async function createInstruments(w: WriteContext, created: readonly InstrumentWithVersions[]): Promise<void> {
  await insertInChunks(
    w.manager,
    InstrumentEntity,
    created.map((c) => c.instrument),
    (n) => w.tick(n),
  );
  await insertInChunks(
    w.manager,
    InstrumentVersionEntity,
    created.flatMap((c) => c.versions),
  );
  for (const c of created) w.record(INSTRUMENT_RECORD.entityType, c.instrument.id, null, c, c.instrument.jurisdictionCode);
}

/** Updates an instrument (if it still has the version read) and replaces its version history. */
export async function replaceInstrument(
  w: WriteContext,
  before: InstrumentWithVersions,
  expectedVersion: number,
  fields: Partial<InstrumentEntity>,
  versions: InstrumentVersionEntity[],
): Promise<InstrumentWithVersions> {
  const changes = { ...fields, updatedAt: w.now };
  await updateWithVersion(w.manager, InstrumentEntity, INSTRUMENT_RECORD.entityType, { id: before.instrument.id }, expectedVersion, changes);
  await w.manager.delete(InstrumentVersionEntity, { instrumentId: before.instrument.id });
  await insertInChunks(w.manager, InstrumentVersionEntity, versions);
  const after = { instrument: { ...before.instrument, ...changes, version: expectedVersion + 1 }, versions };
  w.record(INSTRUMENT_RECORD.entityType, before.instrument.id, before, after, before.instrument.jurisdictionCode);
  w.tick();
  return after;
}
