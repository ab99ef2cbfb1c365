import { Injectable, Logger } from '@nestjs/common';
import { SYSTEM_SEED_ACTOR } from '@lexgap/audit';
import { JurisdictionEntity, WriteRunner } from '@lexgap/jurisdictions';
import { ReferenceDataSet } from '@lexgap/platform';
import { createHash, randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { InstrumentVersionEntity } from '../entities/instrument-version.entity';
import { InstrumentEntity } from '../entities/instrument.entity';
import { LegalFactSetEntity } from '../entities/legal-fact-set.entity';
import { ProvisionEntity } from '../entities/provision.entity';
import { SourceFindingEntity } from '../entities/source-finding.entity';
import { createInstruments, InstrumentWithVersions, LEGAL_FACT_SET_RECORD, PROVISION_RECORD, SOURCE_FINDING_RECORD, freshReading } from '../legislation.writes';
import { groupBy, instrumentPlan, readTipReadings, TIP_FINDINGS_RUBRIC, TipReading } from './tip-law-readings';

/**
 * The OAS states' anti-trafficking laws as the US TIP Report describes them (see tip-law-readings.ts
 * and reference-data/SOURCES.md): a SECONDARY baseline so that a fresh install shows each
 * country's law, its gaps, and how old and how sure that evidence is. Loaded once per database
 * through the writers (audited; the stored scorecards of each state end).
 *
 * It never overwrites: an instrument whose key the database already has in that state (an expert
 * recorded or edited it) is left alone with all its readings, and the skip is logged.
 */
@Injectable()
export class TipLawReadingsReferenceData implements ReferenceDataSet {
  readonly name = 'tip-law-readings';
  readonly dependsOn = ['jurisdictions', 'rubrics'];
  private readonly logger = new Logger(TipLawReadingsReferenceData.name);

  constructor(private readonly writes: WriteRunner) {}

  contentHash(): string {
    return createHash('sha256').update(readTipReadings().sha256).digest('hex');
  }

  async load(manager: EntityManager): Promise<number> {
    const { readings, problems } = readTipReadings();
    if (problems.length) throw new Error(`The shipped TIP law readings are not valid:\n${problems.join('\n')}`);
    const codes = [...new Set(readings.map((r) => r.jurisdiction))];
    const known = new Set((await manager.find(JurisdictionEntity, { select: { code: true }, where: { code: In(codes) } })).map((j) => j.code));
    const unknown = codes.filter((c) => !known.has(c));
    if (unknown.length) throw new Error(`reference-data/tip-law-readings.csv names jurisdictions this database does not have: ${unknown.join(', ')}`);
    const taken = new Set(
      (await manager.find(InstrumentEntity, { select: { jurisdictionCode: true, key: true }, where: { jurisdictionCode: In(codes) } })).map((i) => `${i.jurisdictionCode}|${i.key}`),
    );

    const records = {
      instruments: [] as InstrumentWithVersions[],
      provisions: [] as ProvisionEntity[],
      factSets: [] as LegalFactSetEntity[],
      findings: [] as { row: SourceFindingEntity; jurisdiction: string }[],
    };
    const now = new Date();
    for (const [key, group] of groupBy(readings, (r) => `${r.jurisdiction}|${r.instrument.key}`)) {
      if (taken.has(key)) {
        this.logger.warn(`Not added: ${group.map((r) => r.label).join(', ')} (the database already records instrument ${key}; it stands)`);
        continue;
      }
      addInstrument(records, group, now);
    }
    if (records.instruments.length === 0) return 0;
    const jurisdictionOf = new Map(records.instruments.map((i) => [i.instrument.id, i.instrument.jurisdictionCode]));
    await this.writes.within(manager, SYSTEM_SEED_ACTOR, 'seed', async (w) => {
      await createInstruments(w, records.instruments);
      await w.create(
        PROVISION_RECORD,
        records.provisions.map((row) => ({ row, jurisdiction: jurisdictionOf.get(row.instrumentId)! })),
      );
      const provisionJurisdiction = new Map(records.provisions.map((p) => [p.id, jurisdictionOf.get(p.instrumentId)!]));
      await w.create(
        LEGAL_FACT_SET_RECORD,
        records.factSets.map((row) => ({ row, jurisdiction: provisionJurisdiction.get(row.provisionId)! })),
      );
      await w.create(SOURCE_FINDING_RECORD, records.findings);
    });
    return records.instruments.length + records.provisions.length + records.factSets.length + records.findings.length;
  }
}

type Records = { instruments: InstrumentWithVersions[]; provisions: ProvisionEntity[]; factSets: LegalFactSetEntity[]; findings: { row: SourceFindingEntity; jurisdiction: string }[] };

function addInstrument(records: Records, group: readonly TipReading[], now: Date): void {
  const first = group[0];
  const plan = instrumentPlan(group);
  const stamp = { version: 1, createdAt: now, updatedAt: now };
  const instrument = Object.assign(new InstrumentEntity(), {
    id: randomUUID(),
    jurisdictionCode: first.jurisdiction,
    key: first.instrument.key,
    kind: first.instrument.kind,
    language: first.instrument.language,
    titleOriginal: null,
    titleEn: first.instrument.titleEn,
    officialCitation: null,
    sourceUrl: first.sourceUrl,
    ...stamp,
  });
  const versions = plan.versions.map((v) =>
    Object.assign(new InstrumentVersionEntity(), {
      id: randomUUID(),
      instrumentId: instrument.id,
      inForceFrom: v.from.date,
      inForceFromPrecision: v.from.precision,
      inForceTo: v.to?.date ?? null,
      inForceToPrecision: v.to?.precision ?? null,
      amendedBy: v.amendedBy,
      sourceUrl: first.sourceUrl,
      note: v.note,
    }),
  );
  records.instruments.push({ instrument, versions });
  for (const wording of plan.wordings) {
    const described = wording.readings.find((r) => r.facts) ?? wording.readings[0];
    const provision = Object.assign(new ProvisionEntity(), {
      id: randomUUID(),
      instrumentId: instrument.id,
      key: wording.key,
      citation: wording.citation,
      heading: null,
      // A report describes the law; it does not quote it. The text stays unrecorded rather than invented.
      text: null,
      inForceFrom: wording.from.date,
      inForceFromPrecision: wording.from.precision,
      inForceTo: wording.to?.date ?? null,
      inForceToPrecision: wording.to?.precision ?? null,
      sourceUrl: described.sourceUrl,
      ...stamp,
    });
    records.provisions.push(provision);
    // Every wording has a fact set, even one stating no fact: it carries the source the wording is known from.
    records.factSets.push(
      Object.assign(new LegalFactSetEntity(), {
        provisionId: provision.id,
        facts: described.facts ?? {},
        sourceUrl: described.sourceUrl,
        sourceCitation: described.sourceCitation,
        asOf: described.asOf,
        note: readerNote(wording.readings),
        sourceKind: 'SECONDARY' as const,
        confidence: described.confidence,
        ...freshReading(SYSTEM_SEED_ACTOR),
        ...stamp,
      }),
    );
    for (const reading of wording.readings) {
      for (const finding of reading.findings) {
        records.findings.push({
          jurisdiction: reading.jurisdiction,
          row: Object.assign(new SourceFindingEntity(), {
            id: randomUUID(),
            provisionId: provision.id,
            rubricId: TIP_FINDINGS_RUBRIC,
            criterionId: finding.criterionId,
            judgement: finding.judgement,
            holds: finding.holds,
            result: finding.result,
            sourceKind: 'SECONDARY' as const,
            sourceCitation: reading.sourceCitation,
            sourceUrl: reading.sourceUrl,
            asOf: reading.asOf,
            confidence: reading.confidence,
            ...stamp,
          }),
        });
      }
    }
  }
}

/** The readings' notes for readers; a wording described by several reports says which report each note is from. */
function readerNote(readings: readonly TipReading[]): string | null {
  const noted = readings.filter((r) => r.note);
  if (noted.length <= 1) return noted[0]?.note ?? null;
  return noted.map((r) => `${r.reportYear ? `TIP Report ${r.reportYear}` : 'TIP Report'}: ${r.note}`).join('\n');
}
