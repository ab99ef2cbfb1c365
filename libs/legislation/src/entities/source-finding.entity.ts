import type { ConfidenceLevel, SourceJudgement, SourceKind } from '@lexgap/legal-model';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import { ProvisionEntity } from './provision.entity';

/**
 * A source's own judgement of one wording of the law (a provision in force over an interval), on
 * one rubric criterion: "the TIP Report 2019 finds the penalties commensurate with those for
 * rape" bears on PEN-3. It is a finding about the law, not a fact read from it: the engine uses
 * it only where the criterion's automatic result is not assessed, an approved expert assessment
 * overrides it, and it speaks from its as-of date while the wording it judges is in force.
 */
@Entity('source_finding')
@Index('uq_source_finding', ['provisionId', 'rubricId', 'criterionId', 'asOf'], { unique: true })
export class SourceFindingEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** The wording the source judges. */
  @Column({ type: 'varchar', length: 36 })
  provisionId: string;

  @ManyToOne(() => ProvisionEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'provision_id', foreignKeyConstraintName: 'fk_source_finding_provision' })
  provision?: ProvisionEntity;

  /** The rubric and criterion the judgement bears on (`tip-legal-framework`, `PEN-3`). */
  @Column({ type: 'varchar', length: 100 })
  rubricId: string;

  @Column({ type: 'varchar', length: 20 })
  criterionId: string;

  /** What the source judged, from a closed list so that a report can say it in the reader's language. */
  @Column({ type: 'varchar', length: 60 })
  judgement: SourceJudgement;

  /** Whether the source found the judgement to hold (true: "commensurate"; false: "not commensurate"). */
  @Column({ type: 'boolean' })
  holds: boolean;

  /** The criterion result the judgement gives: a point of the criterion's scale. */
  @Column({ type: 'double precision' })
  result: number;

  /** The kind of source: a report about the law (SECONDARY), or an expert's reading (EXPERT). */
  @Column({ type: 'varchar', length: 10, default: 'SECONDARY' })
  sourceKind: SourceKind;

  /** The source as a reader cites it ("US Department of State, Trafficking in Persons Report 2019: Panama"). */
  @Column({ type: 'varchar', length: 500 })
  sourceCitation: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  sourceUrl: string | null;

  /** The date the judgement speaks for (the end of the report's reporting period). */
  @Column({ type: 'date' })
  asOf: string;

  @Column({ type: 'varchar', length: 6, nullable: true })
  confidence: ConfidenceLevel | null;

  @VersionColumn()
  version: number;

  @Column()
  createdAt: Date;

  @Column()
  updatedAt: Date;
}
