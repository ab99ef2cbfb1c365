import { describeEachEngine } from '../support/each-engine';
import { ADMIN, startTestApp, TestApp } from '../support/test-app';

type Card = {
  score: number | null;
  coverage: number;
  band: string | null;
  categories: { id: string; score: number | null; coverage: number }[];
  criteria: {
    criterion: { id: string };
    status: string;
    score: number | null;
    method: string;
    explanation: string;
    evidence: { treatyActions: { date: string }[]; provisions: { citation: string }[] };
  }[];
  gaps: { criterion: { id: string }; severity: number; recommendation: string }[];
};
const CARD = `score coverage band categories { id score coverage }
  criteria { criterion { id } status score method explanation evidence { treatyActions { date } provisions { citation } } }
  gaps { criterion { id } severity recommendation }`;

/**
 * A fictional sub-national unit (test fixture, not real law) whose trafficking offence allows a
 * fine instead of prison, requires a means for child victims and demands a border crossing.
 */
const FIXTURE = 'US-ZZ';
const facts = {
  acts: ['RECRUITMENT', 'TRANSPORTATION', 'TRANSFER', 'HARBOURING', 'RECEIPT'],
  means: ['THREAT', 'FORCE', 'OTHER_COERCION', 'ABDUCTION', 'FRAUD', 'DECEPTION', 'ABUSE_OF_POWER_OR_VULNERABILITY', 'PAYMENTS_TO_PERSON_IN_CONTROL'],
  purposes: ['SEXUAL_EXPLOITATION', 'FORCED_LABOUR', 'SLAVERY_OR_SIMILAR_PRACTICES', 'SERVITUDE', 'ORGAN_REMOVAL'],
  consentIrrelevant: true,
  borderCrossingRequired: true,
  ancillaryLiability: ['ATTEMPT', 'COMPLICITY', 'ORGANISING_OR_DIRECTING'],
  childAgeThreshold: 18,
  meansRequiredForChildren: true,
  penalties: [
    { offence: 'TRAFFICKING', imprisonmentMinYears: 2, imprisonmentMaxYears: 6, fine: true, fineInLieuOfImprisonment: true },
    { offence: 'RAPE', imprisonmentMinYears: 6, imprisonmentMaxYears: 15 },
  ],
  aggravatingCircumstances: ['CHILD_VICTIM'],
  legalPersonLiability: true,
  forfeiture: true,
  restitution: false,
  demandOffence: true,
  mistakeOfAgeDefenceBarred: false,
  childNonPunishment: true,
  onlineOffences: ['ONLINE_RECRUITMENT', 'CHILD_SEXUAL_ABUSE_MATERIAL'],
  extraterritorialJurisdiction: true,
  forcedLabourOffence: { imprisonment: true, allSectors: false },
};

