import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One reference data set loaded into this database, with the hash of what was loaded. */
@Entity('seed_run')
export class SeedRunEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 64 })
  contentHash: string;

  @Column({ type: 'integer' })
  records: number;

  @Column()
  appliedAt: Date;
}
