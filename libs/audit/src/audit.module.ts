import { Global, Module } from '@nestjs/common';
import { AuditLogResolver } from './audit-log.resolver';
import { AuditTrail } from './audit-trail';

@Global()
@Module({ providers: [AuditTrail, AuditLogResolver], exports: [AuditTrail] })
export class AuditModule {}
