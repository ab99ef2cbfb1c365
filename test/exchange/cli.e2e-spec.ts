import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { csv, INSTRUMENTS_CSV } from './exchange-support';

const CLI = resolve('dist/apps/cli/src/main.js');

/** The CLI's import and export commands on SQLite (the commands are engine-agnostic; the services are tested on both). */
describe('the CLI import and export commands', () => {
  let dir: string;
  const run = (args: string[]) =>
    spawnSync(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', DATABASE_URL: `sqlite:${join(dir, 'cli.sqlite')}`, LOG_LEVEL: 'silent' }, encoding: 'utf8', timeout: 120_000 });
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: npm test builds it first`);
    dir = mkdtempSync(join(tmpdir(), 'lexgap-cli-exchange-'));
    expect(run(['seed']).status).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a file, printing the counts; prints each problem as "row N, column C" with exit code 1', () => {
    const instruments = run(['import', file('instruments.csv', INSTRUMENTS_CSV), '--kind', 'instruments']);
    expect(instruments.stderr).toBe('');
    expect(instruments.status).toBe(0);
    expect(instruments.stdout).toMatch(/instruments from .*instruments\.csv: 2 row\(s\); 1 created, 0 updated, 0 unchanged/);

    const rows = [
      ['jurisdiction', 'instrument_key', 'key', 'citation', 'text', 'in_force_from'],
      ['AR', 'fixture-code', 'art-1', 'Art. 1', 'Fixture.', '2013-01-01'],
      ['AR', 'fixture-code', 'art-2', 'Art. 2', 'Fixture.', '01/02/2013'],
    ];
    const bad = run(['import', file('provisions.csv', csv(rows)), '--kind', 'provisions']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^row 3, column in_force_from: \("01\/02\/2013"\) is ambiguous/m);
    expect(bad.stderr).toMatch(/1 problem\(s\) in .*: nothing was imported/);

    rows[2][5] = '2013-02-01';
    const path = file('provisions.csv', csv(rows));
    expect(run(['import', path, '--kind', 'provisions', '--dry-run']).stdout).toMatch(/2 row\(s\) checked; dry run, nothing written \(would be 2 created, 0 updated, 0 unchanged\)/);
    expect(run(['import', path, '--kind', 'provisions']).stdout).toMatch(/2 row\(s\); 2 created/);
    const again = run(['import', path, '--kind', 'provisions', '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ kind: 'provisions', rows: 2, created: 0, updated: 0, unchanged: 2, problems: [] });
  });

  it('answers wrong usage with exit code 2', () => {
    expect(run(['import', file('x.csv', 'a\n1\n'), '--kind', 'statutes']).status).toBe(2);
    expect(run(['import', join(dir, 'missing.csv'), '--kind', 'provisions']).status).toBe(2);
    expect(run(['import', file('y.csv', 'a\n1\n')]).status).toBe(2);
    expect(run(['import', file('z.csv', 'a\n1\n'), '--kind', 'provisions', '--format', 'ods']).status).toBe(2);
    expect(run(['export', 'laws', '--out', join(dir, 'x.csv')]).status).toBe(2);
  });

  it('exports scorecards as XLSX and rankings as CSV', async () => {
    const out = join(dir, 'oas.xlsx');
    const exported = run(['export', 'scorecards', '--region', 'OAS', '--as-of', '2024-06-30', '--out', out]);
    expect(exported.status).toBe(0);
    expect(exported.stdout).toMatch(/scorecards: 35 row\(s\) written to .*oas\.xlsx \(XLSX/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as never);
    expect(workbook.worksheets.map((w) => w.name.split(' ')[0])).toEqual(['About', 'Summary', 'PAL', 'ILO', 'PEN', 'CST', 'Criteria']);
    const rankings = run(['export', 'rankings', '--region', 'OAS', '--as-of', '2024-06-30', '--format', 'csv', '--out', '-']);
    expect(rankings.status).toBe(0);
    expect(rankings.stdout.split('\r\n')[0]).toBe(
      '\uFEFFrubric_id,rubric_version,as_of,region,rank,unranked_reason,jurisdiction,name,score,score_lower,score_upper,band,coverage,pal_score,ilo_score,pen_score,cst_score',
    );
  });
});
