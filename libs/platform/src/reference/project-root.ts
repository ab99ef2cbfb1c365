import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

let cached: string | undefined;

/**
 * The repository root (the folder holding lexgap's package.json), found from this file so that
 * the same code finds `reference-data/`, `rubrics/` and `templates/` from `src` and from `dist`.
 */
export function projectRoot(): string {
  if (cached) return cached;
  let dir = __dirname;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'reference-data'))) return (cached = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`lexgap's project root (with reference-data/) was not found above ${__dirname}`);
    dir = parent;
  }
}
