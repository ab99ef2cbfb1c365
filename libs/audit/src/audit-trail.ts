import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { insertInChunks } from '@lexgap/platform';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';

/** Who made a change, as the audit trail records it. */
export interface Actor {
  id: string;
  name: string;
  requestId?: string;
}

export const SYSTEM_SEED_ACTOR: Actor = { id: 'system:seed', name: 'lexgap reference data' };

export interface AuditedChange {
  operation: string;
  entityType: string;
  entityId: string;
  before: object | null;
  after: object | null;
}

/**
 * Appends audit events inside the caller's transaction, so a change and its record commit or roll
 * back together: the trail holds exactly the committed writes.
 */
@Injectable()
export class AuditTrail {
  /** Last timestamp handed out: events of one process get strictly increasing times, so order is kept. */
  private last = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private now(): Date {
    this.last = Math.max(Date.now(), this.last + 1);
    return new Date(this.last);
  }

  /** One record's events, oldest first. */
  history(entityType: string, entityId: string, limit: number): Promise<AuditEventEntity[]> {
    return this.dataSource.getRepository(AuditEventEntity).find({ where: { entityType, entityId }, order: { occurredAt: 'ASC', id: 'ASC' }, take: limit });
  }

  async record(manager: EntityManager, actor: Actor, change: AuditedChange): Promise<void> {
    await this.recordAll(manager, actor, [change]);
  }

  /**
   * The events of one unit of work, all with one timestamp (a batch of 10,000 import rows is one
   * moment, not 10,000 milliseconds), inserted in multi-row statements.
   */
  async recordAll(manager: EntityManager, actor: Actor, changes: readonly AuditedChange[]): Promise<void> {
    if (changes.length === 0) return;
    const occurredAt = this.now();
    const events = changes.map((change): AuditEventEntity => ({
      id: randomUUID(),
      occurredAt,
      actorId: actor.id,
      actorName: actor.name,
      operation: change.operation,
      entityType: change.entityType,
      entityId: change.entityId,
      before: snapshot(change.before),
      after: snapshot(change.after),
      requestId: actor.requestId ?? null,
    }));
    await insertInChunks(manager, AuditEventEntity, events);
  }
}

/** A plain JSON copy (dates as ISO strings), so later changes to the object cannot alter history. */
function snapshot(value: object | null): Record<string, unknown> | null {
  return value === null ? null : (JSON.parse(JSON.stringify(value)) as Record<string, unknown>);
}
