import { action, context, observation } from '../../../testing/builders';
import { evaluateTreatyParty } from './treaty-party';

const palermo = { kind: 'treatyParty', treaty: 'PALERMO', signedScore: 0.25 } as const;
const c029 = { kind: 'treatyParty', treaty: 'ILO-C029', signedScore: 0 } as const;
const argentina = [action('sig', 'PALERMO', 'SIGNATURE', '2000-12-12'), action('rat', 'PALERMO', 'RATIFICATION', '2002-11-19')];

describe('treatyParty evaluator', () => {
  it('gives 1 to a party, explaining since when and by what action', () => {
    expect(evaluateTreatyParty(palermo, context({ asOf: '2002-11-19', treatyActions: argentina }))).toEqual({
      score: 1,
      explanation: {
        text: 'Party since 2002-11-19 (ratification, day precision).',
        key: 'treaty.party',
        params: { treaty: 'PALERMO', status: 'PARTY', since: '2002-11-19', datePrecision: 'DAY', actionType: 'RATIFICATION', verified: true },
      },
      evidence: { provisions: [], treatyActions: ['rat'], treatyObservations: [], assessments: [], findings: [] },
    });
  });

  it('writes a lower-precision date only as far as it is known, and flags an unverified record', () => {
    const actions = [action('acc', 'PALERMO', 'ACCESSION', '2014-11-01', 'MONTH', false)];
    expect(evaluateTreatyParty(palermo, context({ treatyActions: actions })).explanation.text).toBe('Party since 2014-11 (accession, month precision, unverified).');
  });

  it("gives a signatory the criterion's signedScore: 0.25 for Palermo, 0 for an ILO convention", () => {
    const signed = evaluateTreatyParty(palermo, context({ asOf: '2001-06-30', treatyActions: argentina }));
    expect(signed).toMatchObject({ score: 0.25, explanation: { key: 'treaty.signatory' }, evidence: { treatyActions: ['sig'] } });
    expect(signed.explanation.text).toBe('Signatory since 2000-12-12 (signature, day precision) but not a party; a signature alone scores 0.25.');
    const iloSigned = [action('s', 'ILO-C029', 'SIGNATURE', '2000-01-01')];
    expect(evaluateTreatyParty(c029, context({ treatyActions: iloSigned })).score).toBe(0);
  });

  it('gives 0 to a state that denounced the treaty', () => {
    const actions = [action('rat', 'ILO-C029', 'RATIFICATION', '1990-01-01'), action('den', 'ILO-C029', 'DENUNCIATION', '2020-05-01')];
    expect(evaluateTreatyParty(c029, context({ treatyActions: actions }))).toMatchObject({
      score: 0,
      explanation: { text: 'Not a party since 2020-05-01 (denunciation, day precision).', key: 'treaty.denounced' },
      evidence: { treatyActions: ['rat', 'den'] },
    });
  });

  it('gives 0 on a NOT_PARTY observation, citing its date', () => {
    const seen = [observation('obs', 'PALERMO', 'NOT_PARTY', '2023-05-01')];
    expect(evaluateTreatyParty(palermo, context({ treatyObservations: seen }))).toMatchObject({
      score: 0,
      explanation: { text: 'Not a party according to a source observed on 2023-05-01 (no treaty action recorded).', key: 'treaty.notPartyObserved', params: { observedOn: '2023-05-01' } },
      evidence: { treatyObservations: ['obs'] },
    });
  });

  it('gives 1 on a PARTY observation made by asOf', () => {
    const seen = [observation('obs', 'PALERMO', 'PARTY', '2019-01-01')];
    expect(evaluateTreatyParty(palermo, context({ treatyObservations: seen }))).toMatchObject({ score: 1, explanation: { key: 'treaty.partyObserved' } });
  });

  it('does not assess when nothing is recorded: unknown is never 0', () => {
    expect(evaluateTreatyParty(palermo, context({ asOf: '2000-01-01', treatyActions: argentina }))).toMatchObject({
      score: null,
      explanation: { key: 'treaty.unknown' },
      evidence: { treatyActions: [], treatyObservations: [] },
    });
  });
});
