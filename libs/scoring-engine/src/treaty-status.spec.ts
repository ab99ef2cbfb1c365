import { TreatyActionInput, TreatyObservationInput, treatyStatusAsOf } from './treaty-status';

const action = (id: string, type: TreatyActionInput['type'], date: string, datePrecision: TreatyActionInput['datePrecision'] = 'DAY'): TreatyActionInput => ({ id, treaty: 'PALERMO', type, date, datePrecision, verified: true });
const observation = (id: string, status: 'PARTY' | 'NOT_PARTY', observedOn: string, treaty = 'PALERMO'): TreatyObservationInput => ({ id, treaty, status, observedOn, verified: true });

describe('treatyStatusAsOf', () => {
  // Argentina: signed 2000-12-12, ratified 2002-11-19 (UNTC XVIII-12-a).
  const argentina = [action('sig', 'SIGNATURE', '2000-12-12'), action('rat', 'RATIFICATION', '2002-11-19')];

  it('is UNKNOWN before any action, and never NOT_PARTY for lack of records', () => {
    expect(treatyStatusAsOf('PALERMO', '2000-01-01', argentina, [])).toEqual({ treaty: 'PALERMO', status: 'UNKNOWN', basis: { actionIds: [] } });
  });

  it('is SIGNATORY between signature and ratification', () => {
    expect(treatyStatusAsOf('PALERMO', '2001-06-30', argentina, [])).toMatchObject({ status: 'SIGNATORY', since: '2000-12-12', basis: { actionIds: ['sig'] } });
  });

  it('is PARTY from the ratification date itself', () => {
    expect(treatyStatusAsOf('PALERMO', '2002-11-18', argentina, []).status).toBe('SIGNATORY');
    expect(treatyStatusAsOf('PALERMO', '2002-11-19', argentina, [])).toMatchObject({ status: 'PARTY', since: '2002-11-19', datePrecision: 'DAY' });
  });

  it('counts a month-precision consent from the first day of its month', () => {
    const barbados = [action('sig', 'SIGNATURE', '2001-09-26'), action('rat', 'RATIFICATION', '2014-11-01', 'MONTH')];
    expect(treatyStatusAsOf('PALERMO', '2014-10-31', barbados, []).status).toBe('SIGNATORY');
    expect(treatyStatusAsOf('PALERMO', '2014-11-01', barbados, [])).toMatchObject({ status: 'PARTY', datePrecision: 'MONTH' });
  });

  it('makes a denunciation end party status, and a later accession restore it', () => {
    const history = [action('acc', 'ACCESSION', '2005-01-10'), action('den', 'DENUNCIATION', '2010-03-01'), action('acc2', 'ACCESSION', '2015-05-05')];
    expect(treatyStatusAsOf('PALERMO', '2009-12-31', history, []).status).toBe('PARTY');
    expect(treatyStatusAsOf('PALERMO', '2012-01-01', history, [])).toMatchObject({ status: 'NOT_PARTY', since: '2010-03-01', basis: { actionIds: ['den'] } });
    expect(treatyStatusAsOf('PALERMO', '2016-01-01', history, [])).toMatchObject({ status: 'PARTY', since: '2015-05-05' });
  });

  it('uses a NOT_PARTY observation at any date when no action is recorded', () => {
    const seen = [observation('obs', 'NOT_PARTY', '2022-06-13', 'OPSC')];
    expect(treatyStatusAsOf('OPSC', '2010-01-01', [], seen)).toEqual({ treaty: 'OPSC', status: 'NOT_PARTY', basis: { actionIds: [], observationId: 'obs' } });
    expect(treatyStatusAsOf('OPSC', '2026-01-01', [], seen).status).toBe('NOT_PARTY');
  });

  it('uses a PARTY observation (date of ratification unknown) only from the day it was made', () => {
    const seen = [observation('dol', 'PARTY', '2022-12-31', 'ILO-C138')];
    expect(treatyStatusAsOf('ILO-C138', '2022-12-30', [], seen).status).toBe('UNKNOWN');
    expect(treatyStatusAsOf('ILO-C138', '2023-01-01', [], seen)).toEqual({ treaty: 'ILO-C138', status: 'PARTY', basis: { actionIds: [], observationId: 'dol' } });
  });

  it('lets a dated action prevail over an observation', () => {
    const actions = [{ ...action('rat', 'RATIFICATION', '2024-02-01'), treaty: 'OPSC' }];
    expect(treatyStatusAsOf('OPSC', '2025-01-01', actions, [observation('obs', 'NOT_PARTY', '2022-06-13', 'OPSC')]).status).toBe('PARTY');
  });

  it('ignores other treaties', () => {
    expect(treatyStatusAsOf('UNTOC', '2020-01-01', argentina, []).status).toBe('UNKNOWN');
  });
});
