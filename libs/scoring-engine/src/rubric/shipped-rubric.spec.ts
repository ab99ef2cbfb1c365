import { readFileSync } from 'node:fs';
import { loadShippedRubric, SHIPPED_RUBRIC_FILE } from '../../testing/shipped-rubric';
import { missingTranslations } from './missing-translations';
import { validateRubric } from './validate-rubric';

describe('the shipped default rubric, tip-legal-framework v1', () => {
  it('is valid', () => {
    const result = validateRubric(JSON.parse(readFileSync(SHIPPED_RUBRIC_FILE, 'utf8')));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  const rubric = loadShippedRubric();

  it('has the categories, weights, criteria and methods of RUBRIC.md', () => {
    expect(rubric.id).toBe('tip-legal-framework');
    expect(rubric.version).toBe(1);
    expect(rubric.categories.map((c) => [c.id, c.weight, c.criteria.map((k) => `${k.id}:${k.method}`).join(' ')])).toEqual([
      ['PAL', 30, 'PAL-1:treaty PAL-2:treaty PAL-3:facts PAL-4:facts PAL-5:facts PAL-6:facts PAL-7:facts PAL-8:facts PAL-9:expert'],
      ['ILO', 20, 'ILO-1:treaty ILO-2:treaty ILO-3:treaty ILO-4:treaty ILO-5:treaty ILO-6:treaty ILO-7:facts'],
      ['PEN', 25, 'PEN-1:facts PEN-2:facts PEN-3:facts PEN-4:facts PEN-5:facts PEN-6:facts PEN-7:facts'],
      ['CST', 25, 'CST-1:facts CST-2:facts CST-3:facts CST-4:facts CST-5:facts CST-6:facts CST-7:facts CST-8:treaty'],
    ]);
    // RUBRIC.md gives category weights only: criteria weigh equally within their category.
    expect(rubric.categories.flatMap((c) => c.criteria.map((k) => k.weight)).every((w) => w === 1)).toBe(true);
    expect(rubric.bands.map((b) => [b.id, b.min])).toEqual([
      ['STRONG', 85],
      ['SUBSTANTIAL', 70],
      ['PARTIAL', 50],
      ['WEAK', 30],
      ['CRITICAL', 0],
    ]);
    expect(rubric.minimumCoverageForBand).toBe(0.5);
    expect(rubric.parameters).toEqual({ seriousCrimeMinYears: 4, deterrentMinYears: 4, deterrentPartialYears: 2, rapeComparisonPartialRatio: 0.8, childAge: 18 });
  });

  it('gives each criterion the scale RUBRIC.md states', () => {
    const scales = Object.fromEntries(rubric.categories.flatMap((c) => c.criteria.map((k) => [k.id, `${k.scale.type} ${k.scale.levels.map((l) => l.value).join('/')}`])));
    const party = 'levels 1/0.25/0';
    const yesNo = 'levels 1/0';
    const share = 'share 1/0';
    const steps = 'levels 1/0.5/0';
    expect(scales).toEqual({
      'PAL-1': party,
      'PAL-2': party,
      'PAL-3': share,
      'PAL-4': share,
      'PAL-5': share,
      'PAL-6': yesNo,
      'PAL-7': yesNo,
      'PAL-8': share,
      'PAL-9': steps,
      'ILO-1': yesNo,
      'ILO-2': yesNo,
      'ILO-3': yesNo,
      'ILO-4': yesNo,
      'ILO-5': yesNo,
      'ILO-6': yesNo,
      'ILO-7': steps,
      'PEN-1': yesNo,
      'PEN-2': yesNo,
      'PEN-3': steps,
      'PEN-4': steps,
      'PEN-5': share,
      'PEN-6': yesNo,
      'PEN-7': share,
      'CST-1': yesNo,
      'CST-2': yesNo,
      'CST-3': yesNo,
      'CST-4': yesNo,
      'CST-5': yesNo,
      'CST-6': share,
      'CST-7': yesNo,
      'CST-8': party,
    });
    // PAL-9 is judged by experts: each of its levels says what a law at that level looks like.
    const pal9 = rubric.categories[0].criteria[8];
    expect(pal9.scale.levels.every((l) => l.descriptor?.en)).toBe(true);
  });

  it('gives every criterion a recommendation and references, and every anchor what it takes', () => {
    for (const criterion of rubric.categories.flatMap((c) => c.criteria)) {
      expect(criterion.recommendation.en.length).toBeGreaterThan(80);
      expect(criterion.references.length).toBeGreaterThan(0);
    }
    expect(rubric.anchors).toHaveLength(8);
  });

  it('is translated into es, pt and fr throughout (a missing text would fall back to English)', () => {
    expect(missingTranslations(rubric)).toEqual([]);
  });

  it('uses the legal vocabulary of the Americas', () => {
    expect(rubric.title).toMatchObject({
      es: expect.stringContaining('trata de personas'),
      pt: expect.stringContaining('tráfico de pessoas'),
      fr: expect.stringContaining('traite des personnes'),
    });
  });
});
