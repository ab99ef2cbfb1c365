import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@lexgap/platform';
import { SOURCE_JUDGEMENTS } from '@lexgap/legal-model';
import { missingTranslations, RESULT_METHODS } from '@lexgap/scoring-engine';
import { loadShippedRubric } from '../../../scoring-engine/testing/shipped-rubric';
import { placeholdersOf, reportCatalogues, reportTranslationProblems } from './catalogues';

/** Every file below `dir` whose name ends with `suffix`. */
function filesBelow(dir: string, suffix: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesBelow(join(dir, e.name), suffix) : e.name.endsWith(suffix) ? [join(dir, e.name)] : []));
}

describe('report translations (es, pt, fr against en)', () => {
  it('lists no report text that is missing in a language or whose placeholders differ from English', () => {
    // A failure lists each untranslated key: translate it in templates/locales/<lang>.json.
    expect(reportTranslationProblems()).toEqual([]);
  });

  it('lists no text of the shipped rubric that falls back to English', () => {
    expect(missingTranslations(loadShippedRubric())).toEqual([]);
  });

  it('has an English text for every explanation key the scoring engine gives', () => {
    const engine = join(projectRoot(), 'libs/scoring-engine/src/engine');
    const keys = new Set(
      filesBelow(engine, '.ts')
        .filter((f) => !f.endsWith('.spec.ts'))
        .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'((?:facts|penalty|treaty|expert|finding)\.[A-Za-z.]+)'/g)].map((m) => m[1])),
    );
    expect(keys.size).toBeGreaterThan(30);
    const en = reportCatalogues().en;
    expect([...keys].filter((key) => en[`expl.${key}`] === undefined)).toEqual([]);
  });

  it('has an English text for every source judgement, held and not held, and for every result method', () => {
    const en = reportCatalogues().en;
    const wanted = [...SOURCE_JUDGEMENTS.flatMap((j) => [`judgement.${j}.holds`, `judgement.${j}.notHolds`]), ...RESULT_METHODS.map((m) => `method.${m}`)];
    expect(wanted.filter((key) => en[key] === undefined)).toEqual([]);
  });

  it('has an English text for every key the templates name', () => {
    const en = reportCatalogues().en;
    const used = filesBelow(join(projectRoot(), 'templates'), '.hbs').flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\b(?:t|mdT)\s+"([\w.]+)"/g)].map((m) => m[1]));
    expect(used.length).toBeGreaterThan(50);
    expect([...new Set(used)].filter((key) => en[key] === undefined)).toEqual([]);
  });

  it('reads placeholders as the translator fills them', () => {
    expect(placeholdersOf('{rank} of {ranked} in {region}; {rank}')).toEqual(['rank', 'ranked', 'region']);
    expect(placeholdersOf('{gaps, plural, one {# gap} other {# gaps}} in {region}')).toEqual(['gaps', 'region']);
  });

  it('gives every plural an `other` branch, in every language', () => {
    const catalogues = reportCatalogues();
    const blocks = Object.entries(catalogues).flatMap(([lang, texts]) =>
      Object.entries(texts).flatMap(([key, text]) => [...text.matchAll(/\{(\w+),\s*plural,(.*?)\}\}/g)].map((m) => ({ lang, key, branches: m[2] }))),
    );
    expect(blocks.length).toBeGreaterThanOrEqual(4 * 5);
    expect(blocks.filter((b) => !/\bother\s*\{/.test(b.branches))).toEqual([]);
  });
});
