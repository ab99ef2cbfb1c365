import { evidence, provision } from '../../../testing/builders';
import { loadShippedRubric } from '../../../testing/shipped-rubric';
import { criteriaOf } from '../../rubric/rubric';
import { layeredEvidence } from '../layered-law';
import { scoreJurisdiction } from '../score-jurisdiction';
import { compareFacts, factsRead, type LawComparisonResult } from './law-comparison';

/**
 * Side-by-side law against the shipped rubric v1, with fictional jurisdictions (user-assigned ISO
 * codes; the facts are test fixtures, not any country's law).
 */
const rubric = loadShippedRubric();
const ASOF = '2024-06-01';

const cell = (result: LawComparisonResult, key: string, jurisdiction: string) => {
  const row = result.facts.find((f) => f.key === key);
  if (!row) throw new Error(`no fact ${key}`);
  return row.cells.find((c) => c.jurisdiction === jurisdiction)!;
};

describe('factsRead: the facts a rubric reads, from its evaluator configurations', () => {
  it('lists each fact of the shipped rubric once, in rubric order, with every criterion reading it', () => {
    expect(factsRead(rubric).map((f) => [f.key, f.kind, f.criteria.join(' ')])).toEqual([
      ['acts', 'LIST', 'PAL-3'],
      ['means', 'LIST', 'PAL-4'],
      ['purposes', 'LIST', 'PAL-5'],
      ['consentIrrelevant', 'FLAG', 'PAL-6'],
      ['borderCrossingRequired', 'FLAG', 'PAL-7'],
      ['ancillaryLiability', 'LIST', 'PAL-8'],
      ['forcedLabourOffence', 'FORCED_LABOUR_OFFENCE', 'ILO-7'],
      // PEN-1, PEN-2 and PEN-4 read the base offence; PEN-3 reads it after SEX_TRAFFICKING, against RAPE.
      ['penalties:TRAFFICKING', 'PENALTY', 'PEN-1 PEN-2 PEN-3 PEN-4'],
      ['penalties:SEX_TRAFFICKING', 'PENALTY', 'PEN-3'],
      ['penalties:RAPE', 'PENALTY', 'PEN-3'],
      ['aggravatingCircumstances', 'LIST', 'PEN-5'],
      ['legalPersonLiability', 'FLAG', 'PEN-6'],
      ['forfeiture', 'FLAG', 'PEN-7'],
      ['restitution', 'FLAG', 'PEN-7'],
      ['childAgeThreshold', 'AGE', 'CST-1'],
      ['meansRequiredForChildren', 'FLAG', 'CST-2'],
      ['demandOffence', 'FLAG', 'CST-3'],
      ['mistakeOfAgeDefenceBarred', 'FLAG', 'CST-4'],
      ['childNonPunishment', 'FLAG', 'CST-5'],
      ['onlineOffences', 'LIST', 'CST-6'],
      ['extraterritorialJurisdiction', 'FLAG', 'CST-7'],
    ]);
  });

  it('covers every fact field each facts criterion of the shipped rubric names (field, fields, offences, comparator, the fixed fields)', () => {
    const keys = new Set(factsRead(rubric).map((f) => f.key));
    const named = criteriaOf(rubric)
      .filter(({ criterion }) => criterion.method === 'facts')
      .flatMap(({ criterion }) => {
        // Read generically from the configuration, not by kind: any field-naming key counts.
        const config = criterion.evaluator as unknown as Record<string, unknown>;
        const fields = [config.field, ...((config.fields as string[] | undefined) ?? [])].filter((f): f is string => typeof f === 'string');
        const offences = [...((config.offences as string[] | undefined) ?? []), ...(typeof config.comparator === 'string' ? [config.comparator] : [])].map((o) => `penalties:${o}`);
        const fixed = { childAgeAtLeast: ['childAgeThreshold'], forcedLabourOffence: ['forcedLabourOffence'] }[criterion.evaluator.kind as string] ?? [];
        const all = [...fields, ...offences, ...fixed];
        expect([criterion.id, all.length > 0]).toEqual([criterion.id, true]);
        return all.map((key) => [criterion.id, key]);
      });
    expect(named.filter(([, key]) => !keys.has(key))).toEqual([]);
    // And each fact names the criteria that read it.
    for (const [criterionId, key] of named) expect(factsRead(rubric).find((f) => f.key === key)!.criteria).toContain(criterionId);
  });

  it('records the favourable value of each flag: true for consent irrelevant, false for border crossing required (PAL-7) and means for children (CST-2)', () => {
    const favourable = Object.fromEntries(factsRead(rubric).flatMap((f) => (f.kind === 'FLAG' ? [[f.key, f.favourableValue]] : [])));
    expect(favourable).toMatchObject({ consentIrrelevant: true, borderCrossingRequired: false, meansRequiredForChildren: false, forfeiture: true, restitution: true });
  });
});

