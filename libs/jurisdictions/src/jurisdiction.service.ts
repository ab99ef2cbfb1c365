import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditTrail } from '@lexgap/audit';
import { BadUserInputError, decodeCursor, encodeCursor, NotFoundError, TransactionRunner, updateWithVersion } from '@lexgap/platform';
import { DataSource, EntityManager, In } from 'typeorm';
import { JurisdictionEntity, JurisdictionKind } from './entities/jurisdiction.entity';
import { RegionMembershipEntity } from './entities/region-membership.entity';
import { RegionEntity } from './entities/region.entity';
import { RecordCriminalLawDivisionInput } from './inputs/record-criminal-law-division.input';
import { UpsertJurisdictionInput } from './inputs/upsert-jurisdiction.input';
import { JURISDICTION_CODE_HELP, parseJurisdictionCode } from './jurisdiction-codes';
import { notAStatePartyProblem } from './treaty-party';

export interface JurisdictionPage {
  items: JurisdictionEntity[];
  totalCount: number;
  hasNextPage: boolean;
}

const CURSOR_KIND = 'jurisdiction';

@Injectable()
export class JurisdictionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
  ) {}

  /** The canonical code for what a user typed, or BAD_USER_INPUT naming `field`. */
  normaliseCode(raw: string, field: string): string {
    const parsed = parseJurisdictionCode(raw);
    if (!parsed) throw BadUserInputError.field(field, `must be ${JURISDICTION_CODE_HELP}; got ${JSON.stringify(raw)}`);
    return parsed.code;
  }

  async findByCode(raw: string, field = 'code', manager: EntityManager = this.dataSource.manager): Promise<JurisdictionEntity | null> {
    return manager.getRepository(JurisdictionEntity).findOneBy({ code: this.normaliseCode(raw, field) });
  }

  /**
   * Loads the jurisdiction or fails with BAD_USER_INPUT on `field` (for references inside inputs).
   * Inside a transaction pass its manager: a second pooled connection per transaction would starve
   * the pool under concurrent writes.
   */
  async requireExisting(raw: string, field: string, manager?: EntityManager): Promise<JurisdictionEntity> {
    const found = await this.findByCode(raw, field, manager);
    if (!found) throw BadUserInputError.field(field, `names no recorded jurisdiction (${JSON.stringify(raw)})`);
    return found;
  }

  /**
   * Loads a state that can be party to a treaty, or fails with BAD_USER_INPUT on `field`: a
   * sub-national unit is not a party; its country's status applies in it (layered law).
   */
  async requireStateParty(raw: string, field: string, manager?: EntityManager): Promise<JurisdictionEntity> {
    const found = await this.requireExisting(raw, field, manager);
    const problem = notAStatePartyProblem(found);
    if (problem) throw BadUserInputError.field(field, problem);
    return found;
  }

  async findByCodes(codes: readonly string[]): Promise<JurisdictionEntity[]> {
    if (codes.length === 0) return [];
    return this.dataSource.getRepository(JurisdictionEntity).findBy({ code: In([...codes]) });
  }

  async findRegion(code: string): Promise<RegionEntity | null> {
    return this.dataSource.getRepository(RegionEntity).findOneBy({ code: code.trim().toUpperCase() });
  }

  async listRegions(): Promise<Array<RegionEntity & { memberCount: number }>> {
    const regions = await this.dataSource.getRepository(RegionEntity).find({ order: { code: 'ASC' } });
    const counts: { region_code: string; n: string | number }[] = await this.dataSource
      .createQueryBuilder(RegionMembershipEntity, 'm')
      .select('m.region_code', 'region_code')
      .addSelect('COUNT(*)', 'n')
      .groupBy('m.region_code')
      .getRawMany();
    const byCode = new Map(counts.map((c) => [c.region_code, Number(c.n)]));
    return regions.map((r) => Object.assign(r, { memberCount: byCode.get(r.code) ?? 0 }));
  }

  /** A page of jurisdictions ordered by code, optionally limited to one region's members. */
  async page(options: { region?: string | null; first: number; after?: string | null }): Promise<JurisdictionPage> {
    const repo = this.dataSource.getRepository(JurisdictionEntity);
    const query = repo.createQueryBuilder('j');
    if (options.region) {
      const region = await this.findRegion(options.region);
      if (!region) throw BadUserInputError.field('region', `names no known region or group (${JSON.stringify(options.region)}); try an M49 code such as 419 or OAS`);
      query.innerJoin(RegionMembershipEntity, 'm', 'm.jurisdiction_code = j.code AND m.region_code = :region', { region: region.code });
    }
    const totalCount = await query.clone().getCount();
    if (options.after) query.andWhere('j.code > :after', { after: decodeCursor(CURSOR_KIND, options.after) });
    // limit, not take: the membership join cannot duplicate rows, so no DISTINCT subquery is needed.
    const rows = await query
      .orderBy('j.code', 'ASC')
      .limit(options.first + 1)
      .getMany();
    return { items: rows.slice(0, options.first), totalCount, hasNextPage: rows.length > options.first };
  }

  cursorOf(entity: JurisdictionEntity): string {
    return encodeCursor(CURSOR_KIND, entity.code);
  }

  async upsert(input: UpsertJurisdictionInput, actor: Actor): Promise<JurisdictionEntity> {
    const parsed = parseJurisdictionCode(input.code);
    if (!parsed) throw BadUserInputError.field('input.code', `must be ${JURISDICTION_CODE_HELP}; got ${JSON.stringify(input.code)}`);
    if (parsed.kind === 'SUBDIVISION' && (input.alpha3 || input.numericCode)) {
      throw BadUserInputError.field(input.alpha3 ? 'input.alpha3' : 'input.numericCode', 'belongs to countries only, not to sub-national units');
    }
    return this.transactions.run(async (manager) => {
      const repo = manager.getRepository(JurisdictionEntity);
      const existing = await repo.findOneBy({ code: parsed.code });
      if (parsed.kind === 'SUBDIVISION' && !(await repo.existsBy({ code: parsed.country }))) {
        throw BadUserInputError.field('input.code', `names a unit of ${parsed.country}, which is not recorded`);
      }
      const fields = {
        nameEn: input.names.en.trim(),
        nameEs: input.names.es?.trim() ?? null,
        namePt: input.names.pt?.trim() ?? null,
        nameFr: input.names.fr?.trim() ?? null,
        alpha3: input.alpha3 ?? null,
        numericCode: input.numericCode ?? null,
        source: input.source.trim(),
        updatedAt: new Date(),
      };
      if (!existing) {
        if (input.version !== undefined) throw new NotFoundError('Jurisdiction', parsed.code);
        const created = repo.create({
          code: parsed.code,
          kind: parsed.kind === 'COUNTRY' ? JurisdictionKind.COUNTRY : JurisdictionKind.SUBDIVISION,
          parentCode: parsed.kind === 'SUBDIVISION' ? parsed.country : null,
          ...fields,
          version: 1,
          evidenceRevision: 0,
          createdAt: fields.updatedAt,
        });
        await repo.insert(created);
        await this.audit.record(manager, actor, { operation: 'upsertJurisdiction', entityType: 'Jurisdiction', entityId: created.code, before: null, after: created });
        return created;
      }
      if (input.version === undefined) {
        throw BadUserInputError.field('input.version', `is required to update ${parsed.code}, which exists (send the version you read: ${existing.version})`);
      }
      await updateWithVersion(manager, JurisdictionEntity, 'Jurisdiction', { code: parsed.code }, input.version, fields);
      const updated = await repo.findOneByOrFail({ code: parsed.code });
      await this.audit.record(manager, actor, { operation: 'upsertJurisdiction', entityType: 'Jurisdiction', entityId: parsed.code, before: existing, after: updated });
      return updated;
    });
  }

  /**
   * Records how a country's criminal law is divided, with its source and as-of date. It informs
   * readers (reports say where a unit's law is written); scores do not change, since a unit's law
   * is its country's plus its own either way.
   */
  async recordCriminalLawDivision(input: RecordCriminalLawDivisionInput, actor: Actor): Promise<JurisdictionEntity> {
    return this.transactions.run(async (manager) => {
      const country = await this.requireExisting(input.country, 'input.country', manager);
      if (country.kind !== JurisdictionKind.COUNTRY) {
        throw BadUserInputError.field('input.country', `must be a country; ${country.code} is a sub-national unit of ${country.parentCode}`);
      }
      const changes = { criminalLawDivision: input.division, criminalLawDivisionSource: input.source.trim(), criminalLawDivisionAsOf: input.asOf, updatedAt: new Date() };
      await updateWithVersion(manager, JurisdictionEntity, 'Jurisdiction', { code: country.code }, input.version, changes);
      const updated = await manager.getRepository(JurisdictionEntity).findOneByOrFail({ code: country.code });
      await this.audit.record(manager, actor, { operation: 'recordCriminalLawDivision', entityType: 'Jurisdiction', entityId: country.code, before: country, after: updated });
      return updated;
    });
  }
}
