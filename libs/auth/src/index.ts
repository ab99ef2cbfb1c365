import { ApiKeyEntity } from './entities/api-key.entity';

export * from './allow.decorator';
export * from './api-key.service';
export * from './auth.module';
export * from './authenticator';
export * from './current-actor.decorator';
export * from './current-principal.decorator';
export * from './entities/api-key.entity';
export * from './permission.guard';
export * from './permissions';
export * from './audit-log.resolver';

export const AUTH_ENTITIES = [ApiKeyEntity];
