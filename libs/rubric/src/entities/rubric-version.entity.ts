import type { Rubric } from '@lexgap/scoring-engine';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One published version of a rubric. Immutable: a change is a new version. */
@Entity('rubric_version')
export class RubricVersionEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  rubricId: string;

  @PrimaryColumn({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  /** The validated rubric document, exactly as published. */
  @Column({ type: 'json' })
  content: Rubric;

  /** sha256 of the canonical JSON of `content`: identifies the version's content. */
  @Column({ type: 'varchar', length: 64 })
  contentHash: string;

  @Column()
  publishedAt: Date;

  @Column({ type: 'varchar', length: 100 })
  publishedBy: string;
}
