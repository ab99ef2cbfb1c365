import { en } from '../../testing/builders';
import { canonicalJson } from './canonical-json';
import { missingTranslations } from './missing-translations';
import { DEFAULT_BANDS } from './rubric';
import { rubricContentHash } from './rubric-content-hash';
import { isResultOnScale } from './scale';
import { validateRubric } from './validate-rubric';

const yesNo = {
  type: 'levels',
  levels: [
    { value: 1, label: en('Yes') },
    { value: 0, label: en('No') },
  ],
};
const share = {
  type: 'share',
  levels: [
    { value: 1, label: en('All') },
    { value: 0, label: en('None') },
  ],
};

/**
 * A small valid rubric document, as a file would hold it (weights and bands left to defaults).
 * Untyped on purpose: it is parsed JSON, which the specs break in ways no type would allow.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const doc = (): any => ({
  id: 'mini-rubric',
  version: 1,
  title: en('Mini'),
  description: en('A rubric for tests.'),
  anchors: [{ source: 'Palermo Protocol', takes: en('The definition.') }],
  parameters: { seriousCrimeMinYears: 4 },
  categories: [
    {
      id: 'A',
      title: en('A'),
      weight: 60,
      criteria: [
        {
          id: 'A-1',
          question: en('Party?'),
          method: 'treaty',
          evaluator: { kind: 'treatyParty', treaty: 'PALERMO', signedScore: 0 },
          scale: yesNo,
          recommendation: en('Ratify.'),
          references: ['Palermo Protocol Art. 3'],
        },
        { id: 'A-2', question: en('Acts?'), method: 'facts', evaluator: { kind: 'shareOfList', field: 'acts', list: 'ACTS' }, scale: share, recommendation: en('Cover every act.'), references: [] },
      ],
    },
    {
      id: 'B',
      title: en('B'),
      weight: 40,
      criteria: [
        {
          id: 'B-1',
          question: en('Max?'),
          method: 'facts',
          evaluator: { kind: 'penaltyMaxAtLeast', offences: ['TRAFFICKING'], minYearsParameter: 'seriousCrimeMinYears' },
          weight: 2,
          scale: yesNo,
          recommendation: en('Raise it.'),
          references: [],
        },
      ],
    },
  ],
});

const errorsOf = (input: unknown) => {
  const result = validateRubric(input);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
};

describe('validateRubric', () => {
  it('accepts a well-formed rubric and fills in the defaults', () => {
    const result = validateRubric(doc());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.rubric.minimumCoverageForBand).toBe(0.5);
    expect(result.rubric.bands).toEqual(DEFAULT_BANDS);
    expect(result.rubric.categories[0].criteria.map((c) => c.weight)).toEqual([1, 1]);
    expect(result.rubric.categories[1].criteria[0].weight).toBe(2);
  });

  it('names the path of each bad entry', () => {
    const bad = doc();
    bad.categories[0].weight = 0;
    bad.categories[0].criteria[1].weight = -1;
    bad.categories[1].criteria[0].evaluator = { kind: 'penaltyMaxAtLeast', offences: ['TRAFFICKING'], minYearsParameter: 'nope' };
    bad.categories[1].criteria.push({ ...bad.categories[0].criteria[0], id: 'A-1', evaluator: { kind: 'treatyParty', treaty: 'KYOTO', signedScore: 2 } });
    bad.title.de = 'X';
    bad.bands = [
      { id: 'HIGH', min: 50, label: en('High') },
      { id: 'LOW', min: 10, label: en('Low') },
    ];
    expect(errorsOf(bad).map((e) => e.path)).toEqual([
      'title.de',
      'bands[1].min',
      'categories[0].weight',
      'categories[0].criteria[1].weight',
      'categories[1].criteria[0].evaluator.minYearsParameter',
      'categories[1].criteria[1].evaluator.treaty',
      'categories[1].criteria[1].evaluator.signedScore',
      'categories[1].criteria[1].id',
    ]);
  });

  it('says what is allowed in each message', () => {
    const bad = doc();
    bad.categories[0].weight = -1;
    bad.categories[0].criteria[0].evaluator = { kind: 'treatyPartyy', treaty: 'PALERMO' };
    expect(errorsOf(bad)).toEqual([
      { path: 'categories[0].weight', message: 'weight must be a number above 0 and at most 1000000; got -1' },
      { path: 'categories[0].criteria[0].evaluator.kind', message: expect.stringMatching(/^unknown evaluator kind "treatyPartyy"; known kinds: treatyParty, shareOfList, /) },
    ]);
  });

  it('refuses unsorted bands and bands that leave scores without a band', () => {
    const unsorted = {
      ...doc(),
      bands: [
        { id: 'LOW', min: 0, label: en('Low') },
        { id: 'HIGH', min: 50, label: en('High') },
      ],
    };
    expect(errorsOf(unsorted)).toEqual([
      { path: 'bands[1].min', message: 'bands must be listed from the highest min down; 50 is not below 0' },
      { path: 'bands[1].min', message: 'the last band must start at 0, so every score from 0 to 100 has a band' },
    ]);
    expect(
      errorsOf({
        ...doc(),
        bands: [
          { id: 'TOP', min: 101, label: en('Top') },
          { id: 'LOW', min: 0, label: en('Low') },
        ],
      }),
    ).toEqual([{ path: 'bands[0].min', message: 'min must be a score from 0 to 100; got 101' }]);
  });

  it('refuses duplicate ids, a level outside [0, 1], a scale without 0 or 1, and text without English', () => {
    const bad = doc();
    bad.categories[1].id = 'A';
    bad.categories[0].criteria[0].scale = {
      type: 'levels',
      levels: [
        { value: 1.5, label: en('Over') },
        { value: 0, label: { es: 'No' } },
      ],
    };
    bad.categories[0].criteria[1].scale = {
      type: 'share',
      levels: [
        { value: 0.5, label: en('Half') },
        { value: 0, label: en('None') },
      ],
    };
    expect(errorsOf(bad)).toEqual([
      { path: 'categories[0].criteria[0].scale.levels[0].value', message: 'value must be a result from 0 to 1; got 1.5' },
      { path: 'categories[0].criteria[0].scale.levels[1].label.en', message: 'label needs English text (en)' },
      { path: 'categories[0].criteria[1].scale.levels', message: 'levels must include the value 1' },
      { path: 'categories[1].id', message: 'duplicate category id "A" (first at categories[0])' },
    ]);
  });

  it('refuses an evaluator whose results are not on the scale, or that does not match the method', () => {
    const bad = doc();
    bad.categories[0].criteria[0].evaluator = { kind: 'treatyParty', treaty: 'PALERMO', signedScore: 0.25 };
    bad.categories[0].criteria[1].method = 'expert';
    expect(errorsOf(bad)).toEqual([
      { path: 'categories[0].criteria[0].evaluator', message: "this evaluator can give 0.25, which is not a level of the criterion's scale (1, 0)" },
      { path: 'categories[0].criteria[1].method', message: 'method "expert" does not match evaluator "shareOfList", which implements method "facts"' },
    ]);
  });

  it('refuses an evaluator naming a field of another list, an unknown list item or a parameter out of range', () => {
    const bad = doc();
    bad.parameters.ratio = 1.5;
    bad.categories[0].criteria[1].evaluator = { kind: 'shareOfList', field: 'acts', list: 'MEANS' };
    bad.categories[1].criteria[0].evaluator = { kind: 'penaltyMinComparedTo', offences: ['SEX_TRAFFICKING'], comparator: 'RAPE', partialRatioParameter: 'ratio', partialScore: 0.5 };
    bad.categories[1].criteria[0].scale = {
      type: 'levels',
      levels: [
        { value: 1, label: en('Yes') },
        { value: 0.5, label: en('Half') },
        { value: 0, label: en('No') },
      ],
    };
    bad.categories[0].criteria.push({
      ...bad.categories[0].criteria[1],
      id: 'A-3',
      evaluator: { kind: 'shareOfList', field: 'aggravatingCircumstances', list: 'AGGRAVATING_CIRCUMSTANCES', items: ['CHILD_VICTIM', 'PIRACY'] },
    });
    expect(errorsOf(bad).map((e) => [e.path, e.message])).toEqual([
      ['categories[0].criteria[1].evaluator.list', 'field "acts" draws from list ACTS, not MEANS'],
      ['categories[0].criteria[2].evaluator.items[1]', expect.stringMatching(/^items must name known AGGRAVATING_CIRCUMSTANCES items \(CHILD_VICTIM, .*\); got "PIRACY"$/)],
      ['categories[1].criteria[0].evaluator.partialRatioParameter', 'partialRatioParameter names parameter "ratio", whose value 1.5 must be at most 1 here'],
    ]);
  });

  it('refuses what is not a rubric at all', () => {
    expect(errorsOf('rubric')).toEqual([{ path: '', message: 'a rubric must be an object; got "rubric"' }]);
    expect(errorsOf({}).map((e) => e.path)).toEqual(['id', 'version', 'title', 'description', 'anchors', 'categories']);
  });
});

describe('rubricContentHash', () => {
  const loaded = () => {
    const result = validateRubric(doc());
    if (!result.ok) throw new Error('invalid');
    return result.rubric;
  };

  it('depends on content, not on key order', () => {
    const reversed = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reversed)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reversed(x)]),
            )
          : v;
    const a = loaded();
    const b = reversed(a);
    expect(Object.keys(b as object)[0]).toBe('categories');
    expect(rubricContentHash(b as never)).toBe(rubricContentHash(a));
    expect(rubricContentHash(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with any change of content, and not when a default is spelled out', () => {
    const a = loaded();
    const changed = loaded();
    changed.parameters.seriousCrimeMinYears = 5;
    expect(rubricContentHash(changed)).not.toBe(rubricContentHash(a));
    const spelled = validateRubric({ ...doc(), minimumCoverageForBand: 0.5 });
    expect(spelled.ok && rubricContentHash(spelled.rubric)).toBe(rubricContentHash(a));
  });

  it('hashes canonical JSON: sorted keys, no undefined members', () => {
    expect(canonicalJson({ b: 1, a: [{ d: undefined, c: 'x' }] })).toBe('{"a":[{"c":"x"}],"b":1}');
  });
});

describe('missingTranslations and isResultOnScale', () => {
  it('lists the path of every text lacking a language', () => {
    const result = validateRubric(doc());
    if (!result.ok) throw new Error('invalid');
    const missing = missingTranslations(result.rubric, ['es']);
    expect(missing).toContain('title.es');
    expect(missing).toContain('anchors[0].takes.es');
    expect(missing).not.toContain('bands[0].label.es'); // the default bands are translated
    expect(missing).toContain('categories[1].criteria[0].scale.levels[1].label.es');
    expect(missing).toContain('categories[0].criteria[1].recommendation.es');
  });

  it('accepts only a level of a levels scale, and any share from 0 to 1', () => {
    const result = validateRubric(doc());
    if (!result.ok) throw new Error('invalid');
    const [levels, shares] = result.rubric.categories[0].criteria.map((c) => c.scale);
    expect([0, 1, 0.5].map((v) => isResultOnScale(levels, v))).toEqual([true, true, false]);
    expect([0, 0.6, 1, 1.01, -0.1].map((v) => isResultOnScale(shares, v))).toEqual([true, true, true, false, false]);
  });
});
