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

  /**
   * The date the text was adopted (TREATY_CATALOGUE, which cites each date's source): nothing
   * recorded under the treaty applies before it. Null only for a treaty whose date is not recorded.
   */
  @Column({ type: 'date', nullable: true })
  adoptedOn: string | null;
}
