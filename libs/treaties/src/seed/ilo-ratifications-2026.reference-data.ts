import { Injectable, Logger } from '@nestjs/common';
import { SYSTEM_SEED_ACTOR } from '@lexgap/audit';
import { WriteRunner } from '@lexgap/jurisdictions';
import { isConsentAction, TreatyActionType } from '@lexgap/legal-model';
import { ReferenceDataSet, todayIso } from '@lexgap/platform';
import { createHash } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { TreatyActionEntity } from '../entities/treaty-action.entity';
import { TreatyStatusObservationEntity } from '../entities/treaty-status-observation.entity';
import { treatyActionKey } from '../treaty.rules';
import { TREATY_ACTION_RECORD, TREATY_OBSERVATION_RECORD } from '../treaty.writes';
import { readTreatyReferenceData, referenceDataProblems, TreatyActionReferenceRow, TreatyObservationReferenceRow, treatyActionOf, treatyObservationOf } from './treaties.reference-data';

/**
 * The rows that the completed ILO ratifications (reference-data/SOURCES.md, "ILO ratifications added in 2026") added
 * to the shipped treaty files, by natural key: actions `jurisdiction|treaty|type|date`, observations
 * `jurisdiction|treaty|observedOn|status`. Frozen once released: a database that has loaded this set never loads it
 * again, so rows shipped later need a set of their own. The spec checks that the shipped files minus these rows are
 * the files shipped before them, byte for byte.
 */
