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
    engineExplanation: string;
    evidence: { treatyActions: { date: string }[]; provisions: { citation: string }[] };
  }[];
  gaps: { criterion: { id: string }; severity: number; recommendation: string }[];
};
const CARD = `score coverage band categories { id score coverage }
  criteria { criterion { id } status score method explanation engineExplanation evidence { treatyActions { date } provisions { citation } } }
  gaps { criterion { id } severity recommendation }`;

/**
 * A fictional country (test fixture, not real law; XZ is a user-assigned ISO code, so no real
 * law is inherited) whose trafficking offence allows a fine instead of prison, requires a means
 * for child victims and demands a border crossing.
 */
const FIXTURE = 'XZ';
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

  it('gives every OAS state a scorecard; facts criteria rest only on the shipped TIP baseline (SECONDARY), never on nothing', async () => {
    const body = await t.graphql<{
      rankings: {
        totalCount: number;
        edges: {
          node: {
            rank: number | null;
            unrankedReason: string | null;
            score: number | null;
            scoreRange: { lower: number; upper: number };
            coverage: number;
            jurisdiction: { code: string };
            scorecard: { criteria: { criterion: { id: string; method: string }; status: string; score: number | null; sourceKinds: string[] }[] };
          };
        }[];
      };
    }>(`{
      rankings(region: "OAS", first: 50) { totalCount edges { node { rank unrankedReason score scoreRange { lower upper } coverage jurisdiction { code } scorecard { criteria { criterion { id method } status score sourceKinds } } } } }
    }`);
    expect(body.errors).toBeUndefined();
    const entries = body.data!.rankings.edges.map((e) => e.node);
    expect(body.data!.rankings.totalCount).toBe(35);
    expect(entries).toHaveLength(35);
    for (const entry of entries) {
      expect(entry.coverage).toBeGreaterThan(0);
      expect(entry.coverage).toBeLessThan(1);
      // Facts criteria are reached only through the TIP Report readings (reference-data/tip-law-readings.csv).
      const facts = entry.scorecard.criteria.filter((c) => c.criterion.method !== 'TREATY' && c.status !== 'NOT_ASSESSED');
      for (const c of facts) expect(c.sourceKinds).toEqual(['SECONDARY']);
    }
    // Dominica, Grenada and Saint Kitts and Nevis have no narrative: nothing but their treaty records counts.
    for (const code of ['DM', 'GD', 'KN']) {
      const entry = entries.find((e) => e.jurisdiction.code === code)!;
      expect(entry.scorecard.criteria.filter((c) => c.criterion.method !== 'TREATY').every((c) => c.status === 'NOT_ASSESSED')).toBe(true);
    }
    // Treaty records alone cover less than the rubric's minimum coverage (50 %): no state is ranked,
    // and the unranked are listed most covered first. A rank of 1 on 15 % coverage says nothing.
    for (const entry of entries) {
      expect(entry.rank).toBeNull();
      expect(entry.unrankedReason).toBe('INSUFFICIENT_COVERAGE');
      // Scores leave the API exact to 4 decimals, and the range brackets them.
      expect(Number(entry.score!.toFixed(4))).toBe(entry.score);
      expect(entry.scoreRange.lower).toBeLessThanOrEqual(entry.score!);
      expect(entry.score!).toBeLessThanOrEqual(entry.scoreRange.upper);
    }
    const coverages = entries.map((e) => e.coverage);
    expect([...coverages].sort((a, b) => b - a)).toEqual(coverages);
    // States with the same criterion results have the same score, bit for bit, whatever order their sums were taken in.
    const bySignature = new Map<string, { members: number; scores: Set<number | null> }>();
    for (const e of entries) {
      const signature = e.scorecard.criteria.map((c) => `${c.criterion.id}:${c.score}`).join(' ');
      const group = bySignature.get(signature) ?? { members: 0, scores: new Set() };
      group.members += 1;
      group.scores.add(e.score);
      bySignature.set(signature, group);
    }
    for (const group of bySignature.values()) expect(group.scores.size).toBe(1);
    expect(Math.max(...[...bySignature.values()].map((g) => g.members))).toBeGreaterThanOrEqual(2);
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
    expect(pal1(body.data!.now).engineExplanation).toBe('Party since 2002-11-19 (ratification, day precision).');
    // For readers: the treaty's name and the date in the language (lang defaults to en).
    expect(pal1(body.data!.now).explanation).toBe('Party since November 19, 2002 (ratification).');
    const change = body.data!.history.find((p) => p.date === '2002-11-19');
    expect(change?.changed).toContain('PAL-1');
  });

  it('finds PEN-1, CST-2 and PAL-7 as UNMET gaps of a fine-instead-of-prison, means-for-children, border-crossing law', async () => {
    await mutate('mutation($input: UpsertJurisdictionInput!) { upsertJurisdiction(input: $input) { code } }', { code: FIXTURE, names: { en: 'Test country XZ (fixture)' }, source: 'test fixture' });
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
    // PEN (25): PEN-1 fine in lieu 0; PEN-2 max 6 ≥ 4 → 1; the fine in lieu makes the lowest sentence no imprisonment,
    //           0 years: PEN-3 0 < 0.8 × 6 = 4.8 → 0, PEN-4 0 < 2 → 0 (the stated min 2 does not count);
    //           PEN-5 1 of 3 aggravations; PEN-6 1; PEN-7 forfeiture only 0.5 → (0+1+0+0+1/3+1+0.5)/7 = 40.476…
    // CST (25): CST-1 1, CST-2 0, CST-3 1, CST-4 0, CST-5 1, CST-6 2/3, CST-7 1, CST-8 signed 0.25
    //           → (1+0+1+0+1+2/3+1+0.25)/8 = 61.458…
    expect(card.categories.map((c) => c.id)).toEqual(['PAL', 'ILO', 'PEN', 'CST']);
    const [pal, ilo, pen, cst] = card.categories;
    expect(pal.score).toBeCloseTo(87.5, 4); // published to 4 decimals
    expect(pal.coverage).toBeCloseTo(8 / 9, 4); // published to 4 decimals
    expect(ilo.score).toBeCloseTo(250 / 3, 4); // published to 4 decimals
    expect(ilo.coverage).toBeCloseTo(3 / 7, 4); // published to 4 decimals
    expect(pen.score).toBeCloseTo(850 / 21, 4); // published to 4 decimals
    expect(cst.score).toBeCloseTo(1475 / 24, 4); // published to 4 decimals
    // Overall = Σ W·C·S / Σ W·C = (30·8/9·87.5 + 20·3/7·250/3 + 25·850/21 + 25·1475/24) / (30·8/9 + 20·3/7 + 25 + 25)
    //         = 5595.982… / 85.238… = 188025/2864 = 65.6512 → PARTIAL (50–70); coverage 85.238…/100 = 179/210.
    expect(card.score).toBeCloseTo(188025 / 2864, 4); // published to 4 decimals
    expect(card.coverage).toBeCloseTo(179 / 210, 4); // published to 4 decimals
    expect(card.band).toBe('PARTIAL');
    // Severity = weight share × (1 − result): PEN-1, PEN-3 and PEN-4 0.25/7 = 0.0357 (rubric order breaks the tie),
    // PAL-7 0.30/9 = 0.0333, CST-2 and CST-4 0.25/8 = 0.03125, …
    expect(card.gaps.slice(0, 5).map((g) => g.criterion.id)).toEqual(['PEN-1', 'PEN-3', 'PEN-4', 'PAL-7', 'CST-2']);
    expect(card.gaps[0].severity).toBe(0.035714); // 0.25/7, published to 6 decimals
    expect(card.gaps[3].severity).toBe(0.033333); // 0.3/9, published to 6 decimals
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
