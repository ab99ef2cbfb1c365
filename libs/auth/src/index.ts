export * from './allow.decorator';
export * from './auth.module';
export * from './authenticator';
export * from './current-principal.decorator';
export * from './permission.guard';
export * from './permissions';
export * from './current-actor.decorator';
