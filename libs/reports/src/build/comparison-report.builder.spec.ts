import { criteriaOf, rubricContentHash, scoreJurisdiction } from '@lexgap/scoring-engine';
import { action, evidence } from '../../../scoring-engine/testing/builders';
import { loadShippedRubric } from '../../../scoring-engine/testing/shipped-rubric';
import { Translator } from '../i18n/translator';
import { ReportRenderer } from '../render/report-renderer';
import { fileReportLinks, httpReportLinks } from '../render/report-view';
import { buildComparisonReport, ComparisonReportInputs } from './comparison-report.builder';

const rubric = loadShippedRubric();
const AS_OF = '2024-01-01';

/**
 * Three fictional states (test data): AA ratified Palermo, its record read in 2023 (current,
 * checked against the depositary); BB only signed Palermo in 2001, a record nobody checked (stale
 * and secondary); CC has nothing recorded. AA is ranked, BB and CC are not.
 */
function inputs(names: Record<string, string> = {}): ComparisonReportInputs {
  const card = (code: string, ...actions: ReturnType<typeof action>[]) => scoreJurisdiction(rubric, evidence({ jurisdiction: code, treatyActions: actions }), AS_OF);
  const named = (code: string, en: string) => ({ code, kind: 'COUNTRY' as const, names: { en, es: names[code] ?? `${en} (es)` } });
  const oas = { code: 'OAS', nameEn: 'Organization of American States' };
  return {
    rubric: { id: rubric.id, version: rubric.version, contentHash: rubricContentHash(rubric), content: rubric },
    asOf: AS_OF,
    entries: [
      { jurisdiction: named('AA', 'Aland'), card: card('AA', { ...action('a1', 'PALERMO', 'RATIFICATION', '2003-01-01'), asOf: '2023-06-01' }), rank: { region: oas, rank: 1, ranked: 1, members: 3 } },
      { jurisdiction: named('BB', 'Beland'), card: card('BB', action('b1', 'PALERMO', 'SIGNATURE', '2001-01-01', 'DAY', false)), rank: { region: oas, rank: null, ranked: 1, members: 3 } },
      { jurisdiction: named('CC', 'Celand'), card: card('CC'), rank: null },
    ],
    generatedAt: new Date('2024-02-01T00:00:00Z'),
    generator: 'lexgap test',
  };
}

describe('the comparison report data model', () => {
  it('has one row per rubric criterion, by category in rubric order, and one cell per jurisdiction in the order given', () => {
    const report = buildComparisonReport(new Translator('es'), inputs());
    expect(report.kind).toBe('comparison');
    expect(report.jurisdictions.map((j) => [j.jurisdiction.code, j.jurisdiction.name])).toEqual([
      ['AA', 'Aland (es)'],
      ['BB', 'Beland (es)'],
      ['CC', 'Celand (es)'],
    ]);
    expect(report.categories.map((c) => c.id)).toEqual(rubric.categories.map((c) => c.id));
    expect(report.categories.flatMap((c) => c.rows.map((r) => r.criterion.id))).toEqual(criteriaOf(rubric).map((d) => d.criterion.id));
    for (const row of report.categories.flatMap((c) => c.rows)) expect(row.cells.map((c) => c.code)).toEqual(['AA', 'BB', 'CC']);
    expect(report.categories[0].title).toBe(new Translator('es').text(rubric.categories[0].title, ''));
    expect(report.categories[0].scores).toHaveLength(3);
  });

  it("gives each cell its result and its oldest evidence's date, marked stale or secondary", () => {
    const report = buildComparisonReport(new Translator('es'), inputs());
    const pal1 = report.categories.flatMap((c) => c.rows).find((r) => r.criterion.id === 'PAL-1')!;
    expect(pal1.cells[0]).toMatchObject({ code: 'AA', status: 'MET', score: 1, evidenceAge: { asOf: '2023-06-01', stale: false, secondary: false } });
    expect(pal1.cells[1]).toMatchObject({ code: 'BB', status: 'PARTIAL', score: 0.25, evidenceAge: { asOf: '2001-01-01', stale: true, secondary: true } });
    expect(pal1.cells[1].resultLabel).toEqual(expect.any(String));
    expect(pal1.cells[2]).toMatchObject({ code: 'CC', status: 'NOT_ASSESSED', score: null, evidenceAge: null });
    expect(report.staleYears).toBe(3);
  });

  it('states the headline figures as the country report does: score, coverage, range, band withheld, rank and why there is none', () => {
    const report = buildComparisonReport(new Translator('es'), inputs());
    const [aa, bb, cc] = report.jurisdictions;
    expect(aa).toMatchObject({ band: null, bandWithheld: true, rank: { region: { code: 'OAS', name: 'Organización de los Estados Americanos' }, rank: 1, reason: 'INSUFFICIENT_COVERAGE' } });
    expect(aa.score).toBe(100);
    expect(aa.scoreRange!.lower).toBeLessThan(aa.scoreRange!.upper);
    expect(aa.evidenceAge).toEqual({ oldest: '2023-06-01', newest: '2023-06-01', anyStale: false, anySecondary: false });
    expect(bb.evidenceAge).toMatchObject({ anyStale: true, anySecondary: true });
    expect(bb.rank).toMatchObject({ rank: null, reason: 'INSUFFICIENT_COVERAGE' });
    expect(cc).toMatchObject({ score: null, coverage: 0, rank: null, evidenceAge: null, notAssessed: criteriaOf(rubric).length });
    expect(report.minimumCoverage).toBe(rubric.minimumCoverageForBand);
  });

  it('has one content hash in every language, and another for other jurisdictions or another order', () => {
    const hash = buildComparisonReport(new Translator('es'), inputs()).provenance.contentHash;
    expect(buildComparisonReport(new Translator('fr'), inputs()).provenance.contentHash).toBe(hash);
    const reversed = inputs();
    reversed.entries.reverse();
    expect(buildComparisonReport(new Translator('es'), reversed).provenance.contentHash).not.toBe(hash);
    expect(buildComparisonReport(new Translator('es'), inputs()).provenance.untranslated).toEqual([]);
  });

  it("renders in the reader's language, escapes the names, and links to the comparison's other versions only where there are some", () => {
    const renderer = new ReportRenderer('test');
    const report = buildComparisonReport(new Translator('es'), inputs({ AA: '<img src=x onerror=alert(1)> | *Aland*' }));
    const html = renderer.comparisonHtml(report, httpReportLinks());
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; | *Aland*');
    expect(html).not.toContain('<img');
    expect(html).toContain('<strong>Cumplido</strong>');
    expect(html).toContain('href="/reports/compare.md?codes&#x3D;AA,BB,CC&amp;lang&#x3D;es"');
    expect(html).toContain('href="/reports/compare.html?codes&#x3D;AA,BB,CC&amp;lang&#x3D;pt"');
    expect(html).toContain('href="/reports/AA.html?lang&#x3D;es"');
    const md = renderer.comparisonMarkdown(report, httpReportLinks());
    expect(md).toContain('\\<img src=x onerror=alert(1)\\> \\| \\*Aland\\*');
    expect(md).toMatch(/^# Legislación contra la trata de personas: comparación entre jurisdicciones\n/);
    // Files the CLI writes have no comparison: no language or format links for it.
    expect(renderer.comparisonHtml(report, fileReportLinks())).not.toContain('compare');
  });
});
