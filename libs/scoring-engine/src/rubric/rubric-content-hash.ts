import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { Rubric } from './rubric';

/**
 * The sha256 (hex) of the rubric's canonical JSON. A published version is immutable, and this
 * hash is how a stored scorecard proves which content it was computed under. Hash the rubric as
 * `validateRubric` returns it: defaults are filled in, so a file that spells out a default and
 * one that leaves it out have the same hash. (node:crypto is the one Node import of this
 * library: the hash is a pure function of its input.)
 */
export function rubricContentHash(rubric: Rubric): string {
  return createHash('sha256').update(canonicalJson(rubric), 'utf8').digest('hex');
}
