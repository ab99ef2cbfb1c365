import { DomainError } from '../errors/domain-error';
import { ErrorCode } from '../errors/error-codes';

/** True for a unique or primary-key violation, as either engine reports it. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** True for a foreign-key violation, as either engine reports it: a row names one that is not (or no longer) recorded. */
export function isForeignKeyViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code;
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

/**
 * The answer to a write that lost a race for a natural key: the database refused a second record
 * that the service's own check, made a moment earlier, could not yet see. Nothing was written;
 * the caller reloads and finds the other's record. Never an internal error.
 */
export class ConcurrentWriteError extends DomainError {
  constructor(readonly constraint: string | undefined) {
    super(ErrorCode.CONFLICT, 'Someone else recorded the same record at the same moment; nothing was written: reload it and apply your change again', constraint ? { constraint } : {});
  }
}

/** The constraint a violation names, where the driver says. */
export function violatedConstraint(error: unknown): string | undefined {
  const e = error as { constraint?: string; driverError?: { constraint?: string; message?: string }; message?: string };
  return e?.driverError?.constraint ?? e?.constraint ?? /UNIQUE constraint failed: ([\w.]+(?:, [\w.]+)*)/.exec(e?.driverError?.message ?? e?.message ?? '')?.[1];
}
