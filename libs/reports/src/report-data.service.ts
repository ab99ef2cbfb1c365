import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JurisdictionEntity, JurisdictionKind, JurisdictionService, jurisdictionNames, RegionEntity, RegionMembershipEntity, TipTierService } from '@lexgap/jurisdictions';
import { InstrumentEntity, instrumentTitle, LegalFactSetEntity, ProvisionEntity } from '@lexgap/legislation';
import { BadUserInputError, NotFoundError, parseAsOf } from '@lexgap/platform';
import { RubricService, RubricVersionEntity } from '@lexgap/rubric';
import { historyStart, scoreHistory } from '@lexgap/scoring-engine';
import { Language, localize } from '@lexgap/legal-model';
import { ProjectionService, RankedEntry, ScorecardService } from '@lexgap/scoring';
import { statusOf, toActionModel, toObservationModel, TREATY_CATALOGUE, TreatyService } from '@lexgap/treaties';
import { DataSource, In } from 'typeorm';
import { version } from '../../../package.json';
import { buildCountryReport, CountryReportInputs, ProvisionRecord, TreatyInfo } from './build/country-report.builder';
import { buildComparisonReport } from './build/comparison-report.builder';
import { buildRegionalReport } from './build/regional-report.builder';
import { buildUnitsReport } from './build/units-report.builder';
import { NamedJurisdiction, RankRecord, regionName, reportBand, RubricRecord } from './build/report-basics';
import { Translator } from './i18n/translator';
import { COMPARISON_MAX_JURISDICTIONS, COMPARISON_MIN_JURISDICTIONS, type ComparisonReport } from './model/comparison-report.model';
import type { CountryReport } from './model/country-report.model';
import type { UnitsReport } from './model/units-report.model';
import type { RegionalReport } from './model/regional-report.model';
import type { ReportIndex } from './render/report-renderer';

/** What every report request may say: which rubric, as of when, in which language. */
export interface ReportOptions {
  rubric?: string | null;
  version?: number | null;
  asOf?: string | null;
  lang: Language;
  /** A country report only: bills (DRAFT instrument ids) whose projection the report adds ("what this bill would change"). */
  withDrafts?: readonly string[] | null;
}

export interface ResolvedReportOptions {
  rubric: RubricVersionEntity;
  asOf: string;
  lang: Language;
}

export const GENERATOR = `lexgap ${version}`;

/** Where a jurisdiction is ranked: the OAS for its members, else its UN sub-region; a unit among its country's units. */
interface RankScope {
  code: string;
  name: { code: string; nameEn: string } | { code: string; names: NamedJurisdiction['names'] };
  members: JurisdictionEntity[];
}

/**
 * Gathers what reports show, in a fixed number of statements for any number of jurisdictions:
 * stored scorecards, the records their results cite, treaty tables, histories and ranks.
 */
