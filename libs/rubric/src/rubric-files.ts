import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from '@lexgap/platform';

/** The rubric documents shipped in `rubrics/` (one JSON file per published version). */
export function shippedRubricFiles(): { path: string; document: unknown }[] {
  const root = join(projectRoot(), 'rubrics');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json')) files.push(path);
    }
  };
  walk(root);
  return files.map((path) => ({ path: relative(projectRoot(), path), document: JSON.parse(readFileSync(path, 'utf8')) }));
}