describeEachEngine('scorecards, rankings and history', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  const mutate = async (query: string, input: unknown) => {
    const body = await t.graphql<Record<string, { id?: string }>>(query, { input }, ADMIN);
    expect(body.errors).toBeUndefined();
    return Object.values(body.data!)[0];
  };

  it('gives every OAS state a scorecard; with treaty data only, facts criteria are NOT_ASSESSED, never UNMET', async () => {
    const body = await t.graphql<{
      rankings: {
        totalCount: number;
        edges: {
          node: {
            rank: number | null;
            score: number | null;
            coverage: number;
            jurisdiction: { code: string };
            scorecard: { criteria: { criterion: { id: string; method: string }; status: string }[] };
          };
        }[];
      };
    }>(`{
      rankings(region: "OAS", first: 50) { totalCount edges { node { rank score coverage jurisdiction { code } scorecard { criteria { criterion { id method } status } } } } }
    }`);
    expect(body.errors).toBeUndefined();
    const entries = body.data!.rankings.edges.map((e) => e.node);
    expect(body.data!.rankings.totalCount).toBe(35);
    expect(entries).toHaveLength(35);
    for (const entry of entries) {
      expect(entry.coverage).toBeGreaterThan(0);
      expect(entry.coverage).toBeLessThan(1);
      const facts = entry.scorecard.criteria.filter((c) => c.criterion.method !== 'TREATY');
      expect(facts.every((c) => c.status === 'NOT_ASSESSED')).toBe(true);
    }
    // Ordered by score, highest first; ranks never go down; equal scores share a rank. Equal means
    // equal to 9 decimals: the same results summed in another order differ in the last binary digit.
    const scores = entries.map((e) => (e.score === null ? -1 : Number(e.score.toFixed(9))));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    entries.forEach((e, i) => {
      if (i > 0 && scores[i] === scores[i - 1]) expect(e.rank).toBe(entries[i - 1].rank);
      if (i > 0 && scores[i] !== scores[i - 1] && e.score !== null) expect(e.rank).toBe(i + 1);
    });
    // With treaty records alone, every state party to Palermo, UNTOC and OPSC has the same results,
    // so they all share rank 1 whatever the order their sums were taken in.
    expect(entries.filter((e) => e.rank === 1).length).toBeGreaterThan(20);
  });

  it("scores Argentina's PAL-1 PARTIAL as a signatory on 2001-06-30 and MET today, and its history shows 2002-11-19", async () => {
    const body = await t.graphql<{ then: Card; now: Card; history: { date: string; changed: string[] }[] }>(`{
      then: scorecard(jurisdiction: "AR", asOf: "2001-06-30") { ${CARD} }
      now: scorecard(jurisdiction: "AR") { ${CARD} }
      history: scoreHistory(jurisdiction: "AR", from: "2000-01-01") { date score changed }
    }`);
    expect(body.errors).toBeUndefined();
    const pal1 = (card: Card) => card.criteria.find((c) => c.criterion.id === 'PAL-1')!;
    expect(pal1(body.data!.then)).toMatchObject({ status: 'PARTIAL', score: 0.25, method: 'AUTOMATIC', evidence: { treatyActions: [{ date: '2000-12-12' }] } });
    expect(pal1(body.data!.now)).toMatchObject({ status: 'MET', score: 1, evidence: { treatyActions: [{ date: '2002-11-19' }] } });
    expect(pal1(body.data!.now).explanation).toBe('Party since 2002-11-19 (ratification, day precision).');
    const change = body.data!.history.find((p) => p.date === '2002-11-19');
    expect(change?.changed).toContain('PAL-1');
  });

  it('finds PEN-1, CST-2 and PAL-7 as UNMET gaps of a fine-instead-of-prison, means-for-children, border-crossing law', async () => {
    await mutate('mutation($input: UpsertJurisdictionInput!) { upsertJurisdiction(input: $input) { code } }', { code: FIXTURE, names: { en: 'Test unit ZZ (fixture)' }, source: 'test fixture' });
    const treaty = (treaty: string, type: string, date: string) =>
      mutate('mutation($input: RecordTreatyActionInput!) { recordTreatyAction(input: $input) { id } }', {
        jurisdiction: FIXTURE,
        treaty,
        type,
        date,
        datePrecision: 'DAY',
        asOf: '2024-01-01',
        verified: false,
        sourceCitation: 'test fixture',
      });
    await treaty('PALERMO', 'RATIFICATION', '2004-01-01');
    await treaty('UNTOC', 'RATIFICATION', '2004-01-01');
    await treaty('OPSC', 'SIGNATURE', '2004-01-01');
    await treaty('ILO-C029', 'RATIFICATION', '2004-01-01');
    await treaty('ILO-C182', 'RATIFICATION', '2004-01-01');
    const instrument = await mutate('mutation($input: UpsertInstrumentInput!) { upsertInstrument(input: $input) { id } }', {
      jurisdiction: FIXTURE,
      key: 'fixture-code',
      kind: 'CODE',
      language: 'en',
      titleOriginal: 'Fixture code',
      officialCitation: 'test fixture',
      versions: [{ inForceFrom: '2005-01-01' }],
    });
    const provision = await mutate('mutation($input: UpsertProvisionInput!) { upsertProvision(input: $input) { id } }', {
      instrumentId: instrument.id,
      key: 'art-1',
      citation: 'Art. 1',
      text: 'Fixture.',
      inForceFrom: '2005-01-01',
    });
    await mutate('mutation($input: RecordLegalFactsInput!) { recordLegalFacts(input: $input) { version } }', { provisionId: provision.id, asOf: '2024-01-01', sourceCitation: 'test fixture', facts });

    const body = await t.graphql<{ scorecard: Card }>(`{ scorecard(jurisdiction: "${FIXTURE}", asOf: "2024-01-01") { ${CARD} } }`);
    expect(body.errors).toBeUndefined();
    const card = body.data!.scorecard;
    const status = (id: string) => card.criteria.find((c) => c.criterion.id === id)!.status;
    expect([status('PEN-1'), status('CST-2'), status('PAL-7')]).toEqual(['UNMET', 'UNMET', 'UNMET']);
    expect(card.criteria.find((c) => c.criterion.id === 'PEN-1')!.evidence.provisions).toEqual([{ citation: 'Art. 1' }]);

    // Category scores, by hand (each criterion weighs 1 within its category):
    // PAL (30): PAL-1..6 = 1, PAL-7 = 0, PAL-8 = 1, PAL-9 not assessed → 7/8 = 87.5, coverage 8/9.
    // ILO (20): ILO-1 (C029) 1, ILO-5 (C182) 1, ILO-7 imprisonment but not all sectors 0.5; P029, C105,
    //           C138, C189 unknown → 2.5/3 = 83.333…, coverage 3/7.
    // PEN (25): PEN-1 fine in lieu 0; PEN-2 max 6 ≥ 4 → 1; PEN-3 min 2 < 0.8 × 6 = 4.8 → 0; PEN-4 min 2 → 0.5;
    //           PEN-5 1 of 3 aggravations; PEN-6 1; PEN-7 forfeiture only 0.5 → (0+1+0+0.5+1/3+1+0.5)/7 = 47.619…
    // CST (25): CST-1 1, CST-2 0, CST-3 1, CST-4 0, CST-5 1, CST-6 2/3, CST-7 1, CST-8 signed 0.25
    //           → (1+0+1+0+1+2/3+1+0.25)/8 = 61.458…
    expect(card.categories.map((c) => c.id)).toEqual(['PAL', 'ILO', 'PEN', 'CST']);
    const [pal, ilo, pen, cst] = card.categories;
    expect(pal.score).toBeCloseTo(87.5, 6);
    expect(pal.coverage).toBeCloseTo(8 / 9, 6);
    expect(ilo.score).toBeCloseTo(250 / 3, 6);
    expect(ilo.coverage).toBeCloseTo(3 / 7, 6);
    expect(pen.score).toBeCloseTo(1000 / 21, 6);
    expect(cst.score).toBeCloseTo(1475 / 24, 6);
    // Overall = Σ W·C·S / Σ W·C = (30·8/9·87.5 + 20·3/7·250/3 + 25·1000/21 + 25·1475/24) / (30·8/9 + 20·3/7 + 25 + 25)
    //         = 5774.553… / 85.238… = 194025/2864 = 67.7462 → PARTIAL (50–70); coverage 85.238…/100 = 179/210.
    expect(card.score).toBeCloseTo(194025 / 2864, 6);
    expect(card.coverage).toBeCloseTo(179 / 210, 6);
    expect(card.band).toBe('PARTIAL');
    // Severity = weight share × (1 − result): PEN-1 and PEN-3 0.25/7 = 0.0357 (rubric order breaks the tie),
    // PAL-7 0.30/9 = 0.0333, CST-2 and CST-4 0.25/8 = 0.03125, …
    expect(card.gaps.slice(0, 5).map((g) => g.criterion.id)).toEqual(['PEN-1', 'PEN-3', 'PAL-7', 'CST-2', 'CST-4']);
    expect(card.gaps[0].severity).toBeCloseTo(0.25 / 7, 10);
    expect(card.gaps[2].severity).toBeCloseTo(0.3 / 9, 10);
    for (const gap of card.gaps) expect(gap.recommendation.length).toBeGreaterThan(20);
    expect(card.gaps.some((g) => g.criterion.id === 'PAL-9')).toBe(false); // not assessed is never a gap
  });

  it('compares jurisdictions side by side in the order asked', async () => {
    const body = await t.graphql<{ compareScorecards: { jurisdiction: { code: string }; score: number }[] }>(
      '{ compareScorecards(jurisdictions: ["GT", "arg", "HT"]) { jurisdiction { code } score } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.compareScorecards.map((c) => c.jurisdiction.code)).toEqual(['GT', 'AR', 'HT']);
  });

  it('refuses a future as-of date and an unknown rubric', async () => {
    const future = await t.graphql('{ scorecard(jurisdiction: "AR", asOf: "2999-01-01") { score } }');
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
    const rubric = await t.graphql('{ scorecard(jurisdiction: "AR", rubric: "nope") { score } }');
    expect(rubric.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
