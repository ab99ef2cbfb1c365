import { rubricContentHash, scoreJurisdiction } from '@lexgap/scoring-engine';
import { action, evidence } from '../../../scoring-engine/testing/builders';
import { loadShippedRubric } from '../../../scoring-engine/testing/shipped-rubric';
import { Translator } from '../i18n/translator';
import { buildRegionalReport, RegionalReportInputs } from './regional-report.builder';

const rubric = loadShippedRubric();
const AS_OF = '2024-01-01';

/**
 * Three fictional states (test data): AA party to Palermo, UNTOC and OPSC; BB signed Palermo and
 * is party to UNTOC; CC only signed Palermo. Nothing else is recorded.
 */
function inputs(): RegionalReportInputs {
  const card = (code: string, ...actions: ReturnType<typeof action>[]) => scoreJurisdiction(rubric, evidence({ jurisdiction: code, treatyActions: actions }), AS_OF);
  const named = (code: string, en: string) => ({ code, kind: 'COUNTRY' as const, names: { en, es: `${en} (es)` } });
  return {
    region: { code: 'OAS', nameEn: 'Organization of American States' },
    rubric: { id: rubric.id, version: rubric.version, contentHash: rubricContentHash(rubric), content: rubric },
    asOf: AS_OF,
    entries: [
      {
        rank: 1,
        jurisdiction: named('AA', 'Aland'),
        card: card('AA', action('a1', 'PALERMO', 'RATIFICATION', '2003-01-01'), action('a2', 'UNTOC', 'RATIFICATION', '2003-01-01'), action('a3', 'OPSC', 'RATIFICATION', '2003-01-01')),
      },
      { rank: 2, jurisdiction: named('BB', 'Beland'), card: card('BB', action('b1', 'PALERMO', 'SIGNATURE', '2001-01-01'), action('b2', 'UNTOC', 'RATIFICATION', '2003-01-01')) },
      { rank: 3, jurisdiction: named('CC', 'Celand'), card: card('CC', action('c1', 'PALERMO', 'SIGNATURE', '2001-01-01')) },
    ],
    generatedAt: new Date('2024-02-01T00:00:00Z'),
    generator: 'lexgap test',
  };
}

describe('the regional report data model', () => {
  it('ranks the members with one heat-map row of category scores each', () => {
    const report = buildRegionalReport(new Translator('es'), inputs());
    expect(report.region.name).toBe('Organización de los Estados Americanos');
    expect(report.ranking.map((r) => [r.rank, r.jurisdiction.name])).toEqual([
      [1, 'Aland (es)'],
      [2, 'Beland (es)'],
      [3, 'Celand (es)'],
    ]);
    expect(report.ranking[0].categoryScores).toHaveLength(rubric.categories.length);
    // AA: PAL-1, PAL-2 met → PAL 100; CST-8 met → CST 100; PEN and ILO not assessed.
    expect(report.ranking[0].categoryScores).toEqual([100, null, null, 100]);
  });

  it('lists the gaps states share, most states first: PAL-1, where two of the three only signed', () => {
    const report = buildRegionalReport(new Translator('en'), inputs());
    const [first, second] = report.sharedGaps;
    // PAL-1: BB and CC signed only (0.25); assessed in all three. Severity 0.3/9 × 0.75 = 0.025 each.
    expect(first).toMatchObject({ criterion: { id: 'PAL-1' }, states: 2, assessed: 3, jurisdictions: ['BB', 'CC'] });
    expect(first.share).toBeCloseTo(2 / 3, 12);
    expect(first.meanSeverity).toBeCloseTo((0.3 / 9) * 0.75, 12);
    // PAL-2: CC has nothing on UNTOC (not assessed, never a gap); BB and AA are parties → no gap.
    // CST-8: nothing recorded for BB and CC (not assessed), AA party → no gap. So PAL-1 is the only one.
    expect(second).toBeUndefined();
  });

  it('tells how much is assessed: members with a score, with a band, and the criteria assessed least', () => {
    const report = buildRegionalReport(new Translator('en'), inputs());
    expect(report.coverage).toMatchObject({ members: 3, scored: 3, banded: 0 });
    expect(report.coverage.leastAssessed[0]).toMatchObject({ criterion: { id: 'PAL-3' }, assessed: 0, notAssessed: ['AA', 'BB', 'CC'] });
    expect(report.provenance.contentHash).toBe(buildRegionalReport(new Translator('fr'), inputs()).provenance.contentHash);
  });
});
