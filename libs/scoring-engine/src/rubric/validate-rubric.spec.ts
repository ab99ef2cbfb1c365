import { rubricContentHash } from './rubric-hash';
import { validateRubric } from './validate-rubric';

const t = (en: string) => ({ en });
const valid = () => ({
  id: 'x-rubric',
  version: 1,
  title: t('X'),
  description: t('X'),
  anchors: [{ source: 'Palermo Protocol', takes: t('definition') }],
  parameters: { years: 4 },
  minimumCoverageForBand: 0.5,
  bands: [{ id: 'HIGH', min: 50, label: t('High') }, { id: 'LOW', min: 0, label: t('Low') }],
  categories: [
    {
      id: 'C',
      title: t('C'),
      weight: 1,
      criteria: [{ id: 'C-1', question: t('?'), method: 'facts', evaluator: { kind: 'maximumAtLeast', parameter: 'years' }, weight: 1, scale: { type: 'levels', levels: [{ value: 1, label: t('yes') }, { value: 0, label: t('no') }] }, recommendation: t('Do it.'), references: [] }],
    },
  ],
});

describe('validateRubric', () => {
  it('accepts a well-formed rubric', () => {
    expect(validateRubric(valid()).ok).toBe(true);
  });

  it('names the path of each bad entry', () => {
    const doc = valid() as Record<string, unknown> & ReturnType<typeof valid>;
    doc.categories[0].weight = 0;
    (doc.categories[0].criteria[0] as Record<string, unknown>).evaluator = { kind: 'maximumAtLeast', parameter: 'nope' };
    doc.categories[0].criteria.push({ ...doc.categories[0].criteria[0], evaluator: { kind: 'treatyParty', treaty: 'KYOTO', signedScore: 2 } as never, method: 'treaty' });
    doc.bands[1].min = 10;
    (doc.title as Record<string, string>).de = 'X';
    const result = validateRubric(doc);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual([
      'title.de',
      'bands[1].min',
      'categories[0].weight',
      'categories[0].criteria[0].evaluator.parameter',
      'categories[0].criteria[1].id',
      'categories[0].criteria[1].evaluator.treaty',
      'categories[0].criteria[1].evaluator.signedScore',
    ]);
  });

  it('refuses an evaluator used with the wrong method', () => {
    const doc = valid();
    doc.categories[0].criteria[0].method = 'expert';
    const result = validateRubric(doc);
    expect(!result.ok && result.errors).toEqual([{ path: 'categories[0].criteria[0].evaluator.kind', message: 'maximumAtLeast reaches results by "facts", not "expert"' }]);
  });
});

describe('rubricContentHash', () => {
  it('depends on content, not on key order', () => {
    const a = valid();
    const reversed = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reversed) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)])) : v;
    const b = reversed(a);
    expect(Object.keys(b as object)[0]).toBe('categories');
    expect(rubricContentHash(b as never)).toBe(rubricContentHash(a as never));
    const changed = valid();
    changed.parameters.years = 5;
    expect(rubricContentHash(changed as never)).not.toBe(rubricContentHash(a as never));
  });
});
