export * from './backup-bundle';
export * from './backup.service';
