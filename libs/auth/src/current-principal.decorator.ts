import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { requestOf } from './permission.guard';
import { Principal } from './permissions';

/** The caller, as the guard authenticated it (undefined for anonymous reads). */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal | undefined => requestOf(context)?.principal);
