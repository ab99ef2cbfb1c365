import { Injectable } from '@nestjs/common';
import { Actor, AuditTrail } from '@lexgap/audit';
import { TransactionRunner } from '@lexgap/platform';
import { EntityManager } from 'typeorm';
import { WriteContext } from './write-context';

/** Runs a unit of work in one transaction with a WriteContext, finishing it before the commit. */
@Injectable()
export class WriteRunner {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
  ) {}

  run<T>(actor: Actor, operation: string, work: (w: WriteContext) => Promise<T>, progress?: (written: number) => void): Promise<T> {
    return this.transactions.run((manager) => this.within(manager, actor, operation, work, progress));
  }

  /** The same inside a transaction the caller already holds (seeding, restore). */
  async within<T>(manager: EntityManager, actor: Actor, operation: string, work: (w: WriteContext) => Promise<T>, progress?: (written: number) => void): Promise<T> {
    const w = new WriteContext(manager, actor, operation, this.audit, progress);
    const result = await work(w);
    await w.finish();
    return result;
  }
}
