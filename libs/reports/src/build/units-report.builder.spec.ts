import { layeredEvidence, rubricContentHash, scoreJurisdiction } from '@lexgap/scoring-engine';
import { action, evidence, expert, provision } from '../../../scoring-engine/testing/builders';
import { loadShippedRubric } from '../../../scoring-engine/testing/shipped-rubric';
import { Translator } from '../i18n/translator';
import { buildUnitsReport, UnitsReportInputs } from './units-report.builder';

const rubric = loadShippedRubric();
const AS_OF = '2024-01-01';

/**
 * A fictional federation XF (test data, not real law): party to Palermo; its national code names
 * two of the eight Palermo means (PAL-4 = 0.25) and no liability of legal persons (PEN-6 UNMET).
 * XF-S1's own law adds two means (PAL-4 = 0.5) and liability of legal persons (PEN-6 MET);
 * XF-N1 has no law of its own; XF-W1 has an approved expert result of its own on PAL-6 (0) below
 * the national one (consent irrelevant: MET).
 */
function inputs(): UnitsReportInputs {
  const national = evidence({
    jurisdiction: 'XF',
    treatyActions: [action('xf-pal', 'PALERMO', 'RATIFICATION', '2005-01-01')],
    provisions: [provision('xf-1', { means: ['THREAT', 'FORCE'], legalPersonLiability: false, consentIrrelevant: true }, { from: '2010-01-01' })],
  });
  const unit = (code: string, more: Partial<ReturnType<typeof evidence>> = {}) => scoreJurisdiction(rubric, layeredEvidence(national, evidence({ jurisdiction: code, ...more })), AS_OF);
  const named = (code: string, en: string) => ({ code, kind: 'SUBDIVISION' as const, names: { en, es: `${en} (es)` } });
  return {
    country: { code: 'XF', kind: 'COUNTRY', names: { en: 'Fixture Federation', es: 'Federación de prueba' } },
    criminalLaw: { division: 'NATIONAL_AND_SUBNATIONAL', source: 'test fixture: constitution, art. 1', asOf: '2024-01-01' },
    rubric: { id: rubric.id, version: rubric.version, contentHash: rubricContentHash(rubric), content: rubric },
    asOf: AS_OF,
    national: scoreJurisdiction(rubric, national, AS_OF),
    entries: [
      {
        rank: null,
        jurisdiction: named('XF-S1', 'South'),
        card: unit('XF-S1', { provisions: [provision('s1-9', { means: ['FRAUD', 'DECEPTION'], legalPersonLiability: true }, { from: '2015-01-01' })] }),
      },
      { rank: null, jurisdiction: named('XF-N1', 'North'), card: unit('XF-N1') },
      // An expert found consent not irrelevant in practice for XF-W1's courts: 0 where the nation has 1.
      { rank: null, jurisdiction: named('XF-W1', 'West'), card: unit('XF-W1', { expertResults: [expert('PAL-6', 0, '2023-01-01', 'asmt-w1')] }) },
    ],
    generatedAt: new Date('2024-02-01T00:00:00Z'),
    generator: 'lexgap test',
  };
}

describe('the sub-national report data model', () => {
  const report = buildUnitsReport(new Translator('es'), inputs());
  const row = (code: string) => report.units.find((u) => u.jurisdiction.code === code)!;

  it('names the country and its division of criminal law in the reader’s language', () => {
    expect(report.country).toEqual({ code: 'XF', name: 'Federación de prueba' });
    expect(report.criminalLaw).toEqual({ divisionLabel: 'legislación penal nacional y legislación penal de cada unidad', source: 'test fixture: constitution, art. 1', asOf: '2024-01-01' });
  });

  it('lists where a unit’s own law goes further: XF-S1 on PAL-4 (0.25 → 0.5) and PEN-6 (UNMET → MET)', () => {
    expect(row('XF-S1').further.map((d) => [d.criterion.id, d.national.score, d.unit.score, d.unit.statusLabel])).toEqual([
      ['PAL-4', 0.25, 0.5, 'Cumplido parcialmente'],
      ['PEN-6', 0, 1, 'Cumplido'],
    ]);
    expect(row('XF-S1').below).toEqual([]);
  });

  it('finds a unit with no law of its own the same as the nation on every criterion', () => {
    expect([row('XF-N1').below, row('XF-N1').further, row('XF-N1').notAssessedHere]).toEqual([[], [], []]);
    expect(row('XF-N1').score).toBe(report.national.score);
  });

  it('lists a result made for the unit that is lower as below the national result', () => {
    expect(row('XF-W1').below.map((d) => [d.criterion.id, d.national.status, d.unit.status])).toEqual([['PAL-6', 'MET', 'UNMET']]);
    expect(report.summary).toEqual({ units: 3, below: 1, further: 1 });
  });

  it('never counts a criterion not assessed for a unit as below', () => {
    const input = inputs();
    // A unit whose card lacks PAL-1's result (a hand-made card, as a unit scored under a rubric the nation's card also has).
    const card = { ...input.entries[1].card, criteria: input.entries[1].card.criteria.map((c) => (c.criterionId === 'PAL-1' ? { ...c, status: 'NOT_ASSESSED' as const, score: null } : c)) };
    const odd = buildUnitsReport(new Translator('en'), { ...input, entries: [{ ...input.entries[1], card }] });
    expect(odd.units[0].below).toEqual([]);
    expect(odd.units[0].notAssessedHere).toEqual(['PAL-1']);
  });

  it('says plainly when a country has no units', () => {
    const none = buildUnitsReport(new Translator('fr'), { ...inputs(), entries: [], criminalLaw: null });
    expect(none.units).toEqual([]);
    expect(none.criminalLaw).toBeNull();
    expect(none.summary).toEqual({ units: 0, below: 0, further: 0 });
  });
});
