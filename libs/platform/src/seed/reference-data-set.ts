import { EntityManager } from 'typeorm';

/**
 * A body of reference data that ships with lexgap (countries, treaties, the default rubric...).
 * Each is loaded once, in its own transaction, into a database that has not had it yet.
 */
export interface ReferenceDataSet {
  /** Stable name, recorded in `seed_run`. */
  readonly name: string;
  /** Names of data sets that must be loaded first. */
  readonly dependsOn?: readonly string[];
  /** Hash of the shipped content, recorded so an operator can tell which version was loaded. */
  contentHash(): string;
  /** Loads the data; returns how many records were written. */
  load(manager: EntityManager): Promise<number>;
}
