import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rubric } from '../src/rubric/rubric';
import { validateRubric } from '../src/rubric/validate-rubric';

/** The path of the shipped default rubric, from this folder. */
export const SHIPPED_RUBRIC_FILE = join(__dirname, '../../../rubrics/tip-legal-framework/v1.json');

/** The shipped default rubric, loaded as the API loads it (for specs only: the engine does no I/O). */
export function loadShippedRubric(): Rubric {
  const result = validateRubric(JSON.parse(readFileSync(SHIPPED_RUBRIC_FILE, 'utf8')));
  if (!result.ok) throw new Error(`rubrics/tip-legal-framework/v1.json is invalid: ${JSON.stringify(result.errors, null, 2)}`);
  return result.rubric;
}
