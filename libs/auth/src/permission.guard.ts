import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ForbiddenError, UnauthenticatedError } from '@lexgap/platform';
import { ALLOW_KEY } from './allow.decorator';
import { Authenticator } from './authenticator';
import { Permission, permissionsOf, Principal } from './permissions';
import type { WriteBudgetRequest } from './write-budget.plugin';
import { WriteRateLimiter } from './write-rate-limiter';

export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  principal?: Principal;
  authenticated?: boolean;
}

/** Applied to every resolver and controller: authenticates once per request, then checks @Allow. */
@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    private readonly writeLimiter: WriteRateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const required = this.reflector.getAllAndOverride<Permission | undefined>(ALLOW_KEY, [context.getHandler(), context.getClass()]);
    const req = requestOf(context);
    if (!req) return true; // not an HTTP or GraphQL call
    if (!req.authenticated) {
      const header = req.headers.authorization;
      req.principal = await this.authenticator.authenticate(Array.isArray(header) ? header[0] : header, req.ip);
      req.authenticated = true;
    }
    // Refused once already (WriteBudgetPlugin authenticates a mutation request before it runs).
    if ((req as WriteBudgetRequest).authenticationError) throw (req as WriteBudgetRequest).authenticationError;
    if (required === undefined) {
      // Fail closed: an operation that forgot its @Allow is refused (and a test walks the schema for it).
      throw new ForbiddenError('This operation declares no permission and is refused');
    }
    if (permissionsOf(req.principal).includes(required)) {
      // Paid for whole before the request ran, by WriteBudgetPlugin; one at a time only without it.
      if (req.principal && isMutation(context) && !(req as WriteBudgetRequest).writesCharged) this.writeLimiter.take(req.principal.id);
      return true;
    }
    if (!req.principal) throw new UnauthenticatedError();
    throw new ForbiddenError(`Your role (${req.principal.role}) does not have the ${required} permission`);
  }
}

function isMutation(context: ExecutionContext): boolean {
  return context.getType<string>() === 'graphql' && GqlExecutionContext.create(context).getInfo()?.parentType?.name === 'Mutation';
}

export function requestOf(context: ExecutionContext): AuthenticatedRequest | undefined {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req?: AuthenticatedRequest }>().req;
  }
  if (context.getType() === 'http') return context.switchToHttp().getRequest<AuthenticatedRequest>();
  return undefined;
}
