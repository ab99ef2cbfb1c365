import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One write, as it happened: who, when, which operation, and the record before and after.
 * Append-only: nothing updates or deletes these rows.
 */
@Entity('audit_event')
@Index('idx_audit_event_entity', ['entityType', 'entityId', 'occurredAt'])
export class AuditEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column()
  occurredAt: Date;

  /** Principal id (API key id), or `system:<task>` for shipped reference data. */
  @Column({ type: 'varchar', length: 100 })
  actorId: string;

  @Column({ type: 'varchar', length: 200 })
  actorName: string;

  /** The GraphQL mutation or CLI command, e.g. `upsertInstrument`. */
  @Column({ type: 'varchar', length: 60 })
  operation: string;

  @Column({ type: 'varchar', length: 60 })
  entityType: string;

  @Column({ type: 'varchar', length: 100 })
  entityId: string;

  @Column({ type: 'json', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'json', nullable: true })
  after: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 128, nullable: true })
  requestId: string | null;
}
