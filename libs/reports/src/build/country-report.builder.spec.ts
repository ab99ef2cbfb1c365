import { rubricContentHash, scoreHistory, scoreJurisdiction, Rubric } from '@lexgap/scoring-engine';
import { action, evidence, expert, finding, provision } from '../../../scoring-engine/testing/builders';
import { loadShippedRubric } from '../../../scoring-engine/testing/shipped-rubric';
import { Translator } from '../i18n/translator';
import { ReportRenderer } from '../render/report-renderer';
import { httpReportLinks } from '../render/report-view';
import type { ReportTreatyAction } from '../model/report-parts';
import { buildCountryReport, CountryReportInputs, ProvisionRecord } from './country-report.builder';

const rubric = loadShippedRubric();
const AS_OF = '2024-01-01';

/**
 * A fictional jurisdiction (test data, not any country's law): party to Palermo since 2004, one
 * provision in force from 2010 whose offence allows a fine instead of prison.
 */
function inputs(changes: { rubric?: Rubric; text?: string | null; factsSource?: string | null; inForceFromPrecision?: 'DAY' | 'YEAR' } = {}): CountryReportInputs {
  const used = changes.rubric ?? rubric;
  const law = provision(
    'art-1',
    { consentIrrelevant: true, penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 1, imprisonmentMaxYears: 3, fine: true, fineInLieuOfImprisonment: true }] },
    { from: '2010-01-01', citation: 'Art. 1' },
  );
  const facts = evidence({
    treatyActions: [action('pal', 'PALERMO', 'RATIFICATION', '2004-03-01'), action('untoc', 'UNTOC', 'SIGNATURE', '2001-06-01', 'MONTH', false)],
    provisions: [law],
    expertResults: [expert('PAL-9', 0.5, '2020-05-01')],
  });
  const card = scoreJurisdiction(used, facts, AS_OF);
  const record: ProvisionRecord = {
    id: 'art-1',
    citation: 'Art. 1',
    heading: null,
    text: changes.text === undefined ? 'Fixture text.' : changes.text,
    factsSource: changes.factsSource === undefined ? 'Fixture reading' : changes.factsSource,
    inForceFrom: '2010-01-01',
    inForceTo: null,
    inForceFromPrecision: changes.inForceFromPrecision ?? 'DAY',
    inForceToPrecision: null,
    sourceUrl: 'https://example.org/fixture-code',
    recordedOn: '2024-01-01',
    factsVerified: true,
    instrument: { id: 'code', title: 'Fixture code', titleEn: null, officialCitation: 'Fixture 1/2010', language: 'es', sourceUrl: null },
  };
  const treatyAction = (id: string, treaty: string, type: string, date: string, datePrecision: 'DAY' | 'MONTH', verified: boolean) =>
    ({
      id,
      jurisdictionCode: 'ZZ',
      treaty,
      type,
      date,
      datePrecision,
      verified,
      reservations: null,
      sourceUrl: null,
      sourceCitation: `UNTC ${treaty} (fixture)`,
      asOf: '2015-01-27',
      note: null,
      version: 1,
    }) as ReportTreatyAction;
  return {
    jurisdiction: { code: 'ZZ', kind: 'COUNTRY', names: { en: 'Zedland', es: 'Zedlandia' } },
    rubric: { id: used.id, version: used.version, contentHash: rubricContentHash(used), content: used },
    card,
    rank: { region: { code: 'OAS', nameEn: 'Organization of American States' }, rank: 3, ranked: 30, members: 35 },
    treaties: [{ code: 'PALERMO', shortTitle: 'Palermo Protocol', title: 'Protocol…', url: 'https://treaties.un.org/' }],
    treatyStatuses: [{ treaty: 'PALERMO', status: 'PARTY', since: '2004-03-01', datePrecision: 'DAY', basisIds: ['pal'], observationId: null }],
    provisions: new Map([['art-1', record]]),
    treatyActions: new Map([
      ['pal', treatyAction('pal', 'PALERMO', 'RATIFICATION', '2004-03-01', 'DAY', true)],
      ['untoc', treatyAction('untoc', 'UNTOC', 'SIGNATURE', '2001-06-01', 'MONTH', false)],
    ]),
    observations: new Map(),
    history: scoreHistory(used, facts, '2000-01-01', AS_OF),
    generatedAt: new Date('2024-02-01T12:00:00Z'),
    generator: 'lexgap test',
  };
}

