import { Rubric } from '../rubric/rubric.types';
import { validateRubric } from '../rubric/validate-rubric';
import { JurisdictionEvidence, ProvisionEvidence } from './evidence';
import { scoreJurisdiction } from './score-jurisdiction';

const t = (en: string) => ({ en });
const yesNo = { type: 'levels' as const, levels: [{ value: 1, label: t('yes') }, { value: 0, label: t('no') }] };

/** A two-category rubric small enough to score by hand. */
const rubric: Rubric = {
  id: 'mini',
  version: 1,
  title: t('Mini'),
  description: t('Fixture rubric for arithmetic'),
  anchors: [],
  parameters: { deterrent: 4, deterrentPartial: 2 },
  minimumCoverageForBand: 0.5,
  bands: [
    { id: 'STRONG', min: 85, label: t('Strong') },
    { id: 'SUBSTANTIAL', min: 70, label: t('Substantial') },
    { id: 'PARTIAL', min: 50, label: t('Partial') },
    { id: 'WEAK', min: 30, label: t('Weak') },
    { id: 'CRITICAL', min: 0, label: t('Critical gaps') },
  ],
  categories: [
    {
      id: 'A',
      title: t('A'),
      weight: 60,
      criteria: [
        { id: 'A-1', question: t('Party?'), method: 'treaty', evaluator: { kind: 'treatyParty', treaty: 'PALERMO', signedScore: 0.25 }, weight: 1, scale: yesNo, recommendation: t('Ratify.'), references: [] },
        { id: 'A-2', question: t('Acts?'), method: 'facts', evaluator: { kind: 'shareOfList', field: 'acts' }, weight: 1, scale: { type: 'share', levels: [{ value: 1, label: t('all') }, { value: 0, label: t('none') }] }, recommendation: t('Cover every act.'), references: [] },
        { id: 'A-3', question: t('Victims?'), method: 'expert', evaluator: { kind: 'expert' }, weight: 1, scale: yesNo, recommendation: t('Protect victims.'), references: [] },
      ],
    },
    {
      id: 'B',
      title: t('B'),
      weight: 40,
      criteria: [
        { id: 'B-1', question: t('Prison?'), method: 'facts', evaluator: { kind: 'imprisonmentMandatory' }, weight: 1, scale: yesNo, recommendation: t('No fines.'), references: [] },
        { id: 'B-2', question: t('Minimum?'), method: 'facts', evaluator: { kind: 'minimumAtLeast', fullParameter: 'deterrent', partialParameter: 'deterrentPartial' }, weight: 1, scale: yesNo, recommendation: t('Raise the minimum.'), references: [] },
      ],
    },
  ],
};

const provision = (id: string, facts: ProvisionEvidence['facts'], inForceFrom = '2005-01-01', inForceTo: string | null = null): ProvisionEvidence => ({ id, instrumentId: 'law', citation: id, inForceFrom, inForceTo, facts });
const base = (): JurisdictionEvidence => ({ jurisdiction: 'XX', treatyActions: [], treatyObservations: [], provisions: [], expertResults: [] });
const signed: JurisdictionEvidence['treatyActions'] = [{ id: 'sig', treaty: 'PALERMO', type: 'SIGNATURE', date: '2001-01-01', datePrecision: 'DAY', verified: true }];
const acts = provision('art-1', { acts: ['RECRUITMENT', 'TRANSPORTATION', 'RECEIPT'] });
const penalty = provision('art-2', { penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 3, imprisonmentMaxYears: 8 }] });
const byId = (card: ReturnType<typeof scoreJurisdiction>, id: string) => card.criteria.find((c) => c.criterionId === id)!;

