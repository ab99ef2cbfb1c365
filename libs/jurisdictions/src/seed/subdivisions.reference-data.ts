import { Injectable } from '@nestjs/common';
import { combinedHash, insertInChunks, readReferenceCsv, ReferenceDataSet } from '@lexgap/platform';
import { EntityManager, In } from 'typeorm';
import { JurisdictionEntity, JurisdictionKind } from '../entities/jurisdiction.entity';

export type SubdivisionReferenceRow = { code: string; country: string; category: string; name_en: string; name_es: string; name_pt: string; name_fr: string };

const FILE = 'iso-3166-2-federations.csv';
/** The Debian package the file was generated from (reference-data/build/subdivisions.py prints it). */
export const ISO_CODES_VERSION = '4.15.0-1';
const SOURCE = `ISO 3166-2 via Debian iso-codes ${ISO_CODES_VERSION} (LGPL-2.1+)`;

/**
 * The top-level ISO 3166-2 subdivisions of the six OAS federations (AR, BR, CA, MX, US, VE), from
 * reference-data/iso-3166-2-federations.csv (see its SOURCES.md section). A code the database
 * already has (created by hand before this set shipped) is left as it is, and a row whose country
 * is not recorded is skipped. Subdivisions belong to no region.
 */
@Injectable()
export class SubdivisionsReferenceData implements ReferenceDataSet {
  readonly name = 'subdivisions';
  readonly dependsOn = ['jurisdictions'];

  private read() {
    return readReferenceCsv<SubdivisionReferenceRow>(FILE);
  }

  contentHash(): string {
    return combinedHash(this.read().sha256, SOURCE);
  }

  async load(manager: EntityManager): Promise<number> {
    const { rows } = this.read();
    const repository = manager.getRepository(JurisdictionEntity);
    const countries = [...new Set(rows.map((r) => r.country))];
    const recorded = new Set((await repository.find({ select: { code: true }, where: { code: In(countries), kind: JurisdictionKind.COUNTRY } })).map((j) => j.code));
    const present = new Set((await repository.find({ select: { code: true }, where: { code: In(rows.map((r) => r.code)) } })).map((j) => j.code));
    const now = new Date();
    const missing = rows
      .filter((r) => recorded.has(r.country) && !present.has(r.code))
      .map((r) =>
        Object.assign(new JurisdictionEntity(), {
          code: r.code,
          kind: JurisdictionKind.SUBDIVISION,
          parentCode: r.country,
          alpha3: null,
          numericCode: null,
          nameEn: r.name_en,
          nameEs: r.name_es || null,
          namePt: r.name_pt || null,
          nameFr: r.name_fr || null,
          source: SOURCE,
          version: 1,
          evidenceRevision: 0,
          createdAt: now,
          updatedAt: now,
        }),
      );
    await insertInChunks(manager, JurisdictionEntity, missing);
    return missing.length;
  }
}
