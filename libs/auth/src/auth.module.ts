import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeyResolver } from './api-key.resolver';
import { AuditLogResolver } from './audit-log.resolver';
import { ApiKeyService } from './api-key.service';
import { Authenticator } from './authenticator';
import { CredentialThrottle } from './credential-throttle';
import { PermissionGuard } from './permission.guard';
import { WriteBudgetPlugin } from './write-budget.plugin';
import { WriteRateLimiter } from './write-rate-limiter';

@Global()
@Module({
  providers: [ApiKeyService, Authenticator, CredentialThrottle, WriteRateLimiter, WriteBudgetPlugin, ApiKeyResolver, AuditLogResolver, { provide: APP_GUARD, useClass: PermissionGuard }],
  exports: [ApiKeyService, Authenticator],
})
export class AuthModule {}
