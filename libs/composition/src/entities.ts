import { SeedRunEntity } from '@lexgap/platform';

/** Every TypeORM entity of lexgap. Each domain library exports its own list. */
export const ENTITIES = [SeedRunEntity];
