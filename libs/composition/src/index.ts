export * from './domain-modules';
export * from './entities';
export * from './open-database';
export * from './reference-data';
export { MIGRATIONS } from '../../../migrations';
export * from './backup';
