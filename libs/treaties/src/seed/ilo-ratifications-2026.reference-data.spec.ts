import { projectRoot, todayIso } from '@lexgap/platform';
import { parse } from 'csv-parse/sync';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueTreaty } from '../treaty-catalogue';
import { ILO_RATIFICATIONS_2026, iloRatifications2026Rows, treatyObservationKey } from './ilo-ratifications-2026.reference-data';
import { referenceDataProblems } from './treaties.reference-data';

/** sha256 of the files as shipped before the 2026 ILO rows (commit d33ba2c): what databases seeded earlier hold. */
const SHIPPED_BEFORE = {
  'treaty-actions.csv': '294f1733247ece1102774831bc75e73e43c2b4beb1d582f1b29c9bf3b2456e0d',
  'treaty-status-observations.csv': 'fcd53b87873cc4ad48c8716ad93edfece7eb302d5a76ba568ef374ce523efe8d',
};

/** The file without the rows whose natural key is listed, line by line (no field of these files spans lines). */
function without(file: keyof typeof SHIPPED_BEFORE, keys: readonly string[], keyOf: (cells: Record<string, string>) => string): string {
  const text = readFileSync(join(projectRoot(), 'reference-data', file), 'utf8');
  const [header, ...lines] = text.split('\n');
  const columns = parse(header)[0] as string[];
  const listed = new Set(keys);
  const kept = lines.filter((line) => {
    if (line === '') return true;
    const cells = parse(line)[0] as string[];
    return !listed.has(keyOf(Object.fromEntries(columns.map((c, i) => [c, cells[i]]))));
  });
  return [header, ...kept].join('\n');
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the ilo-ratifications-2026 seed set', () => {
  const rows = iloRatifications2026Rows();

  it('names rows of the shipped files, each once', () => {
    expect(new Set(ILO_RATIFICATIONS_2026.actions).size).toBe(ILO_RATIFICATIONS_2026.actions.length);
    expect(new Set(ILO_RATIFICATIONS_2026.observations).size).toBe(ILO_RATIFICATIONS_2026.observations.length);
    expect(rows.actions).toHaveLength(89);
    expect(rows.observations).toHaveLength(7);
  });

  it('names every row added since the files databases were seeded with: without them, the files are those, byte for byte', () => {
    const actionKey = (r: Record<string, string>) => `${r.jurisdiction}|${r.treaty}|${r.action}|${r.date}`;
    const observationKey = (r: Record<string, string>) => treatyObservationKey({ jurisdictionCode: r.jurisdiction, treatyCode: r.treaty, observedOn: r.observed_on, status: r.status });
    expect(sha256(without('treaty-actions.csv', ILO_RATIFICATIONS_2026.actions, actionKey))).toBe(SHIPPED_BEFORE['treaty-actions.csv']);
    expect(sha256(without('treaty-status-observations.csv', ILO_RATIFICATIONS_2026.observations, observationKey))).toBe(SHIPPED_BEFORE['treaty-status-observations.csv']);
  });

  it('adds ILO ratifications and not-party observations only, none a SIGNATURE or dated before the instrument was adopted', () => {
    expect(rows.actions.every((r) => r.treaty.startsWith('ILO-') && r.action === 'RATIFICATION')).toBe(true);
    expect(rows.observations.every((r) => r.treaty.startsWith('ILO-') && r.status === 'NOT_PARTY')).toBe(true);
    expect(referenceDataProblems(rows.actions, rows.observations, todayIso())).toEqual([]);
    const year = (d: string) => d.slice(0, 4);
    for (const r of rows.actions) expect(year(r.date) >= year(catalogueTreaty(r.treaty)!.adoptedOn)).toBe(true);
    for (const r of rows.observations) expect(r.observed_on >= catalogueTreaty(r.treaty)!.adoptedOn).toBe(true);
  });

  it("dates Antigua and Barbuda's P029 ratification 2021-07-28 (the day, over the partial file's year 2022)", () => {
    expect(rows.actions.filter((r) => r.jurisdiction === 'AG' && r.treaty === 'ILO-P029')).toEqual([expect.objectContaining({ date: '2021-07-28', date_precision: 'DAY', action: 'RATIFICATION' })]);
  });

  it('marks verified only what rests on an ILO page, and explains every unverified row', () => {
    for (const r of [...rows.actions, ...rows.observations]) {
      if (r.verified === 'true') expect(r.source_citation).toMatch(/^ILO /);
      else expect(r.note).toMatch(/not checked against the ILO's record\./i);
    }
  });

  it('ships no C105 status inferred from a list of the states that had not ratified (DERIVED)', () => {
    const inferred = ['CO', 'CR', 'DO', 'SV', 'GT', 'GY', 'HT', 'MX', 'PY', 'PE', 'KN'];
    expect([...rows.actions, ...rows.observations].filter((r) => r.treaty === 'ILO-C105' && inferred.includes(r.jurisdiction))).toEqual([]);
  });
});
