import { action, observation } from '../testing/builders';
import { treatyChangeDates, treatyStatusAsOf } from './treaty-status';

describe('treatyStatusAsOf', () => {
  // Argentina and the Palermo Protocol (UNTC XVIII-12-a): signed 2000-12-12, ratified 2002-11-19.
  const argentina = [action('sig', 'PALERMO', 'SIGNATURE', '2000-12-12'), action('rat', 'PALERMO', 'RATIFICATION', '2002-11-19')];

  it('is UNKNOWN before any action (asOf before the signature), never NOT_PARTY for lack of records', () => {
    expect(treatyStatusAsOf('PALERMO', '2000-12-11', argentina, [])).toEqual({
      treaty: 'PALERMO',
      status: 'UNKNOWN',
      rule: 'NOTHING_RECORDED',
      basis: { actionIds: [] },
    });
  });

  it('is SIGNATORY from the signature day until the ratification', () => {
    expect(treatyStatusAsOf('PALERMO', '2000-12-12', argentina, []).status).toBe('SIGNATORY');
    expect(treatyStatusAsOf('PALERMO', '2002-11-18', argentina, [])).toEqual({
      treaty: 'PALERMO',
      status: 'SIGNATORY',
      since: '2000-12-12',
      datePrecision: 'DAY',
      rule: 'SIGNATURE',
      basis: { actionIds: ['sig'] },
    });
  });

  it('is PARTY from the ratification day itself, whatever order the actions come in', () => {
    expect(treatyStatusAsOf('PALERMO', '2002-11-19', [...argentina].reverse(), [])).toEqual({
      treaty: 'PALERMO',
      status: 'PARTY',
      since: '2002-11-19',
      datePrecision: 'DAY',
      rule: 'CONSENT',
      basis: { actionIds: ['rat'] },
    });
  });

  it('counts a month-precision accession from the first day of its month', () => {
    const actions = [action('acc', 'PALERMO', 'ACCESSION', '2014-11-01', 'MONTH')];
    expect(treatyStatusAsOf('PALERMO', '2014-10-31', actions, []).status).toBe('UNKNOWN');
    expect(treatyStatusAsOf('PALERMO', '2014-11-01', actions, [])).toMatchObject({ status: 'PARTY', since: '2014-11-01', datePrecision: 'MONTH' });
  });

  it('makes a denunciation end party status, and a later accession restore it', () => {
    const history = [action('rat', 'ILO-C029', 'RATIFICATION', '2005-01-10'), action('den', 'ILO-C029', 'DENUNCIATION', '2010-03-01'), action('acc', 'ILO-C029', 'ACCESSION', '2015-05-05')];
    expect(treatyStatusAsOf('ILO-C029', '2010-02-28', history, [])).toMatchObject({ status: 'PARTY', since: '2005-01-10' });
    expect(treatyStatusAsOf('ILO-C029', '2010-03-01', history, [])).toEqual({
      treaty: 'ILO-C029',
      status: 'NOT_PARTY',
      since: '2010-03-01',
      datePrecision: 'DAY',
      rule: 'DENUNCIATION',
      basis: { actionIds: ['rat', 'den'] },
    });
    expect(treatyStatusAsOf('ILO-C029', '2016-01-01', history, [])).toMatchObject({ status: 'PARTY', since: '2015-05-05', basis: { actionIds: ['acc'] } });
  });

  it('dates party status from the first consent after the last denunciation', () => {
    // A succession followed by a (redundant) ratification: party since the succession.
    const actions = [action('suc', 'UNTOC', 'SUCCESSION', '2006-06-03'), action('rat', 'UNTOC', 'RATIFICATION', '2008-01-01')];
    expect(treatyStatusAsOf('UNTOC', '2020-01-01', actions, [])).toMatchObject({ status: 'PARTY', since: '2006-06-03', basis: { actionIds: ['suc'] } });
  });

  it('applies a NOT_PARTY observation at any date when no action is recorded up to asOf', () => {
    const seen = [observation('obs', 'OPSC', 'NOT_PARTY', '2022-06-13')];
    const expected = { treaty: 'OPSC', status: 'NOT_PARTY', rule: 'OBSERVATION', basis: { actionIds: [], observationId: 'obs' } };
    expect(treatyStatusAsOf('OPSC', '2010-01-01', [], seen)).toEqual(expected);
    expect(treatyStatusAsOf('OPSC', '2026-01-01', [], seen)).toEqual(expected);
  });

  it('applies a PARTY observation (consent date unknown) only from the day it was made', () => {
    const seen = [observation('dol', 'ILO-C138', 'PARTY', '2022-12-31')];
    expect(treatyStatusAsOf('ILO-C138', '2022-12-30', [], seen).status).toBe('UNKNOWN');
    expect(treatyStatusAsOf('ILO-C138', '2022-12-31', [], seen)).toEqual({
      treaty: 'ILO-C138',
      status: 'PARTY',
      rule: 'OBSERVATION',
      basis: { actionIds: [], observationId: 'dol' },
    });
  });

  it('lets the latest observation on or before asOf decide between conflicting sources', () => {
    const seen = [observation('old', 'ILO-C189', 'NOT_PARTY', '2010-01-01'), observation('new', 'ILO-C189', 'PARTY', '2015-01-01')];
    expect(treatyStatusAsOf('ILO-C189', '2012-01-01', [], seen)).toMatchObject({ status: 'NOT_PARTY', basis: { observationId: 'old' } });
    expect(treatyStatusAsOf('ILO-C189', '2020-01-01', [], seen)).toMatchObject({ status: 'PARTY', basis: { observationId: 'new' } });
    // A later source saying "not party" (say, after an unrecorded denunciation) prevails from its date.
    const denied = [...seen, observation('later', 'ILO-C189', 'NOT_PARTY', '2018-01-01')];
    expect(treatyStatusAsOf('ILO-C189', '2020-01-01', [], denied)).toMatchObject({ status: 'NOT_PARTY', basis: { observationId: 'later' } });
  });

  it('lets a dated action prevail over any observation', () => {
    const actions = [action('rat', 'OPSC', 'RATIFICATION', '2024-02-01')];
    const seen = [observation('obs', 'OPSC', 'NOT_PARTY', '2022-06-13')];
    expect(treatyStatusAsOf('OPSC', '2025-01-01', actions, seen)).toMatchObject({ status: 'PARTY', rule: 'CONSENT' });
    // Before the ratification no action counts, and the observation applies.
    expect(treatyStatusAsOf('OPSC', '2023-01-01', actions, seen)).toMatchObject({ status: 'NOT_PARTY', rule: 'OBSERVATION' });
  });

  it('ignores the records of other treaties', () => {
    expect(treatyStatusAsOf('UNTOC', '2020-01-01', argentina, [observation('o', 'PALERMO', 'PARTY', '2001-01-01')]).status).toBe('UNKNOWN');
  });
});

describe('treatyChangeDates', () => {
  it('lists every action and observation date once, in order', () => {
    const actions = [action('rat', 'PALERMO', 'RATIFICATION', '2002-11-19'), action('sig', 'PALERMO', 'SIGNATURE', '2000-12-12'), action('x', 'UNTOC', 'SIGNATURE', '2000-12-12')];
    expect(treatyChangeDates(actions, [observation('o', 'OPSC', 'NOT_PARTY', '2022-06-13')])).toEqual(['2000-12-12', '2002-11-19', '2022-06-13']);
  });
});
