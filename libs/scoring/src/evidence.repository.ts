import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InstrumentEntity, InstrumentStatus, instrumentTitle, LegalFactSetEntity, ProvisionEntity, SourceFindingEntity } from '@lexgap/legislation';
import type { ExpertResultInput, JurisdictionEvidence, ProvisionEvidence } from '@lexgap/scoring-engine';
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

  /** The evidence of these jurisdictions; source findings only of `rubricId` (those of other rubrics bear on no criterion of it). */
  async evidenceFor(codes: readonly string[], rubricId: string): Promise<Map<string, Omit<JurisdictionEvidence, 'expertResults'>>> {
    if (codes.length === 0) return new Map();
    const list = [...codes];
    const [catalogue, actions, observations, instruments, findings] = await Promise.all([
      this.dataSource.getRepository(TreatyEntity).find(),
      this.dataSource.getRepository(TreatyActionEntity).findBy({ jurisdictionCode: In(list) }),
      this.dataSource.getRepository(TreatyStatusObservationEntity).findBy({ jurisdictionCode: In(list) }),
      // Enacted law only: a bill (DRAFT) counts in projections, never in official scores.
      this.dataSource.getRepository(InstrumentEntity).findBy({ jurisdictionCode: In(list), status: InstrumentStatus.ENACTED }),
      this.findingsFor(list, rubricId),
    ]);
    // The treaties' adoption dates: nothing recorded under a treaty applies before it was adopted.
    const treaties = catalogue.flatMap((t) => (t.adoptedOn ? [{ code: t.code, adoptedOn: t.adoptedOn }] : []));
    const result = new Map<string, Omit<JurisdictionEvidence, 'expertResults'>>(
      codes.map((c) => [c, { jurisdiction: c, treatyActions: [], treatyObservations: [], treaties, provisions: [], sourceFindings: [] }]),
    );
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
    for (const f of findings) {
      const provision = f.provision!;
      result.get(provision.instrument!.jurisdictionCode)!.sourceFindings!.push({
        id: f.id,
        rubricId: f.rubricId,
        criterionId: f.criterionId,
        judgement: f.judgement,
        holds: f.holds,
        result: f.result,
        provisionId: provision.id,
        citation: provision.citation,
        inForceFrom: provision.inForceFrom,
        inForceTo: provision.inForceTo,
        asOf: f.asOf,
        sourceKind: f.sourceKind,
        sourceCitation: f.sourceCitation,
        sourceUrl: f.sourceUrl,
        confidence: f.confidence,
      });
    }
    if (instruments.length === 0) return result;
    const byInstrument = new Map(instruments.map((i) => [i.id, i]));
    for (const p of await this.provisionsWithCountedFacts([...byInstrument.keys()])) {
      const instrument = byInstrument.get(p.instrumentId)!;
      result.get(instrument.jurisdictionCode)!.provisions.push(toProvisionEvidence(p, instrument));
    }
    return result;
  }

  /**
   * The provisions of these bills (DRAFT instruments) with their facts, as a projection reads
   * them, each with its jurisdiction and the enacted wording it would replace. Unknown ids and
   * enacted instruments are the caller's to refuse (`ProjectionService`).
   */
  async draftProvisions(instrumentIds: readonly string[]): Promise<{ jurisdiction: string; replaces: string | null; evidence: ProvisionEvidence }[]> {
    if (instrumentIds.length === 0) return [];
    const instruments = await this.dataSource.getRepository(InstrumentEntity).findBy({ id: In([...instrumentIds]), status: InstrumentStatus.DRAFT });
    if (instruments.length === 0) return [];
    const byInstrument = new Map(instruments.map((i) => [i.id, i]));
    return (await this.provisionsWithCountedFacts([...byInstrument.keys()])).map((p) => {
      const instrument = byInstrument.get(p.instrumentId)!;
      return { jurisdiction: instrument.jurisdictionCode, replaces: p.replacesProvisionId, evidence: toProvisionEvidence(p, instrument) };
    });
  }

  /**
   * The provisions of these instruments whose facts count, with them, in one statement: facts an
   * amendment carried forward count once an expert confirms them for the new wording. The one
   * place this rule is read, for the law in force and for bills alike.
   */
  private async provisionsWithCountedFacts(instrumentIds: string[]): Promise<(ProvisionEntity & { factSet: LegalFactSetEntity })[]> {
    return (await this.dataSource
      .getRepository(ProvisionEntity)
      .createQueryBuilder('p')
      .innerJoinAndMapOne('p.factSet', LegalFactSetEntity, 'f', 'f.provision_id = p.id AND f.carried_forward_from IS NULL')
      .where('p.instrument_id IN (:...ids)', { ids: instrumentIds })
      .getMany()) as (ProvisionEntity & { factSet: LegalFactSetEntity })[];
  }

  /**
   * The source findings of one rubric on the wordings of these jurisdictions, in one statement:
   * each with the wording it judges (citation, interval) and that wording's jurisdiction.
   */
  private findingsFor(codes: string[], rubricId: string): Promise<SourceFindingEntity[]> {
    return (
      this.dataSource
        .getRepository(SourceFindingEntity)
        .createQueryBuilder('sf')
        .innerJoin('sf.provision', 'p')
        .innerJoin('p.instrument', 'i')
        .select(['sf', 'p.id', 'p.citation', 'p.inForceFrom', 'p.inForceTo', 'i.id', 'i.jurisdictionCode'])
        .where('i.jurisdiction_code IN (:...codes)', { codes })
        .andWhere('sf.rubric_id = :rubricId', { rubricId })
        // A source's judgement of a bill bears on no official score.
        .andWhere('i.status = :enacted', { enacted: InstrumentStatus.ENACTED })
        .getMany()
    );
  }
}

/** A provision with its fact set, as the engine reads it. */
function toProvisionEvidence(p: ProvisionEntity & { factSet: LegalFactSetEntity }, instrument: InstrumentEntity): ProvisionEvidence {
  return {
    id: p.id,
    instrumentId: p.instrumentId,
    instrumentTitle: instrumentTitle(instrument),
    citation: p.citation,
    inForceFrom: p.inForceFrom,
    inForceTo: p.inForceTo,
    sourceUrl: p.sourceUrl ?? instrument.sourceUrl,
    facts: p.factSet.facts,
    factsAsOf: p.factSet.asOf,
    sourceKind: p.factSet.sourceKind,
    confidence: p.factSet.confidence,
    verified: p.factSet.verifiedAt !== null,
  };
}
