import { Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JurisdictionEntity, JurisdictionService, parseJurisdictionCode, RegionMembershipEntity } from '@lexgap/jurisdictions';
import { BadUserInputError, NotFoundError, parseAsOf, TransactionRunner } from '@lexgap/platform';
import { RubricService, RubricVersionEntity } from '@lexgap/rubric';
import { historyStart, JurisdictionEvidence, layeredEvidence, ScorecardResult, scoreHistory, scoreJurisdiction, ScorePoint } from '@lexgap/scoring-engine';
import { DataSource, In } from 'typeorm';
import { ScorecardSnapshotEntity } from './entities/scorecard-snapshot.entity';
import { EvidenceRepository, ExpertResultSource } from './evidence.repository';

export interface StoredScorecard {
  jurisdiction: JurisdictionEntity;
  result: ScorecardResult;
  rubric: RubricVersionEntity;
  computedAt: Date;
  /** True when it was served from the stored results without recomputing. */
  fromStore: boolean;
}

export interface RankedEntry {
  rank: number | null;
  jurisdictionCode: string;
  scorecard: StoredScorecard;
}

/**
 * Scorecards as of any date, kept in `scorecard_snapshot` and served from there while the
 * jurisdiction's evidence revision is unchanged (published rubric versions never change).
 */
