import { Injectable } from '@nestjs/common';
import { combinedHash, insertInChunks, readReferenceCsv, ReferenceDataSet } from '@lexgap/platform';
import countries from 'i18n-iso-countries';
import countriesPackage from 'i18n-iso-countries/package.json';
import { EntityManager } from 'typeorm';
import { JurisdictionEntity, JurisdictionKind } from '../entities/jurisdiction.entity';
import { RegionMembershipEntity } from '../entities/region-membership.entity';
import { RegionEntity, RegionKind } from '../entities/region.entity';

type CountryRow = { iso2: string; iso3: string; m49: string; region_code: string; sub_region_code: string; intermediate_region_code: string };
type RegionRow = { code: string; name: string; parent_code: string; level: string };
type OasRow = { iso2: string; iso3: string; m49: string; name: string; oas_year_joined: string; membership_note: string; source: string };

const M49_SOURCE = 'UN M49 via lukes/ISO-3166-Countries-with-Regional-Codes all/all.csv @145f1ad (CC BY-SA 4.0)';
const NAMES_SOURCE = `ISO 3166-1 codes: ${M49_SOURCE}; names in en/es/pt/fr: i18n-iso-countries ${countriesPackage.version}`;
const OAS_NAME = 'Organization of American States';

/** Every ISO 3166-1 country with names in four languages, the UN M49 areas and the OAS group. */
@Injectable()
export class JurisdictionsReferenceData implements ReferenceDataSet {
  readonly name = 'jurisdictions';

  private read() {
    return {
      countries: readReferenceCsv<CountryRow>('m49-countries.csv'),
      regions: readReferenceCsv<RegionRow>('m49-regions.csv'),
      oas: readReferenceCsv<OasRow>('oas-members.csv'),
    };
  }

  contentHash(): string {
    const { countries: c, regions: r, oas: o } = this.read();
    return combinedHash(c.sha256, r.sha256, o.sha256, NAMES_SOURCE);
  }

  async load(manager: EntityManager): Promise<number> {
    const { countries: countryCsv, regions: regionCsv, oas } = this.read();
    const now = new Date();
    const jurisdictions = countryCsv.rows.map((row): JurisdictionEntity => {
      const en = countries.getName(row.iso2, 'en');
      if (!en) throw new Error(`reference-data/m49-countries.csv: no English name for ${row.iso2}`);
      return Object.assign(new JurisdictionEntity(), {
        code: row.iso2,
        kind: JurisdictionKind.COUNTRY,
        parentCode: null,
        alpha3: row.iso3,
        numericCode: row.m49,
        nameEn: en,
        nameEs: countries.getName(row.iso2, 'es') ?? null,
        namePt: countries.getName(row.iso2, 'pt') ?? null,
        nameFr: countries.getName(row.iso2, 'fr') ?? null,
        source: NAMES_SOURCE,
        version: 1,
        evidenceRevision: 0,
        createdAt: now,
        updatedAt: now,
      });
    });
    const regions: RegionEntity[] = [
      // Parents before children, for the self-referencing foreign key.
      ...[...regionCsv.rows]
        .sort((a, b) => levelRank(a.level) - levelRank(b.level) || a.code.localeCompare(b.code))
        .map((r) => Object.assign(new RegionEntity(), { code: r.code, kind: RegionKind.M49, nameEn: r.name, level: r.level, parentCode: r.parent_code || null, source: M49_SOURCE })),
      Object.assign(new RegionEntity(), { code: 'OAS', kind: RegionKind.GROUP, nameEn: OAS_NAME, level: null, parentCode: null, source: oas.rows[0]?.source ?? '' }),
    ];
    const memberships: RegionMembershipEntity[] = [];
    for (const row of countryCsv.rows) {
      for (const code of [row.region_code, row.sub_region_code, row.intermediate_region_code]) {
        if (code) memberships.push(Object.assign(new RegionMembershipEntity(), { regionCode: code, jurisdictionCode: row.iso2, sinceYear: null, note: null, source: M49_SOURCE }));
      }
    }
    for (const row of oas.rows) {
      memberships.push(
        Object.assign(new RegionMembershipEntity(), {
          regionCode: 'OAS',
          jurisdictionCode: row.iso2,
          sinceYear: row.oas_year_joined ? Number(row.oas_year_joined) : null,
          note: row.membership_note || null,
          source: row.source,
        }),
      );
    }
    await manager.insert(JurisdictionEntity, jurisdictions);
    for (const region of regions) await manager.insert(RegionEntity, region);
    await insertInChunks(manager, RegionMembershipEntity, memberships);
    return jurisdictions.length + regions.length + memberships.length;
  }
}

function levelRank(level: string): number {
  return ['region', 'sub-region', 'intermediate-region'].indexOf(level);
}

/** Bulk inserts stay under SQLite's bound-parameter limit. */
