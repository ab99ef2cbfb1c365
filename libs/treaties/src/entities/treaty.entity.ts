import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A treaty lexgap tracks (`PALERMO`, `UNTOC`, `OPSC`, `ILO-C029`, ...; API.md). */
@Entity('treaty')
export class TreatyEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 10 })
  organisation: string;

  /** The depositary's reference: UNTC chapter-number (`XVIII-12-a`) or ILO number (`C029`). */
  @Column({ type: 'varchar', length: 20 })
  reference: string;

  @Column({ type: 'varchar', length: 120 })
  shortTitle: string;

  @Column({ type: 'varchar', length: 400 })
  title: string;

  @Column({ type: 'varchar', length: 500 })
  url: string;
}
