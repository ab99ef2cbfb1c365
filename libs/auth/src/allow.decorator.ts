import { SetMetadata } from '@nestjs/common';
import { Permission } from './permissions';

export const ALLOW_KEY = 'lexgap:allow';

/** The one permission an operation needs. The guard refuses any operation that declares none. */
export const Allow = (permission: Permission) => SetMetadata(ALLOW_KEY, permission);
