export * from './audit-event.entity';
export * from './audit-trail';
export * from './audit.module';

import { AuditEventEntity } from './audit-event.entity';
export const AUDIT_ENTITIES = [AuditEventEntity];
