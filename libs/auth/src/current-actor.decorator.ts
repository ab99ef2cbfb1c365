import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Actor } from '@lexgap/audit';
import { UnauthenticatedError } from '@lexgap/platform';
import { requestOf } from './permission.guard';

/** The signed-in caller as the audit trail records it; only for operations that need a key. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const req = requestOf(context) as { principal?: { id: string; name: string }; id?: unknown } | undefined;
  if (!req?.principal) throw new UnauthenticatedError();
  return { id: req.principal.id, name: req.principal.name, requestId: typeof req.id === 'string' ? req.id : undefined };
});