describe('compareFacts: each jurisdiction’s value, combined over its provisions in force', () => {
  // XA: two provisions of two instruments in force on the date.
  const xa = evidence({
    jurisdiction: 'XA',
    provisions: [
      provision(
        'xa-cp-1',
        {
          acts: ['RECRUITMENT', 'TRANSPORTATION'],
          extraActs: ['sale'],
          consentIrrelevant: false,
          borderCrossingRequired: true,
          childAgeThreshold: 16,
          penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 2, imprisonmentMaxYears: 6 }],
        },
        { citation: 'Art. 1', instrumentTitle: 'Fixture Code (test)', from: '2010-01-01' },
      ),
      provision(
        'xa-law-3',
        {
          acts: ['RECEIPT', 'RECRUITMENT'],
          consentIrrelevant: true,
          childAgeThreshold: 18,
          penalties: [
            { offence: 'TRAFFICKING', imprisonmentMinYears: 4, imprisonmentMaxYears: 12 },
            { offence: 'RAPE', imprisonmentMinYears: 6, imprisonmentMaxYears: 15 },
          ],
          forcedLabourOffence: { imprisonment: true, allSectors: false },
        },
        { citation: 'Art. 3', instrumentTitle: 'Fixture Law (test)', from: '2015-01-01', verified: true },
      ),
      // Not in force until 2030: nothing it says counts in 2024.
      provision('xa-bill', { acts: ['HARBOURING'], legalPersonLiability: true }, { citation: 'Art. 9', instrumentTitle: 'Fixture Law (test)', from: '2030-01-01' }),
      // Repealed in 2020: out of force on the date.
      provision(
        'xa-old',
        { means: ['FORCE'], penalties: [{ offence: 'TRAFFICKING', fine: true, fineInLieuOfImprisonment: true }] },
        { citation: 'Art. 2 (old)', from: '2000-01-01', to: '2020-01-01' },
      ),
    ],
  });
  // XZ: states nothing the rubric reads but the acts, as an empty list.
  const xz = evidence({ jurisdiction: 'XZ', provisions: [provision('xz-1', { acts: [] }, { citation: 'Sec. 1', from: '2000-01-01' })] });
  const result = compareFacts(rubric, [xa, xz], ASOF);

  it('gives the rubric, the date and the jurisdictions in the order asked', () => {
    expect([result.rubricId, result.rubricVersion, result.asOf, result.jurisdictions]).toEqual(['tip-legal-framework', 1, ASOF, ['XA', 'XZ']]);
    expect(
      compareFacts(
        rubric,
        new Map([
          ['XZ', xz],
          ['XA', xa],
        ]),
        ASOF,
      ).jurisdictions,
    ).toEqual(['XZ', 'XA']);
  });

  it('takes the union of a list: Art. 1 (RECRUITMENT, TRANSPORTATION, "sale") ∪ Art. 3 (RECEIPT, RECRUITMENT), codes in the list’s order', () => {
    // The bill's HARBOURING (from 2030) is not counted.
    expect(cell(result, 'acts', 'XA')).toMatchObject({ stated: true, values: ['RECRUITMENT', 'TRANSPORTATION', 'RECEIPT'], extras: ['sale'], flag: null, penalties: null });
    expect(cell(result, 'acts', 'XA').provisions.map((p) => [p.id, p.citation, p.instrumentTitle])).toEqual([
      ['xa-cp-1', 'Art. 1', 'Fixture Code (test)'],
      ['xa-law-3', 'Art. 3', 'Fixture Law (test)'],
    ]);
  });

  it('lets the favourable flag win: consent irrelevant (Art. 3, true) over Art. 1 (false); border crossing required stays true, unfavourable, when all say so', () => {
    expect(cell(result, 'consentIrrelevant', 'XA')).toMatchObject({ stated: true, flag: true, favourable: true, provisions: [{ id: 'xa-law-3', verified: true }] });
    expect(cell(result, 'borderCrossingRequired', 'XA')).toMatchObject({ stated: true, flag: true, favourable: false, provisions: [{ id: 'xa-cp-1', verified: false }] });
  });

  it('keeps an unstated fact unstated (never no or empty), and a stated empty list stated', () => {
    expect(cell(result, 'legalPersonLiability', 'XA')).toEqual({
      jurisdiction: 'XA',
      stated: false,
      values: null,
      extras: null,
      flag: null,
      favourable: null,
      penalties: null,
      penaltyRange: null,
      number: null,
      forcedLabourOffence: null,
      provisions: [],
    });
    expect(cell(result, 'consentIrrelevant', 'XZ')).toMatchObject({ stated: false, flag: null });
    expect(cell(result, 'acts', 'XZ')).toMatchObject({ stated: true, values: [], extras: [], provisions: [{ id: 'xz-1' }] });
  });

  it('ignores provisions out of force: the 2030 bill’s liability of legal persons, the repealed article’s means and fine in lieu', () => {
    expect(cell(result, 'means', 'XA').stated).toBe(false);
    // Every penalty in force for TRAFFICKING: 2-6 (Art. 1) and 4-12 (Art. 3); the repealed fine in lieu is gone.
    expect(cell(result, 'penalties:TRAFFICKING', 'XA')).toMatchObject({
      stated: true,
      penalties: [
        { provisionId: 'xa-cp-1', penalty: { offence: 'TRAFFICKING', imprisonmentMinYears: 2, imprisonmentMaxYears: 6 } },
        { provisionId: 'xa-law-3', penalty: { offence: 'TRAFFICKING', imprisonmentMinYears: 4, imprisonmentMaxYears: 12 } },
      ],
      // Highest maximum 12 (PEN-2), lowest sentence exactly 2 years (PEN-4).
      penaltyRange: { lifeImprisonment: false, highestMaximumYears: 12, lowestSentenceYears: 2, lowestSentenceAtMost: false },
    });
    // On a date when the repealed article was in force, its fine in lieu makes the lowest sentence 0 years.
    const in2016 = compareFacts(rubric, [xa], '2016-01-01');
    expect(cell(in2016, 'penalties:TRAFFICKING', 'XA').penaltyRange).toMatchObject({ lowestSentenceYears: 0 });
    expect(cell(in2016, 'means', 'XA')).toMatchObject({ stated: true, values: ['FORCE'] });
  });

  it('gives one fact per penalty offence: RAPE from Art. 3, SEX_TRAFFICKING not stated', () => {
    expect(cell(result, 'penalties:RAPE', 'XA')).toMatchObject({ stated: true, penalties: [{ provisionId: 'xa-law-3', penalty: { offence: 'RAPE', imprisonmentMinYears: 6 } }] });
    expect(cell(result, 'penalties:SEX_TRAFFICKING', 'XA').stated).toBe(false);
  });

  it('shows the child age threshold and forced labour offence the criteria rest on: the highest threshold (18 of 16, 18), the best offence', () => {
    expect(cell(result, 'childAgeThreshold', 'XA')).toMatchObject({ stated: true, number: 18, provisions: [{ id: 'xa-law-3' }] });
    expect(cell(result, 'forcedLabourOffence', 'XA')).toMatchObject({ stated: true, forcedLabourOffence: { imprisonment: true, allSectors: false }, provisions: [{ id: 'xa-law-3' }] });
    expect(cell(result, 'childAgeThreshold', 'XZ').stated).toBe(false);
  });

  it('agrees with the scorecard on what it reads (PAL-3 cites the same provisions; CST-1 is met from the same one)', () => {
    const card = scoreJurisdiction(rubric, xa, ASOF);
    const criterion = (id: string) => card.criteria.find((c) => c.criterionId === id)!;
    expect(cell(result, 'acts', 'XA').provisions.map((p) => p.id)).toEqual(criterion('PAL-3').evidence.provisions);
    expect(cell(result, 'childAgeThreshold', 'XA').provisions.map((p) => p.id)).toEqual(criterion('CST-1').evidence.provisions);
    expect(criterion('PAL-6').evidence.provisions).toEqual(['xa-law-3']);
  });

  it('lets a report yield to the text fact by fact, as the scorecard does', () => {
    const report = provision('xr-report', { acts: ['RECRUITMENT'], restitution: true }, { sourceKind: 'SECONDARY', citation: 'Trafficking offence' });
    const text = provision('xr-text', { acts: ['TRANSFER'] }, { citation: 'Art. 4' });
    const both = compareFacts(rubric, [evidence({ jurisdiction: 'XR', provisions: [report, text] })], ASOF);
    expect(cell(both, 'acts', 'XR')).toMatchObject({ values: ['TRANSFER'], provisions: [{ id: 'xr-text', sourceKind: 'PRIMARY' }] });
    expect(cell(both, 'restitution', 'XR')).toMatchObject({ flag: true, provisions: [{ id: 'xr-report', sourceKind: 'SECONDARY' }] });
  });

  it('tags a unit’s inherited national law with the country that enacted it', () => {
    const country = evidence({ jurisdiction: 'XF', provisions: [provision('xf-1', { purposes: ['FORCED_LABOUR'] }, { citation: 'Art. 1', instrumentTitle: 'Fixture Federal Code (test)' })] });
    const unit = evidence({ jurisdiction: 'XF-S1', provisions: [provision('xf-s1-1', { purposes: ['SERVITUDE'] }, { citation: 'Sec. 7' })] });
    const layered = compareFacts(rubric, [layeredEvidence(country, unit)], ASOF);
    expect(cell(layered, 'purposes', 'XF-S1')).toMatchObject({ values: ['FORCED_LABOUR', 'SERVITUDE'] });
    expect(cell(layered, 'purposes', 'XF-S1').provisions.map((p) => [p.id, p.jurisdiction, p.inherited])).toEqual([
      ['xf-1', 'XF', true],
      ['xf-s1-1', 'XF-S1', false],
    ]);
  });

  it('refuses a date that is not a calendar date', () => {
    expect(() => compareFacts(rubric, [xa], '2024-13-01')).toThrow();
  });
});
