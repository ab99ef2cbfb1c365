import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

export enum RegionKind {
  /** UN M49 region, sub-region or intermediate region (`019`, `419`, `029`). */
  M49 = 'M49',
  /** A named group of states, such as the Organization of American States (`OAS`). */
  GROUP = 'GROUP',
}

@Entity('region')
export class RegionEntity {
  /** M49 three-digit code or group code. */
  @PrimaryColumn({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 10 })
  kind: RegionKind;

  @Column({ type: 'varchar', length: 200 })
  nameEn: string;

  /** M49 only: `region`, `sub-region` or `intermediate-region`. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  level: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  parentCode: string | null;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'parent_code', foreignKeyConstraintName: 'fk_region_parent' })
  parent?: RegionEntity;

  @Column({ type: 'varchar', length: 500 })
  source: string;
}
