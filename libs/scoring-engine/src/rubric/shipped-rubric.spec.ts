import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingTranslations } from './translations';
import { validateRubric } from './validate-rubric';

const FILE = join(__dirname, '../../../../rubrics/tip-legal-framework/v1.json');

describe('the shipped default rubric, tip-legal-framework v1', () => {
  const result = validateRubric(JSON.parse(readFileSync(FILE, 'utf8')));

  it('is valid', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has the categories, weights and criteria of RUBRIC.md', () => {
    if (!result.ok) throw new Error('invalid');
    expect(result.rubric.categories.map((c) => [c.id, c.weight, c.criteria.map((k) => k.id)])).toEqual([
      ['PAL', 30, ['PAL-1', 'PAL-2', 'PAL-3', 'PAL-4', 'PAL-5', 'PAL-6', 'PAL-7', 'PAL-8', 'PAL-9']],
      ['ILO', 20, ['ILO-1', 'ILO-2', 'ILO-3', 'ILO-4', 'ILO-5', 'ILO-6', 'ILO-7']],
      ['PEN', 25, ['PEN-1', 'PEN-2', 'PEN-3', 'PEN-4', 'PEN-5', 'PEN-6', 'PEN-7']],
      ['CST', 25, ['CST-1', 'CST-2', 'CST-3', 'CST-4', 'CST-5', 'CST-6', 'CST-7', 'CST-8']],
    ]);
    expect(result.rubric.bands.map((b) => [b.id, b.min])).toEqual([['STRONG', 85], ['SUBSTANTIAL', 70], ['PARTIAL', 50], ['WEAK', 30], ['CRITICAL', 0]]);
  });

  it('is translated into es, pt and fr throughout (a missing text would fall back to English)', () => {
    if (!result.ok) throw new Error('invalid');
    expect(missingTranslations(result.rubric)).toEqual([]);
  });
});