describe('the country report data model', () => {
  it('lists the gaps worst first with their recommendation, and the not-assessed criteria apart', () => {
    const report = buildCountryReport(new Translator('en'), inputs());
    const severities = report.gaps.map((g) => g.severity!);
    expect([...severities].sort((a, b) => b - a)).toEqual(severities);
    // PEN-1: a fine may replace prison → 0; weight share 0.25 / 7 (PEN has 7 criteria of weight 1).
    const pen1 = report.gaps.find((g) => g.id === 'PEN-1')!;
    expect(pen1).toMatchObject({ status: 'UNMET', score: 0, method: 'AUTOMATIC', explanation: 'A fine may replace imprisonment for trafficking in persons.', evidence: { provisions: ['art-1'] } });
    expect(pen1.severity).toBe(0.035714); // 0.25 / 7, published to 6 decimals
    expect(pen1.recommendation).toMatch(/imprisonment/i);
    expect(report.notAssessed.map((c) => c.status)).toEqual(report.notAssessed.map(() => 'NOT_ASSESSED'));
    expect(report.notAssessed.some((c) => c.id === 'CST-1')).toBe(true);
    expect(report.gaps.some((g) => g.status === 'NOT_ASSESSED')).toBe(false);
    expect(report.gaps.length + report.notAssessed.length + report.met.length + report.notApplicable.length).toBe(31);
  });

  it("makes each gap's recommendation specific to this law: the provision to amend and what it lacks", () => {
    const gaps = (lang: 'en' | 'es') => new Map(buildCountryReport(new Translator(lang), inputs()).gaps.map((g) => [g.id, g.recommendation]));
    const rubricText = (id: string) => rubric.categories.flatMap((c) => c.criteria).find((c) => c.id === id)!.recommendation;
    // Art. 1 allows a fine instead of prison (PEN-1), punishes 1–3 years (PEN-2: max 3 < 4; PEN-4: min 1 below the 3 partial years).
    expect(gaps('en').get('PEN-1')).toBe(`${rubricText('PEN-1').en} To amend: Art. 1, Fixture code. Remove the fine in lieu of imprisonment.`);
    expect(gaps('en').get('PEN-2')).toBe(`${rubricText('PEN-2').en} To amend: Art. 1, Fixture code. Raise the maximum from 3 to at least 4 years.`);
    expect(gaps('es').get('PEN-1')).toBe(`${rubricText('PEN-1').es} Por modificar: Art. 1, Fixture code. Suprimir la multa sustitutiva de la prisión.`);
    // A treaty gap cites no provision: the rubric's text alone.
    const report = buildCountryReport(new Translator('en'), inputs());
    const treatyGap = report.gaps.find((g) => g.basis === 'TREATY')!;
    expect(treatyGap.recommendation).toBe(rubricText(treatyGap.id).en);
  });

  it('shows an expert result with its reasoning, and an unverified signature as unverified', () => {
    const report = buildCountryReport(new Translator('en'), inputs());
    const pal9 = report.gaps.find((g) => g.id === 'PAL-9')!;
    expect(pal9).toMatchObject({ method: 'EXPERT', score: 0.5, expert: { assessmentId: 'asmt-PAL-9', decidedOn: '2020-05-01', rationale: 'Reviewed PAL-9.' } });
    expect(pal9.explanation).toBe('Set to 0.5 by an expert assessment approved on May 1, 2020.');
    const pal2 = report.gaps.find((g) => g.id === 'PAL-2')!;
    expect(pal2.explanation).toBe('Signatory since June 2001, but not a party; a signature alone scores 0.25. The record is not verified.');
    expect(pal2.resultLabel).toBeTruthy();
  });

  it("speaks the reader's language: names, rubric texts, explanations, dates", () => {
    const report = buildCountryReport(new Translator('es'), inputs());
    expect(report.jurisdiction.name).toBe('Zedlandia');
    expect(report.rank!.region.name).toBe('Organización de los Estados Americanos');
    const pal2 = report.gaps.find((g) => g.id === 'PAL-2')!;
    expect(pal2.question).toBe(rubric.categories[0].criteria[1].question.es);
    expect(pal2.explanation).toContain('junio de 2001');
    expect(report.provenance.untranslated).toEqual([]);
  });

  it('falls back to English for a text the rubric lacks in the language, and says which', () => {
    const partial: Rubric = structuredClone(rubric);
    delete partial.categories[0].criteria[0].recommendation.fr;
    const report = buildCountryReport(new Translator('fr'), inputs({ rubric: partial }));
    expect(report.provenance.untranslated).toContain('PAL-1 recommendation');
    const pal1 = [...report.gaps, ...report.met].find((c) => c.id === 'PAL-1')!;
    expect(pal1.recommendation).toBe(rubric.categories[0].criteria[0].recommendation.en);
  });

  it('gives copies of the same data the same content hash in every language, and another when the law changes', () => {
    const en = buildCountryReport(new Translator('en'), inputs());
    const pt = buildCountryReport(new Translator('pt'), inputs());
    expect(en.provenance.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(pt.provenance.contentHash).toBe(en.provenance.contentHash);
    const amended = buildCountryReport(new Translator('en'), inputs({ text: 'Fixture text, amended.' }));
    expect(amended.provenance.contentHash).not.toBe(en.provenance.contentHash);
  });

  it("says, in the reader's language, that a text is not recorded and which source describes the provision, and invents none", () => {
    const described = inputs({ text: null, factsSource: 'US TIP Report 2024 (fixture)' });
    expect(buildCountryReport(new Translator('en'), described).provisions[0]).toMatchObject({ text: null, textNote: 'Text not recorded; described by US TIP Report 2024 (fixture).' });
    expect(buildCountryReport(new Translator('es'), described).provisions[0].textNote).toBe('Texto no registrado; descrito por US TIP Report 2024 (fixture).');
    expect(buildCountryReport(new Translator('en'), inputs({ text: null, factsSource: null })).provisions[0].textNote).toBe('Text not recorded.');
    expect(buildCountryReport(new Translator('en'), inputs()).provisions[0].textNote).toBeNull();
    // A date known to the year is data too: two readings that differ only there are two reports.
    const yearOnly = buildCountryReport(new Translator('en'), inputs({ inForceFromPrecision: 'YEAR' }));
    expect(yearOnly.provenance.contentHash).not.toBe(buildCountryReport(new Translator('en'), inputs()).provenance.contentHash);
  });

  it('cites each provision once with an anchor, lists each source once, and keeps the history', () => {
    const report = buildCountryReport(new Translator('en'), inputs());
    expect(report.provisions.map((p) => [p.anchor, p.citation])).toEqual([['provision-1', 'Art. 1']]);
    expect(report.provenance.sources).toEqual([
      { citation: 'UNTC PALERMO (fixture)', url: null, asOf: '2015-01-27', usedFor: 'treaties', verified: true },
      { citation: 'UNTC UNTOC (fixture)', url: null, asOf: '2015-01-27', usedFor: 'treaties', verified: false },
      { citation: 'Fixture 1/2010', url: 'https://example.org/fixture-code', asOf: '2024-01-01', usedFor: 'provisions', verified: true },
      { citation: 'PAL-9: asmt-PAL-9', url: null, asOf: '2020-05-01', usedFor: 'assessments', verified: true },
    ]);
    // The score changes on each dated record: 2001-06 signature, 2004-03 ratification, 2010 law, 2020 expert.
    expect(report.history.map((p) => p.date)).toEqual(['2000-01-01', '2001-06-01', '2004-03-01', '2010-01-01', '2020-05-01']);
  });
});

describe("a criterion reached by a source finding (a report's judgement of the law)", () => {
  // `TRAFFICKING 5-10` and no rape penalty: PEN-3 has no automatic result, so the TIP Report's finding gives it.
  const law = provision('art-1', { penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 5, imprisonmentMaxYears: 10 }] }, { from: '2010-01-01', citation: 'Art. 1' });
  const withFindings = (...findings: ReturnType<typeof finding>[]): CountryReportInputs => {
    const ev = evidence({ provisions: [law], sourceFindings: findings, expertResults: [] });
    return { ...inputs(), card: scoreJurisdiction(rubric, ev, AS_OF), history: scoreHistory(rubric, ev, '2010-01-01', AS_OF) };
  };
  const pen3 = (report: ReturnType<typeof buildCountryReport>) => [...report.gaps, ...report.met, ...report.notAssessed].find((c) => c.id === 'PEN-3')!;

  it("says the source's judgement in the reader's language, translated from the closed list, never its code", () => {
    const commensurate = withFindings(finding('tip-2019', 1, '2019-03-31', { inForceFrom: '2010-01-01' }));
    expect(pen3(buildCountryReport(new Translator('en'), commensurate))).toMatchObject({
      method: 'SOURCE_FINDING',
      status: 'MET',
      explanation: 'According to US Department of State, Trafficking in Persons Report 2019 (as of March 31, 2019), the penalties are commensurate with those for rape.',
      evidence: { provisions: ['art-1'], findings: [{ findingId: 'tip-2019', judgement: 'PENALTIES_COMMENSURATE_WITH_RAPE', holds: true, asOf: '2019-03-31' }] },
    });
    expect(pen3(buildCountryReport(new Translator('es'), commensurate)).explanation).toBe(
      'Según US Department of State, Trafficking in Persons Report 2019 (al 31 de marzo de 2019), las penas son proporcionales a las previstas para la violación.',
    );
    const not = withFindings(finding('tip-2019', 0, '2019-03-31', { inForceFrom: '2010-01-01' }));
    const fr = pen3(buildCountryReport(new Translator('fr'), not));
    expect(fr).toMatchObject({ method: 'SOURCE_FINDING', status: 'UNMET' });
    expect(fr.explanation).toBe('Selon US Department of State, Trafficking in Persons Report 2019 (au 31 mars 2019), les peines ne sont pas proportionnées à celles prévues pour le viol.');
    expect(pen3(buildCountryReport(new Translator('pt'), not)).explanation).not.toMatch(/PENALTIES_|holds/);
  });

  it('lists the finding among the sources, unverified, and shows it in the evidence of its gap in HTML and Markdown', () => {
    const report = buildCountryReport(new Translator('en'), withFindings(finding('tip-2019', 0, '2019-03-31', { inForceFrom: '2010-01-01' })));
    expect(report.gaps.map((g) => [g.id, g.method])).toEqual([['PEN-3', 'SOURCE_FINDING']]);
    expect(report.provenance.sources).toContainEqual({
      citation: 'US Department of State, Trafficking in Persons Report 2019',
      url: 'https://www.state.gov/trafficking-in-persons-report/',
      asOf: '2019-03-31',
      usedFor: 'findings',
      verified: false,
    });
    const renderer = new ReportRenderer('test');
    expect(renderer.countryHtml(report, httpReportLinks())).toContain('Finding of US Department of State, Trafficking in Persons Report 2019 (as of March 31, 2019)');
    expect(renderer.countryMarkdown(report, httpReportLinks())).toContain('Finding of US Department of State, Trafficking in Persons Report 2019 (as of March 31, 2019)');
    expect(renderer.countryHtml(report, httpReportLinks())).toContain('findings of sources on the law');
  });
});