@Injectable()
export class ReportDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scorecards: ScorecardService,
    private readonly rubrics: RubricService,
    private readonly jurisdictions: JurisdictionService,
    private readonly treaties: TreatyService,
    private readonly tipTiers: TipTierService,
    private readonly projections: ProjectionService,
  ) {}

  async resolve(options: ReportOptions): Promise<ResolvedReportOptions> {
    if (options.version !== null && options.version !== undefined && !(Number.isInteger(options.version) && options.version >= 1)) {
      throw BadUserInputError.field('version', `must be a rubric version number from 1; got ${JSON.stringify(options.version)}`);
    }
    const asOf = parseAsOf(options.asOf);
    return { rubric: await this.rubrics.resolve(options.rubric, options.version), asOf, lang: options.lang };
  }

  async requireJurisdiction(code: string, field = 'jurisdiction'): Promise<JurisdictionEntity> {
    const found = await this.jurisdictions.findByCode(code, field);
    if (!found) throw new NotFoundError('Jurisdiction', code);
    return found;
  }

  async countryReport(code: string, options: ReportOptions): Promise<CountryReport> {
    const jurisdiction = await this.requireJurisdiction(code);
    const resolved = await this.resolve(options);
    if (!options.withDrafts?.length) return (await this.countryReports([jurisdiction], resolved))[0];
    // Computed for this document only: a projection is never stored, ranked or published.
    const projection = await this.projections.project(jurisdiction.code, resolved.rubric.rubricId, resolved.rubric.version, resolved.asOf, options.withDrafts);
    const bills = projection.bills.map((b) => ({
      id: b.id,
      title: instrumentTitle(b),
      parliamentaryReference: b.parliamentaryReference,
      introducedOn: b.introducedOn,
      jurisdiction: b.jurisdictionCode,
    }));
    // The bills' articles and the wordings in force they would replace, with their texts: what the bills change, word by word.
    const records = await this.provisionRecords([...new Set(projection.provisions.flatMap((p) => [p.evidence.id, ...(p.replaces ? [p.replaces] : [])]))]);
    const articles = new Map(
      projection.provisions.map((p) => [p.evidence.id, { billId: p.evidence.instrumentId, article: records.get(p.evidence.id)!, replaces: p.replaces ? (records.get(p.replaces) ?? null) : null }]),
    );
    return (await this.countryReports([jurisdiction], resolved, new Date(), new Map([[jurisdiction.code, { bills, card: projection.projected.result, articles }]])))[0];
  }

  /** Country reports for many jurisdictions at once, in the order given. */
  async countryReports(
    list: JurisdictionEntity[],
    options: ResolvedReportOptions,
    generatedAt = new Date(),
    projections?: ReadonlyMap<string, NonNullable<CountryReportInputs['projection']>>,
  ): Promise<CountryReport[]> {
    if (list.length === 0) return [];
    const { rubric, asOf } = options;
    const codes = list.map((j) => j.code);
    // A unit's treaty status is its country's: the state party's (layered law).
    const parties = [...new Set(list.map((j) => j.parentCode ?? j.code))];
    const [cards, evidence, actions, observations, parents, scopes, tipTiers, unitCounts] = await Promise.all([
      this.scorecards.scorecards(list, rubric, asOf),
      this.scorecards.gatherEvidence(list, rubric),
      this.treaties.actionsFor(parties),
      this.treaties.observationsFor(parties),
      this.jurisdictions.findByCodes([...new Set(list.flatMap((j) => (j.parentCode ? [j.parentCode] : [])))]),
      this.rankScopes(list),
      this.tipTiers.forJurisdictions(codes),
      this.unitCounts(list),
    ]);
    const provisionIds = [...new Set([...cards.values()].flatMap((c) => c.result.criteria.flatMap((k) => [...k.evidence.provisions, ...(k.automatic?.evidence.provisions ?? [])])))];
    const [provisions, ranks] = await Promise.all([this.provisionRecords(provisionIds), this.ranks(scopes, rubric, asOf)]);
    const actionRecords = new Map(actions.map((a) => [a.id, toActionModel(a)]));
    const observationRecords = new Map(observations.map((o) => [o.id, toObservationModel(o)]));
    const rubricRecord = toRubricRecord(rubric);
    const treaties: TreatyInfo[] = TREATY_CATALOGUE.map((t) => ({ code: t.code, shortTitle: t.shortTitle, title: t.title, url: t.url }));

    const actionsOf = groupBy(actions, (a) => a.jurisdictionCode);
    const observationsOf = groupBy(observations, (o) => o.jurisdictionCode);
    const tipTiersOf = groupBy(tipTiers, (t) => t.jurisdictionCode);
    return list.map((j) => {
      const partyActions = actionsOf.get(j.parentCode ?? j.code) ?? [];
      const partyObservations = observationsOf.get(j.parentCode ?? j.code) ?? [];
      const parent = parents.find((p) => p.code === j.parentCode);
      const inputs: CountryReportInputs = {
        jurisdiction: named(j, parent),
        units: unitCounts.get(j.code) ?? 0,
        rubric: rubricRecord,
        card: cards.get(j.code)!.result,
        rank: rankRecord(j, scopes, ranks, options.lang),
        treaties,
        treatyStatuses: TREATY_CATALOGUE.map((t) => {
          const s = statusOf(t.code, asOf, partyActions, partyObservations);
          return { treaty: t.code, status: s.status, since: s.since, datePrecision: s.datePrecision, basisIds: s.basis.map((a) => a.id), observationId: s.observation?.id ?? null };
        }),
        provisions,
        treatyActions: actionRecords,
        observations: observationRecords,
        // From the earliest date any of its evidence applies, whatever it is (a report dated before
        // it has one point, nothing assessed): a history has no start of its own.
        history: scoreHistory(rubric.content, evidence.get(j.code)!, historyStart(evidence.get(j.code)!, asOf), asOf),
        tipTiers: tipTiersOf.get(j.code) ?? [],
        generatedAt,
        generator: GENERATOR,
        projection: projections?.get(j.code) ?? null,
      };
      return buildCountryReport(new Translator(options.lang), inputs);
    });
  }

  /**
   * Several jurisdictions side by side (2 to 12, in the order given; a code given twice counts
   * once): their stored scorecards and ranks, as their country reports have them.
   */
  async comparisonReport(codes: readonly string[], options: ReportOptions, field = 'codes'): Promise<ComparisonReport> {
    const normalised = [...new Set(codes.map((c) => this.jurisdictions.normaliseCode(c, field)))];
    if (normalised.length < COMPARISON_MIN_JURISDICTIONS || normalised.length > COMPARISON_MAX_JURISDICTIONS) {
      throw BadUserInputError.field(field, `must name from ${COMPARISON_MIN_JURISDICTIONS} to ${COMPARISON_MAX_JURISDICTIONS} different jurisdictions, comma-separated; got ${normalised.length}`);
    }
    const found = await this.jurisdictions.findByCodes(normalised);
    const missing = normalised.filter((c) => !found.some((j) => j.code === c));
    if (missing.length) throw BadUserInputError.field(field, `names no recorded jurisdiction: ${missing.join(', ')}`);
    const list = normalised.map((c) => found.find((j) => j.code === c)!);
    const resolved = await this.resolve(options);
    const { rubric, asOf } = resolved;
    const [cards, parents, scopes] = await Promise.all([
      this.scorecards.scorecards(list, rubric, asOf),
      this.jurisdictions.findByCodes([...new Set(list.flatMap((j) => (j.parentCode ? [j.parentCode] : [])))]),
      this.rankScopes(list),
    ]);
    const ranks = await this.ranks(scopes, rubric, asOf);
    return buildComparisonReport(new Translator(options.lang), {
      rubric: toRubricRecord(rubric),
      asOf,
      entries: list.map((j) => ({
        jurisdiction: named(
          j,
          parents.find((p) => p.code === j.parentCode),
        ),
        card: cards.get(j.code)!.result,
        rank: rankRecord(j, scopes, ranks, options.lang),
      })),
      generatedAt: new Date(),
      generator: GENERATOR,
    });
  }

  /**
   * A country's sub-national report: its units ranked within it, each against the national
   * result. `code` must name a country (a unit or an unknown code is refused, naming `field`).
   */
  async unitsReport(code: string, options: ReportOptions, field = 'code'): Promise<UnitsReport> {
    const country = await this.requireJurisdiction(code, field);
    if (country.kind !== JurisdictionKind.COUNTRY)
      throw BadUserInputError.field(field, `must name a country; ${country.code} is a sub-national unit of ${country.parentCode} (ask for /reports/units/${country.parentCode})`);
    const resolved = await this.resolve(options);
    const units = await this.scorecards.members(country.code);
    const [national, ranked] = await Promise.all([this.scorecards.scorecards([country], resolved.rubric, resolved.asOf), this.scorecards.ranked(units, resolved.rubric, resolved.asOf)]);
    const division = country.criminalLawDivision;
    return buildUnitsReport(new Translator(options.lang), {
      country: named(country),
      criminalLaw:
        division && country.criminalLawDivisionSource && country.criminalLawDivisionAsOf ? { division, source: country.criminalLawDivisionSource, asOf: country.criminalLawDivisionAsOf } : null,
      rubric: toRubricRecord(resolved.rubric),
      asOf: resolved.asOf,
      national: national.get(country.code)!.result,
      entries: ranked.map((e) => ({ rank: e.rank, jurisdiction: named(e.scorecard.jurisdiction, country), card: e.scorecard.result })),
      generatedAt: new Date(),
      generator: GENERATOR,
    });
  }

  /** How many sub-national units each of these countries has recorded, in one statement. */
  private async unitCounts(list: JurisdictionEntity[]): Promise<Map<string, number>> {
    const countries = list.filter((j) => j.kind === JurisdictionKind.COUNTRY).map((j) => j.code);
    if (countries.length === 0) return new Map();
    const rows: { parent_code: string; n: string | number }[] = await this.dataSource
      .createQueryBuilder(JurisdictionEntity, 'j')
      .select('j.parent_code', 'parent_code')
      .addSelect('COUNT(*)', 'n')
      .where('j.parent_code IN (:...countries)', { countries })
      .groupBy('j.parent_code')
      .getRawMany();
    return new Map(rows.map((r) => [r.parent_code, Number(r.n)]));
  }

  async regionalReport(regionCode: string, options: ReportOptions): Promise<RegionalReport> {
    const resolved = await this.resolve(options);
    const region = await this.jurisdictions.findRegion(regionCode);
    if (!region) throw new NotFoundError('Region', regionCode);
    const members = await this.scorecards.members(region.code);
    const [ranked, tipTiers] = await Promise.all([this.scorecards.ranked(members, resolved.rubric, resolved.asOf), this.tipTiers.forJurisdictions(members.map((m) => m.code))]);
    return buildRegionalReport(new Translator(options.lang), {
      region: { code: region.code, nameEn: region.nameEn },
      rubric: toRubricRecord(resolved.rubric),
      asOf: resolved.asOf,
      entries: ranked.map((e) => ({ rank: e.rank, jurisdiction: named(e.scorecard.jurisdiction), card: e.scorecard.result })),
      tipTiers,
      generatedAt: new Date(),
      generator: GENERATOR,
    });
  }

  /**
   * Every jurisdiction (or a region's members, or the jurisdictions given: the CLI's written
   * reports) with its score and band, and the regions that have members.
   */
  async index(options: ReportOptions, region?: string | null, only?: readonly JurisdictionEntity[]): Promise<ReportIndex> {
    const resolved = await this.resolve(options);
    const tr = new Translator(options.lang);
    const list = only ? [...only] : region ? await this.scorecards.members(region) : await this.dataSource.getRepository(JurisdictionEntity).find({ order: { code: 'ASC' } });
    const [cards, regions] = await Promise.all([this.scorecards.scorecards(list, resolved.rubric, resolved.asOf), this.jurisdictions.listRegions()]);
    const jurisdictions = list
      .map((j) => {
        const result = cards.get(j.code)!.result;
        return { code: j.code, name: localize(jurisdictionNames(j), options.lang), score: result.score, coverage: result.coverage, band: reportBand(tr, resolved.rubric.content, result.band) };
      })
      .sort((a, b) => a.name.localeCompare(b.name, options.lang));
    return {
      lang: options.lang,
      asOf: resolved.asOf,
      rubric: { id: resolved.rubric.rubricId, version: resolved.rubric.version, title: tr.text(resolved.rubric.content.title, 'rubric title') },
      regions: regions
        .filter((r) => r.memberCount > 0)
        .map((r) => ({ code: r.code, name: regionName(tr, r), members: r.memberCount, kind: r.kind, level: r.level }))
        // Groups (OAS) first, then the M49 areas from the largest down, each level in the reader's alphabetical order.
        .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'GROUP' ? -1 : 1) || levelOrder(a.level) - levelOrder(b.level) || a.name.localeCompare(b.name, options.lang))
        .map(({ code, name, members }) => ({ code, name, members })),
      jurisdictions,
    };
  }

  private async provisionRecords(ids: string[]): Promise<Map<string, ProvisionRecord>> {
    if (ids.length === 0) return new Map();
    // With their fact sets (one statement): a provision whose text is not recorded is described by their source.
    const provisions = (await this.dataSource
      .getRepository(ProvisionEntity)
      .createQueryBuilder('p')
      .leftJoinAndMapOne('p.factSet', LegalFactSetEntity, 'f', 'f.provision_id = p.id')
      .where('p.id IN (:...ids)', { ids })
      .getMany()) as (ProvisionEntity & { factSet?: LegalFactSetEntity | null })[];
    const instruments = await this.dataSource.getRepository(InstrumentEntity).findBy({ id: In([...new Set(provisions.map((p) => p.instrumentId))]) });
    const byId = new Map(instruments.map((i) => [i.id, i]));
    return new Map(
      provisions.map((p) => {
        const i = byId.get(p.instrumentId)!;
        return [
          p.id,
          {
            id: p.id,
            citation: p.citation,
            heading: p.heading,
            text: p.text,
            factsSource: p.factSet ? (p.factSet.sourceCitation ?? hostOf(p.factSet.sourceUrl)) : null,
            inForceFrom: p.inForceFrom,
            inForceTo: p.inForceTo,
            inForceFromPrecision: p.inForceFromPrecision,
            inForceToPrecision: p.inForceToPrecision,
            sourceUrl: p.sourceUrl,
            recordedOn: isoDay(p.updatedAt),
            factsVerified: p.factSet ? p.factSet.verifiedAt !== null : null,
            instrument: { id: i.id, title: instrumentTitle(i), titleEn: i.titleEn, officialCitation: i.officialCitation, language: i.language, sourceUrl: i.sourceUrl },
          },
        ];
      }),
    );
  }

  /** The scope each jurisdiction is ranked in, members included (one query per distinct scope). */
  private async rankScopes(list: JurisdictionEntity[]): Promise<Map<string, RankScope>> {
    const out = new Map<string, RankScope>();
    const countries = list.filter((j) => j.kind === JurisdictionKind.COUNTRY).map((j) => j.code);
    const [memberships, regions] = await Promise.all([
      countries.length ? this.dataSource.getRepository(RegionMembershipEntity).findBy({ jurisdictionCode: In(countries) }) : Promise.resolve([]),
      this.dataSource.getRepository(RegionEntity).find(),
    ]);
    const regionByCode = new Map(regions.map((r) => [r.code, r]));
    const scopeCache = new Map<string, Promise<RankScope>>();
    const scope = (key: string, make: () => Promise<RankScope>) => {
      if (!scopeCache.has(key)) scopeCache.set(key, make());
      return scopeCache.get(key)!;
    };
    await Promise.all(
      list.map(async (j) => {
        if (j.kind === JurisdictionKind.SUBDIVISION && j.parentCode) {
          const parentCode = j.parentCode;
          out.set(
            j.code,
            await scope(`units:${parentCode}`, async () => {
              const [parent] = await this.jurisdictions.findByCodes([parentCode]);
              const members = await this.dataSource.getRepository(JurisdictionEntity).find({ where: { parentCode }, order: { code: 'ASC' } });
              return { code: parentCode, name: { code: parentCode, names: parent ? jurisdictionNames(parent) : { en: parentCode } }, members };
            }),
          );
          return;
        }
        const own = memberships
          .filter((m) => m.jurisdictionCode === j.code)
          .map((m) => regionByCode.get(m.regionCode))
          .filter((r): r is RegionEntity => !!r);
        const chosen = own.find((r) => r.code === 'OAS') ?? own.find((r) => r.level === 'sub-region') ?? own.find((r) => r.level === 'region');
        if (!chosen) return;
        out.set(j.code, await scope(chosen.code, async () => ({ code: chosen.code, name: { code: chosen.code, nameEn: chosen.nameEn }, members: await this.scorecards.members(chosen.code) })));
      }),
    );
    return out;
  }

  private async ranks(scopes: Map<string, RankScope>, rubric: RubricVersionEntity, asOf: string): Promise<Map<string, RankedEntry[]>> {
    const distinct = new Map([...scopes.values()].map((s) => [s.code, s]));
    const ranked = await Promise.all([...distinct.values()].map(async (s) => [s.code, await this.scorecards.ranked(s.members, rubric, asOf)] as const));
    return new Map(ranked);
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Where a jurisdiction's country report ranks it, from its scope's ranking; null without a scope. */
function rankRecord(j: JurisdictionEntity, scopes: Map<string, RankScope>, ranks: Map<string, RankedEntry[]>, lang: Language): RankRecord | null {
  const scope = scopes.get(j.code);
  const rank = scope ? ranks.get(scope.code) : undefined;
  if (!scope || !rank) return null;
  return {
    region: 'names' in scope.name ? { code: scope.code, nameEn: localize(scope.name.names, lang) } : scope.name,
    rank: rank.find((e) => e.jurisdictionCode === j.code)?.rank ?? null,
    ranked: rank.filter((e) => e.rank !== null).length,
    members: rank.length,
  };
}

function levelOrder(level: string | null): number {
  return level === null ? -1 : ['region', 'sub-region', 'intermediate-region'].indexOf(level);
}

function named(j: JurisdictionEntity, parent?: JurisdictionEntity): NamedJurisdiction {
  return { code: j.code, kind: j.kind as NamedJurisdiction['kind'], names: jurisdictionNames(j), parent: parent ? { code: parent.code, names: jurisdictionNames(parent) } : null };
}

function toRubricRecord(rubric: RubricVersionEntity): RubricRecord {
  return { id: rubric.rubricId, version: rubric.version, contentHash: rubric.contentHash, content: rubric.content };
}

/** A source URL as a reader may name it (`www.state.gov`); null when there is none or it does not parse. */
function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

function isoDay(value: Date | string): string {
  return (value instanceof Date ? value.toISOString() : new Date(value).toISOString()).slice(0, 10);
}