export const ILO_RATIFICATIONS_2026 = {
  actions: [
    'AG|ILO-C105|RATIFICATION|1983-02-02',
    'AG|ILO-C138|RATIFICATION|1983-03-17',
    'AG|ILO-C182|RATIFICATION|2002-01-01',
    'AG|ILO-P029|RATIFICATION|2021-07-28',
    'BO|ILO-C029|RATIFICATION|2005-05-31',
    'BO|ILO-C105|RATIFICATION|1990-06-11',
    'BO|ILO-C138|RATIFICATION|1997-06-11',
    'BS|ILO-C029|RATIFICATION|1976-01-01',
    'BS|ILO-C105|RATIFICATION|1976-05-25',
    'BS|ILO-C138|RATIFICATION|2001-10-31',
    'BS|ILO-C182|RATIFICATION|2001-01-01',
    'BZ|ILO-C029|RATIFICATION|1983-01-01',
    'BZ|ILO-C105|RATIFICATION|1983-12-15',
    'BZ|ILO-C138|RATIFICATION|2000-03-06',
    'CA|ILO-C029|RATIFICATION|2011-01-01',
    'CA|ILO-C105|RATIFICATION|1959-07-14',
    'CA|ILO-C138|RATIFICATION|2016-06-08',
    'CA|ILO-C182|RATIFICATION|2000-01-01',
    'CA|ILO-P029|RATIFICATION|2019-06-17',
    'CL|ILO-C029|RATIFICATION|1933-01-01',
    'CL|ILO-C105|RATIFICATION|1999-01-01',
    'CL|ILO-C138|RATIFICATION|1999-02-01',
    'CL|ILO-C182|RATIFICATION|2000-07-17',
    'CL|ILO-P029|RATIFICATION|2021-01-19',
    'CO|ILO-C029|RATIFICATION|1969-01-01',
    'CO|ILO-C138|RATIFICATION|2001-02-02',
    'CR|ILO-C029|RATIFICATION|1960-01-01',
    'CR|ILO-C138|RATIFICATION|1976-06-11',
    'CR|ILO-C182|RATIFICATION|2001-09-10',
    'CR|ILO-P029|RATIFICATION|2020-11-16',
    'CU|ILO-C029|RATIFICATION|1953-01-01',
    'CU|ILO-C105|RATIFICATION|1958-06-02',
    'CU|ILO-C138|RATIFICATION|1975-03-07',
    'CU|ILO-C182|RATIFICATION|2015-09-28',
    'DM|ILO-C029|RATIFICATION|1983-01-01',
    'DM|ILO-C105|RATIFICATION|1983-01-01',
    'DO|ILO-C029|RATIFICATION|1956-01-01',
    'EC|ILO-C029|RATIFICATION|1954-01-01',
    'EC|ILO-C105|RATIFICATION|1962-01-01',
    'GD|ILO-C105|RATIFICATION|1979-01-01',
    'GD|ILO-C182|RATIFICATION|2003-01-01',
    'GT|ILO-C029|RATIFICATION|1989-06-13',
    'GT|ILO-C138|RATIFICATION|1990-04-27',
    'GT|ILO-C182|RATIFICATION|2001-10-11',
    'GY|ILO-C029|RATIFICATION|1966-01-01',
    'HN|ILO-C029|RATIFICATION|1957-02-21',
    'HN|ILO-C105|RATIFICATION|1958-08-04',
    'HN|ILO-C138|RATIFICATION|1980-06-09',
    'HN|ILO-C182|RATIFICATION|2001-10-25',
    'HT|ILO-C029|RATIFICATION|1958-01-01',
    'JM|ILO-C029|RATIFICATION|1962-01-01',
    'JM|ILO-C105|RATIFICATION|1962-01-01',
    'JM|ILO-P029|RATIFICATION|2017-06-13',
    'KN|ILO-C029|RATIFICATION|2000-01-01',
    'KN|ILO-C138|RATIFICATION|2005-01-01',
    'KN|ILO-C182|RATIFICATION|2000-01-01',
    'LC|ILO-C029|RATIFICATION|1980-01-01',
    'MX|ILO-C029|RATIFICATION|1934-01-01',
    'MX|ILO-C138|RATIFICATION|2015-01-01',
    'MX|ILO-C182|RATIFICATION|2000-01-01',
    'MX|ILO-P029|RATIFICATION|2023-06-11',
    'NI|ILO-C029|RATIFICATION|1934-01-01',
    'NI|ILO-C105|RATIFICATION|1967-01-01',
    'PA|ILO-C029|RATIFICATION|1966-05-01',
    'PA|ILO-C105|RATIFICATION|1966-05-01',
    'PE|ILO-C029|RATIFICATION|1960-01-01',
    'PE|ILO-C138|RATIFICATION|2002-11-13',
    'PE|ILO-C182|RATIFICATION|2002-01-10',
    'PE|ILO-P029|RATIFICATION|2021-06-18',
    'PY|ILO-C029|RATIFICATION|1967-01-01',
    'SR|ILO-C029|RATIFICATION|1976-01-01',
    'SR|ILO-C105|RATIFICATION|1976-01-01',
    'SR|ILO-P029|RATIFICATION|2019-06-03',
    'SV|ILO-C029|RATIFICATION|1995-01-01',
    'TT|ILO-C138|RATIFICATION|2004-09-03',
    'TT|ILO-C182|RATIFICATION|2003-04-23',
    'US|ILO-C105|RATIFICATION|1991-01-01',
    'US|ILO-C182|RATIFICATION|1999-01-01',
    'UY|ILO-C029|RATIFICATION|1995-09-06',
    'UY|ILO-C105|RATIFICATION|1968-11-22',
    'UY|ILO-C138|RATIFICATION|1977-01-01',
    'UY|ILO-C182|RATIFICATION|2001-08-03',
    'VC|ILO-C029|RATIFICATION|1998-10-21',
    'VC|ILO-C105|RATIFICATION|1998-10-21',
    'VC|ILO-C182|RATIFICATION|2001-12-04',
    'VE|ILO-C029|RATIFICATION|1944-01-01',
    'VE|ILO-C105|RATIFICATION|1964-01-01',
    'VE|ILO-C138|RATIFICATION|1987-01-01',
    'VE|ILO-C182|RATIFICATION|2005-01-01',
  ],
  observations: [
    'CU|ILO-P029|2015-09-28|NOT_PARTY',
    'GD|ILO-P029|2018-01-01|NOT_PARTY',
    'PY|ILO-P029|2019-01-01|NOT_PARTY',
    'US|ILO-C029|2011-06-16|NOT_PARTY',
    'US|ILO-C138|2011-06-16|NOT_PARTY',
    'US|ILO-C189|2011-06-16|NOT_PARTY',
    'UY|ILO-P029|2018-01-01|NOT_PARTY',
  ],
} as const;

/** The natural key of a status observation: one status of one state under one treaty on one day. */
export function treatyObservationKey(o: { jurisdictionCode: string; treatyCode: string; observedOn: string; status: string }): string {
  return `${o.jurisdictionCode}|${o.treatyCode}|${o.observedOn}|${o.status}`;
}

/**
 * The ILO ratifications and not-party observations added in 2026, for databases seeded before them. SeedService loads
 * a set once per database, so the `treaties` set, already loaded there, never brings them. This set inserts the rows
 * of ILO_RATIFICATIONS_2026 a database lacks, by natural key, through the writers (audited; the stored scorecards of
 * each state it adds to end). A fresh database gets them from `treaties`, and this set then adds nothing: both end
 * with the same rows.
 *
 * It never updates or deletes. A ratification is not added where the database already records another consent of
 * that state to that instrument (one an expert recorded or corrected): the expert's record stands, and the row
 * skipped is logged.
 */
