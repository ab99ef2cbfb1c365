import { Foundation1763856000000 } from './1763856000000-foundation';

/** Every migration, oldest first. Both SQLite and PostgreSQL run exactly this list. */
export const MIGRATIONS = [Foundation1763856000000];
