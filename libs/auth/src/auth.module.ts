import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Authenticator } from './authenticator';
import { PermissionGuard } from './permission.guard';

@Global()
@Module({
  providers: [Authenticator, { provide: APP_GUARD, useClass: PermissionGuard }],
  exports: [Authenticator],
})
export class AuthModule {}