@Injectable()
export class ScorecardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly rubrics: RubricService,
    private readonly jurisdictions: JurisdictionService,
    private readonly evidence: EvidenceRepository,
    @Optional() private readonly experts?: ExpertResultSource,
  ) {}

  async scorecard(code: string, rubricId?: string | null, version?: number | null, asOf?: string | null): Promise<StoredScorecard> {
    const jurisdiction = await this.jurisdictions.findByCode(code, 'jurisdiction');
    if (!jurisdiction) throw new NotFoundError('Jurisdiction', code);
    const rubric = await this.rubrics.resolve(rubricId, version);
    const date = parseAsOf(asOf);
    return (await this.scorecards([jurisdiction], rubric, date)).get(jurisdiction.code)!;
  }

  /** Several jurisdictions' scorecards as of one date, in the order asked; the as-of rule is `scorecard`'s. */
  async compare(codes: readonly string[], rubricId: string | null | undefined, version: number | null | undefined, asOf: string | null | undefined): Promise<StoredScorecard[]> {
    const normalised = codes.map((c, i) => this.jurisdictions.normaliseCode(c, `jurisdictions[${i}]`));
    const date = parseAsOf(asOf);
    const found = await this.jurisdictions.findByCodes(normalised);
    const missing = normalised.find((c) => !found.some((j) => j.code === c));
    if (missing) throw new NotFoundError('Jurisdiction', missing);
    const cards = await this.scorecards(found, await this.rubrics.resolve(rubricId, version), date);
    return normalised.map((code) => cards.get(code)!);
  }

  /** Scorecards for many jurisdictions: stored ones reused, the rest computed in one batch. */
  async scorecards(jurisdictions: JurisdictionEntity[], rubric: RubricVersionEntity, asOf: string, options: { refresh?: boolean } = {}): Promise<Map<string, StoredScorecard>> {
    const out = new Map<string, StoredScorecard>();
    if (jurisdictions.length === 0) return out;
    const snapshots = options.refresh
      ? []
      : await this.dataSource.getRepository(ScorecardSnapshotEntity).findBy({
          jurisdictionCode: In(jurisdictions.map((j) => j.code)),
          rubricId: rubric.rubricId,
          rubricVersion: rubric.version,
          asOf,
        });
    const stored = new Map(snapshots.map((s) => [s.jurisdictionCode, s]));
    const stale: JurisdictionEntity[] = [];
    for (const j of jurisdictions) {
      const s = stored.get(j.code);
      if (s && s.evidenceRevision === j.evidenceRevision) out.set(j.code, { jurisdiction: j, result: s.result, rubric, computedAt: s.computedAt, fromStore: true });
      else stale.push(j);
    }
    if (stale.length) {
      const computed = await this.compute(stale, rubric, asOf);
      const now = new Date();
      const rows = stale.map((j) => {
        const result = computed.get(j.code)!;
        out.set(j.code, { jurisdiction: j, result, rubric, computedAt: now, fromStore: false });
        return {
          jurisdictionCode: j.code,
          rubricId: rubric.rubricId,
          rubricVersion: rubric.version,
          asOf,
          evidenceRevision: j.evidenceRevision,
          score: result.score,
          coverage: result.coverage,
          result,
          computedAt: now,
        };
      });
      await this.transactions.run(async (manager) => {
        for (let i = 0; i < rows.length; i += 50) {
          await manager.getRepository(ScorecardSnapshotEntity).upsert(rows.slice(i, i + 50), ['jurisdictionCode', 'rubricId', 'rubricVersion', 'asOf']);
        }
      });
    }
    return out;
  }

  /** Computes from the evidence, never from the store (the reference the store is tested against). */
  async compute(jurisdictions: JurisdictionEntity[], rubric: RubricVersionEntity, asOf: string): Promise<Map<string, ScorecardResult>> {
    const evidence = await this.gatherEvidence(jurisdictions, rubric);
    return new Map(jurisdictions.map((j) => [j.code, scoreJurisdiction(rubric.content, evidence.get(j.code)!, asOf)]));
  }

  /**
   * The score's history up to `to` (default today), from `from`, or when none is given from the
   * earliest date any of the jurisdiction's evidence applies (whatever that date is; `to` itself,
   * one point, when nothing applies by then).
   */
  async history(code: string, rubricId?: string | null, from?: string | null, to?: string | null): Promise<{ rubric: RubricVersionEntity; points: ScorePoint[] }> {
    const jurisdiction = await this.jurisdictions.findByCode(code, 'jurisdiction');
    if (!jurisdiction) throw new NotFoundError('Jurisdiction', code);
    const rubric = await this.rubrics.resolve(rubricId);
    const end = parseAsOf(to, 'to');
    if (from != null && from > end) throw BadUserInputError.field('from', `(${from}) must not be after to (${end})`);
    const evidence = (await this.gatherEvidence([jurisdiction], rubric)).get(jurisdiction.code)!;
    const start = from ?? historyStart(evidence, end);
    return { rubric, points: scoreHistory(rubric.content, evidence, start, end) };
  }

  /** Every member of a region ranked by score, highest first; ties share a rank; those below the minimum coverage unranked, last. */
  async rankings(
    rubricId: string | null | undefined,
    region: string | null | undefined,
    asOf: string | null | undefined,
  ): Promise<{ rubric: RubricVersionEntity; asOf: string; entries: RankedEntry[] }> {
    const rubric = await this.rubrics.resolve(rubricId);
    const date = parseAsOf(asOf);
    const members = await this.members(region);
    return { rubric, asOf: date, entries: await this.ranked(members, rubric, date) };
  }

  /**
   * These jurisdictions' scorecards in ranking order, with their ranks. Only a scorecard with the
   * rubric's minimum coverage is ranked (a rank of 1 on 15 % of the methodology says nothing):
   * ranked ones first, highest score first, equal scores sharing a rank (1, 2, 2, 4); then the
   * unranked ones, most covered first, each with its reason.
   */
  async ranked(members: JurisdictionEntity[], rubric: RubricVersionEntity, asOf: string): Promise<RankedEntry[]> {
    const cards = await this.scorecards(members, rubric, asOf);
    const entries = members.map((j) => ({ jurisdictionCode: j.code, scorecard: cards.get(j.code)!, rank: null as number | null }));
    const rankable = (e: RankedEntry) => e.scorecard.result.unrankedReason === null;
    entries.sort(
      (a, b) =>
        Number(rankable(b)) - Number(rankable(a)) ||
        (rankable(a) ? b.scorecard.result.score! - a.scorecard.result.score! : b.scorecard.result.coverage - a.scorecard.result.coverage) ||
        a.jurisdictionCode.localeCompare(b.jurisdictionCode),
    );
    // Scores are exact and published to 4 decimals, so equal results give equal scores: ties are exact.
    entries.forEach((e, i) => {
      if (!rankable(e)) return;
      const previous = entries[i - 1];
      e.rank = previous && previous.rank !== null && previous.scorecard.result.score === e.scorecard.result.score ? previous.rank : i + 1;
    });
    return entries;
  }

  /**
   * The jurisdictions a ranking compares: every country without a region; a region's or group's
   * members; a country's code, its sub-national units (ranked within their country).
   */
  async members(region: string | null | undefined): Promise<JurisdictionEntity[]> {
    const repo = this.dataSource.getRepository(JurisdictionEntity);
    if (!region) return repo.find({ where: { kind: In(['COUNTRY']) }, order: { code: 'ASC' } });
    const found = await this.jurisdictions.findRegion(region);
    if (!found) {
      const parsed = parseJurisdictionCode(region);
      const country = parsed?.kind === 'COUNTRY' ? await this.jurisdictions.findByCode(parsed.code, 'region') : null;
      if (country?.kind === 'COUNTRY') return repo.find({ where: { parentCode: country.code }, order: { code: 'ASC' } });
      throw BadUserInputError.field('region', `names no known region, group or country (${JSON.stringify(region)})`);
    }
    return repo.createQueryBuilder('j').innerJoin(RegionMembershipEntity, 'm', 'm.jurisdiction_code = j.code AND m.region_code = :region', { region: found.code }).orderBy('j.code', 'ASC').getMany();
  }

  /**
   * Everything the engine reads for these jurisdictions, expert results included. A sub-national
   * unit's evidence layers its country's law and treaty status under its own (`layeredEvidence`).
   */
  async gatherEvidence(jurisdictions: readonly Pick<JurisdictionEntity, 'code' | 'parentCode'>[], rubric: RubricVersionEntity): Promise<Map<string, JurisdictionEvidence>> {
    const codes = [...new Set(jurisdictions.flatMap((j) => (j.parentCode ? [j.code, j.parentCode] : [j.code])))];
    const [base, expert] = await Promise.all([
      this.evidence.evidenceFor(codes, rubric.rubricId),
      this.experts ? this.experts.resultsFor(codes, rubric.rubricId, rubric.version) : Promise.resolve(new Map<string, never[]>()),
    ]);
    const own = (code: string): JurisdictionEvidence => ({ ...base.get(code)!, expertResults: expert.get(code) ?? [] });
    return new Map(jurisdictions.map((j) => [j.code, j.parentCode ? layeredEvidence(own(j.parentCode), own(j.code)) : own(j.code)]));
  }
}
