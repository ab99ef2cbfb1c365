import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';

export enum JurisdictionKind {
  COUNTRY = 'COUNTRY',
  SUBDIVISION = 'SUBDIVISION',
}

/**
 * How a country's criminal law is divided between the nation and its units: one national penal
 * code (Argentina, Brazil, Venezuela), or national and sub-national codes (Mexico, the United
 * States). Either way a unit's law is the national law in force plus its own: the division tells
 * readers where to look, it does not switch a level off.
 */
export enum CriminalLawDivision {
  NATIONAL = 'NATIONAL',
  NATIONAL_AND_SUBNATIONAL = 'NATIONAL_AND_SUBNATIONAL',
}

/**
 * A country (ISO 3166-1 alpha-2 code) or a sub-national unit (ISO 3166-2 code such as `MX-CHH`)
 * whose law lexgap records and scores. Sub-national units have a parent and score like countries.
 */
@Entity('jurisdiction')
@Index('idx_jurisdiction_parent', ['parentCode'])
export class JurisdictionEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  code: string;

  @Column({ type: 'varchar', length: 12 })
  kind: JurisdictionKind;

  @Column({ type: 'varchar', length: 10, nullable: true })
  parentCode: string | null;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'parent_code', foreignKeyConstraintName: 'fk_jurisdiction_parent' })
  parent?: JurisdictionEntity;

  @Column({ type: 'varchar', length: 3, nullable: true })
  alpha3: string | null;

  /** ISO 3166-1 numeric code, which is also the UN M49 country code. */
  @Column({ type: 'varchar', length: 3, nullable: true })
  numericCode: string | null;

  @Column({ type: 'varchar', length: 200 })
  nameEn: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  nameEs: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  namePt: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  nameFr: string | null;

  /** Countries only: how criminal law is divided; null while no one has recorded it. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  criminalLawDivision: CriminalLawDivision | null;

  /** The source of that reading (the constitution's article, as a URL or citation). */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  criminalLawDivisionSource: string | null;

  /** The date the reading of the division is current to. */
  @Column({ type: 'date', nullable: true })
  criminalLawDivisionAsOf: string | null;

  /** Where the names and codes come from. */
  @Column({ type: 'varchar', length: 500 })
  source: string;

  @VersionColumn()
  version: number;

  /** Bumped whenever evidence its scores rest on changes; stored scorecards remember it. */
  @Column({ type: 'integer', default: 0 })
  evidenceRevision: number;

  @Column()
  createdAt: Date;

  @Column()
  updatedAt: Date;
}