describe('scoreJurisdiction (fixture rubric, arithmetic by hand)', () => {
  it('is a valid rubric', () => {
    expect(validateRubric(rubric)).toEqual({ ok: true, rubric });
  });

  it('scores nothing when nothing is recorded: null, coverage 0, never zero', () => {
    const card = scoreJurisdiction(rubric, base(), '2020-01-01');
    expect(card.score).toBeNull();
    expect(card.coverage).toBe(0);
    expect(card.band).toBeNull();
    expect(card.gaps).toEqual([]);
    expect(card.criteria.every((c) => c.status === 'NOT_ASSESSED')).toBe(true);
    expect(card.categories).toEqual([
      { id: 'A', weight: 60, score: null, coverage: 0 },
      { id: 'B', weight: 40, score: null, coverage: 0 },
    ]);
  });

  it('withholds the band below the minimum coverage', () => {
    // A-1 signatory 0.25, A-2 3 of 5 acts = 0.6, A-3 not assessed.
    // A = (0.25 + 0.6) / 2 × 100 = 42.5, coverage 2/3; B has nothing: null, coverage 0.
    // Overall = 60·(2/3)·42.5 / (60·(2/3)) = 42.5; coverage = 60·(2/3) / 100 = 0.4 < 0.5: no band.
    const card = scoreJurisdiction(rubric, { ...base(), treatyActions: signed, provisions: [acts] }, '2020-01-01');
    expect(card.categories[0].score).toBeCloseTo(42.5, 10);
    expect(card.categories[0].coverage).toBeCloseTo(2 / 3, 10);
    expect(card.categories[1]).toEqual({ id: 'B', weight: 40, score: null, coverage: 0 });
    expect(card.score).toBeCloseTo(42.5, 10);
    expect(card.coverage).toBeCloseTo(0.4, 10);
    expect(card.band).toBeNull();
    expect(byId(card, 'A-1')).toMatchObject({ status: 'PARTIAL', score: 0.25, evidence: { treatyActions: ['sig'] } });
    expect(byId(card, 'A-2').explanation.text).toBe('Covers 3 of 5; missing: TRANSFER, HARBOURING.');
  });

  it('weighs categories by their assessed weight and orders gaps by severity', () => {
    // B-1 prison mandatory = 1; B-2 minimum 3 years: ≥ 2 but < 4 = 0.5. B = (1 + 0.5) / 2 × 100 = 75, coverage 1.
    // Overall = (60·(2/3)·42.5 + 40·1·75) / (60·(2/3) + 40) = (1700 + 3000) / 80 = 58.75 → PARTIAL (50–70).
    // Coverage = (40 + 40) / 100 = 0.8.
    // Weight shares: A criteria 0.6/3 = 0.2 each; B criteria 0.4/2 = 0.2 each.
    // Gaps: A-1 0.2 × (1 − 0.25) = 0.15; B-2 0.2 × 0.5 = 0.1; A-2 0.2 × 0.4 = 0.08.
    const card = scoreJurisdiction(rubric, { ...base(), treatyActions: signed, provisions: [acts, penalty] }, '2020-01-01');
    expect(card.categories[1].score).toBeCloseTo(75, 10);
    expect(card.score).toBeCloseTo(58.75, 10);
    expect(card.coverage).toBeCloseTo(0.8, 10);
    expect(card.band).toBe('PARTIAL');
    expect(card.gaps.map((g) => [g.criterionId, Number(g.severity.toFixed(10))])).toEqual([
      ['A-1', 0.15],
      ['B-2', 0.1],
      ['A-2', 0.08],
    ]);
  });

  it('leaves a NOT_APPLICABLE criterion out of the weight', () => {
    // A-3 not applicable: A = 42.5 with coverage 2/2 = 1.
    // Overall = (60·42.5 + 40·75) / 100 = (2550 + 3000) / 100 = 55.5; coverage 1.
    const evidence = { ...base(), treatyActions: signed, provisions: [acts, penalty], expertResults: [{ criterionId: 'A-3', result: 'NOT_APPLICABLE' as const, rationale: 'No such regime', assessmentId: 'as-1', decidedOn: '2019-01-01' }] };
    const card = scoreJurisdiction(rubric, evidence, '2020-01-01');
    expect(byId(card, 'A-3')).toMatchObject({ status: 'NOT_APPLICABLE', score: null, method: 'EXPERT' });
    expect(card.categories[0].coverage).toBe(1);
    expect(card.score).toBeCloseTo(55.5, 10);
    expect(card.coverage).toBe(1);
  });

  it('lets an approved expert result override the automatic one, keeping both', () => {
    const evidence = { ...base(), treatyActions: signed, expertResults: [{ criterionId: 'A-1', result: 1, rationale: 'Ratification deposited; UNTC not yet updated', assessmentId: 'as-2', decidedOn: '2019-06-01' }] };
    const before = byId(scoreJurisdiction(rubric, evidence, '2019-05-31'), 'A-1');
    expect(before).toMatchObject({ method: 'AUTOMATIC', score: 0.25 });
    const after = byId(scoreJurisdiction(rubric, evidence, '2019-06-01'), 'A-1');
    expect(after).toMatchObject({ method: 'EXPERT', status: 'MET', score: 1, evidence: { assessments: ['as-2'] }, automatic: { status: 'PARTIAL', score: 0.25 } });
  });

  it('reads only provisions in force on the date', () => {
    const old = provision('old', { penalties: [{ offence: 'TRAFFICKING', fineInLieuOfImprisonment: true, fine: true, imprisonmentMaxYears: 2 }] }, '2000-01-01', '2010-01-01');
    const current = provision('new', { penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 5, imprisonmentMaxYears: 15 }] }, '2010-01-01');
    const evidence = { ...base(), provisions: [old, current] };
    expect(byId(scoreJurisdiction(rubric, evidence, '2009-12-31'), 'B-1')).toMatchObject({ status: 'UNMET', evidence: { provisions: ['old'] } });
    expect(byId(scoreJurisdiction(rubric, evidence, '2010-01-01'), 'B-1')).toMatchObject({ status: 'MET', evidence: { provisions: ['new'] } });
  });
});
