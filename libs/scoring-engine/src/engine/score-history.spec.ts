import { Rubric } from '../rubric/rubric.types';
import { JurisdictionEvidence } from './evidence';
import { scoreHistory } from './score-history';

const t = (en: string) => ({ en });
const rubric: Rubric = {
  id: 'history-fixture',
  version: 1,
  title: t('History fixture'),
  description: t('One treaty criterion'),
  anchors: [],
  parameters: {},
  minimumCoverageForBand: 0,
  bands: [{ id: 'HIGH', min: 50, label: t('High') }, { id: 'LOW', min: 0, label: t('Low') }],
  categories: [
    {
      id: 'PAL',
      title: t('Palermo'),
      weight: 1,
      criteria: [{ id: 'PAL-1', question: t('Party?'), method: 'treaty', evaluator: { kind: 'treatyParty', treaty: 'PALERMO', signedScore: 0.25 }, weight: 1, scale: { type: 'levels', levels: [{ value: 1, label: t('party') }, { value: 0.25, label: t('signed') }, { value: 0, label: t('none') }] }, recommendation: t('Ratify.'), references: [] }],
    },
  ],
};

// Argentina's Palermo actions (UNTC XVIII-12-a): signature 2000-12-12, ratification 2002-11-19.
const argentina: JurisdictionEvidence = {
  jurisdiction: 'AR',
  treatyActions: [
    { id: 'sig', treaty: 'PALERMO', type: 'SIGNATURE', date: '2000-12-12', datePrecision: 'DAY', verified: true },
    { id: 'rat', treaty: 'PALERMO', type: 'RATIFICATION', date: '2002-11-19', datePrecision: 'DAY', verified: true },
  ],
  treatyObservations: [],
  provisions: [],
  expertResults: [],
};

describe('scoreHistory', () => {
  it('gives the score at the start and a point at each change', () => {
    // Before the signature nothing is recorded: no score. Signed: 0.25 × 100 = 25. Party: 100.
    expect(scoreHistory(rubric, argentina, '2000-01-01', '2026-01-01')).toEqual([
      { date: '2000-01-01', score: null, coverage: 0, band: null, changed: [] },
      { date: '2000-12-12', score: 25, coverage: 1, band: 'LOW', changed: ['PAL-1'] },
      { date: '2002-11-19', score: 100, coverage: 1, band: 'HIGH', changed: ['PAL-1'] },
    ]);
  });

  it('starts inside the history and omits dates outside the window', () => {
    expect(scoreHistory(rubric, argentina, '2001-06-30', '2002-01-01')).toEqual([{ date: '2001-06-30', score: 25, coverage: 1, band: 'LOW', changed: [] }]);
  });
});
