import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InstrumentEntity, LegalFactSetEntity, ProvisionEntity } from '@lexgap/legislation';
import type { ExpertResultInput, JurisdictionEvidence } from '@lexgap/scoring-engine';
import { TreatyActionEntity, TreatyEntity, TreatyStatusObservationEntity } from '@lexgap/treaties';
import { DataSource, In } from 'typeorm';

/**
 * Where approved expert results come from. The assessment library provides one; until it is
 * installed no expert result exists, and expert criteria stay NOT_ASSESSED.
 */
export abstract class ExpertResultSource {
  abstract resultsFor(codes: readonly string[], rubricId: string, rubricVersion: number): Promise<Map<string, ExpertResultInput[]>>;
}

/** Gathers everything the engine reads for many jurisdictions in a fixed number of statements. */
@Injectable()
export class EvidenceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async evidenceFor(codes: readonly string[]): Promise<Map<string, Omit<JurisdictionEvidence, 'expertResults'>>> {
    if (codes.length === 0) return new Map();
    const list = [...codes];
    const [catalogue, actions, observations, instruments] = await Promise.all([
      this.dataSource.getRepository(TreatyEntity).find(),
      this.dataSource.getRepository(TreatyActionEntity).findBy({ jurisdictionCode: In(list) }),
      this.dataSource.getRepository(TreatyStatusObservationEntity).findBy({ jurisdictionCode: In(list) }),
      this.dataSource.getRepository(InstrumentEntity).findBy({ jurisdictionCode: In(list) }),
    ]);
    // The treaties' adoption dates: nothing recorded under a treaty applies before it was adopted.
    const treaties = catalogue.flatMap((t) => (t.adoptedOn ? [{ code: t.code, adoptedOn: t.adoptedOn }] : []));
    const result = new Map<string, Omit<JurisdictionEvidence, 'expertResults'>>(codes.map((c) => [c, { jurisdiction: c, treatyActions: [], treatyObservations: [], treaties, provisions: [] }]));
    for (const a of actions) {
      result
        .get(a.jurisdictionCode)!
        .treatyActions.push({ id: a.id, treaty: a.treatyCode, type: a.type, date: a.date, datePrecision: a.datePrecision, verified: a.verified, sourceUrl: a.sourceUrl ?? undefined, asOf: a.asOf });
    }
    for (const o of observations) {
      result
        .get(o.jurisdictionCode)!
        .treatyObservations.push({ id: o.id, treaty: o.treatyCode, status: o.status, observedOn: o.observedOn, verified: o.verified, sourceUrl: o.sourceUrl ?? undefined });
    }
    if (instruments.length === 0) return result;
    const byInstrument = new Map(instruments.map((i) => [i.id, i]));
    const provisions = await this.dataSource
      .getRepository(ProvisionEntity)
      .createQueryBuilder('p')
      .innerJoinAndMapOne('p.factSet', LegalFactSetEntity, 'f', 'f.provision_id = p.id')
      .where('p.instrument_id IN (:...ids)', { ids: [...byInstrument.keys()] })
      .getMany();
    for (const p of provisions as (ProvisionEntity & { factSet: LegalFactSetEntity })[]) {
      const instrument = byInstrument.get(p.instrumentId)!;
      result.get(instrument.jurisdictionCode)!.provisions.push({
        id: p.id,
        instrumentId: p.instrumentId,
        instrumentTitle: instrument.titleOriginal,
        citation: p.citation,
        inForceFrom: p.inForceFrom,
        inForceTo: p.inForceTo,
        sourceUrl: p.sourceUrl ?? instrument.sourceUrl,
        facts: p.factSet.facts,
        factsAsOf: p.factSet.asOf,
        sourceKind: p.factSet.sourceKind,
        confidence: p.factSet.confidence,
        verified: p.factSet.verifiedAt !== null,
      });
    }
    return result;
  }
}