@Injectable()
export class IloRatifications2026ReferenceData implements ReferenceDataSet {
  readonly name = 'ilo-ratifications-2026';
  readonly dependsOn = ['treaties'];
  private readonly logger = new Logger(IloRatifications2026ReferenceData.name);

  constructor(private readonly writes: WriteRunner) {}

  contentHash(): string {
    return createHash('sha256').update(JSON.stringify(iloRatifications2026Rows())).digest('hex');
  }

  async load(manager: EntityManager): Promise<number> {
    const shipped = readTreatyReferenceData();
    const problems = referenceDataProblems(shipped.actions.rows, shipped.observations.rows, todayIso());
    if (problems.length) throw new Error(`The shipped treaty data breaks the treaty rules:\n${problems.join('\n')}`);
    const { actions, observations } = iloRatifications2026Rows(shipped);
    const treaties = [...new Set([...actions.map((r) => r.treaty), ...observations.map((r) => r.treaty)])];

    const recorded = await manager.find(TreatyActionEntity, { where: { treatyCode: In(treaties) }, select: { jurisdictionCode: true, treatyCode: true, type: true, date: true } });
    const recordedKeys = new Set(recorded.map((a) => treatyActionKey({ ...a, date: isoDay(a.date) })));
    const consented = new Set(recorded.filter((a) => isConsentAction(a.type)).map((a) => `${a.jurisdictionCode}|${a.treatyCode}`));
    const observed = await manager.find(TreatyStatusObservationEntity, { where: { treatyCode: In(treaties) }, select: { jurisdictionCode: true, treatyCode: true, observedOn: true, status: true } });
    const observedKeys = new Set(observed.map((o) => treatyObservationKey({ ...o, observedOn: isoDay(o.observedOn) })));

    const now = new Date();
    const newActions = actions
      .filter((r) => !recordedKeys.has(actionRowKey(r)))
      .filter((r) => {
        const other = isConsentAction(r.action as TreatyActionType) && consented.has(`${r.jurisdiction}|${r.treaty}`);
        if (other) this.logger.warn(`Not added: ${actionRowKey(r)} (the database records another consent of ${r.jurisdiction} to ${r.treaty}; it stands)`);
        return !other;
      })
      .map((r) => treatyActionOf(r, now));
    const newObservations = observations.filter((r) => !observedKeys.has(observationRowKey(r))).map((r) => treatyObservationOf(r, now));
    if (newActions.length + newObservations.length === 0) return 0;
    await this.writes.within(manager, SYSTEM_SEED_ACTOR, 'seed', async (w) => {
      await w.create(
        TREATY_ACTION_RECORD,
        newActions.map((row) => ({ row, jurisdiction: row.jurisdictionCode })),
      );
      await w.create(
        TREATY_OBSERVATION_RECORD,
        newObservations.map((row) => ({ row, jurisdiction: row.jurisdictionCode })),
      );
    });
    return newActions.length + newObservations.length;
  }
}

/** The shipped rows ILO_RATIFICATIONS_2026 names, in its order; a key the shipped files lack is an error. */
export function iloRatifications2026Rows(shipped = readTreatyReferenceData()): { actions: TreatyActionReferenceRow[]; observations: TreatyObservationReferenceRow[] } {
  const pick = <Row>(keys: readonly string[], rows: Row[], keyOf: (r: Row) => string, file: string): Row[] => {
    const byKey = new Map(rows.map((r) => [keyOf(r), r]));
    return keys.map((k) => {
      const row = byKey.get(k);
      if (!row) throw new Error(`reference-data/${file} has no row ${k}, which the ilo-ratifications-2026 seed set adds`);
      return row;
    });
  };
  return {
    actions: pick(ILO_RATIFICATIONS_2026.actions, shipped.actions.rows, actionRowKey, 'treaty-actions.csv'),
    observations: pick(ILO_RATIFICATIONS_2026.observations, shipped.observations.rows, observationRowKey, 'treaty-status-observations.csv'),
  };
}

function actionRowKey(r: TreatyActionReferenceRow): string {
  return treatyActionKey({ jurisdictionCode: r.jurisdiction, treatyCode: r.treaty, type: r.action, date: r.date });
}

function observationRowKey(r: TreatyObservationReferenceRow): string {
  return treatyObservationKey({ jurisdictionCode: r.jurisdiction, treatyCode: r.treaty, observedOn: r.observed_on, status: r.status });
}

/** A date column as stored: `YYYY-MM-DD` (a driver may hand back a Date). */
function isoDay(value: string | Date): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}
