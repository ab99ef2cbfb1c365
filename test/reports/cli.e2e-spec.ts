import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliOnSqlite } from '../support/cli';

/** Every link of an HTML file that is not to a web address or within the page, without its fragment. */
function relativeLinks(html: string): string[] {
  return [...html.matchAll(/\bhref="([^"]*)"/g)]
    .map((m) => m[1].replace(/&amp;/g, '&').replace(/&#x3D;/g, '='))
    .filter((href) => !/^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i.test(href))
    .map((href) => href.split('#')[0]);
}

/** Checks that each HTML file of the folder links only to files in it; returns the links of each. */
function expectLinksResolve(out: string): Record<string, string[]> {
  const links: Record<string, string[]> = {};
  for (const file of readdirSync(out).filter((f) => f.endsWith('.html'))) {
    links[file] = relativeLinks(readFileSync(join(out, file), 'utf8'));
    expect({ file, missing: links[file].filter((href) => href === '' || !existsSync(join(out, href))) }).toEqual({ file, missing: [] });
  }
  return links;
}

/** The CLI's report command on SQLite (the services behind it are tested on both engines). */
describe('the CLI report command', () => {
  const cli = cliOnSqlite('lexgap-cli-reports-');
  const run = cli.run;
  beforeAll(() => cli.start());
  afterAll(() => cli.stop());

  it("writes one jurisdiction's reports in each language and format asked, linked to each other", () => {
    const out = join(cli.dir(), 'one');
    const result = run(['report', 'ht', '--format', 'html,md,json', '--lang', 'fr,en', '--out', out, '--as-of', '2020-01-01']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^6 report file\\(s\\) and 2 index page\\(s\\) \\(index.html\\) written to ${out} in \\d+ ms\\n$`));
    expect(readdirSync(out).sort()).toEqual(['HT.en.html', 'HT.en.json', 'HT.en.md', 'HT.fr.html', 'HT.fr.json', 'HT.fr.md', 'index.en.html', 'index.html']);
    const html = readFileSync(join(out, 'HT.fr.html'), 'utf8');
    expect(html).toContain('<h1>Haïti</h1>');
    expect(html).toContain('href="HT.en.html"');
    expect(html).toContain('href="HT.fr.md"');
    expect(html).toContain('href="index.html"');
    // No PDF was written, and no Spanish or Portuguese version: nothing links to them.
    expect(html).not.toContain('HT.fr.pdf');
    expect(html).not.toContain('HT.es.html');
    const links = expectLinksResolve(out);
    expect(links['HT.fr.html']).toEqual(expect.arrayContaining(['HT.en.html', 'HT.fr.md', 'HT.fr.json', 'index.html']));
    expect(links['HT.en.html']).toContain('index.en.html');
    // The index (the first language asked, French) lists what was written, in the formats written.
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toMatch(/<html lang="fr">/);
    expect(index).toContain('Les rapports écrits dans ce dossier');
    expect(new Set(links['index.html'])).toEqual(new Set(['index.en.html', 'HT.fr.html', 'HT.fr.md', 'HT.fr.json']));
    expect((index.match(/<tr>\s*<th scope="row">/g) ?? []).length).toBe(1);
    expect(new Set(links['index.en.html'])).toEqual(new Set(['index.html', 'HT.en.html', 'HT.en.md', 'HT.en.json']));
    const json = JSON.parse(readFileSync(join(out, 'HT.fr.json'), 'utf8'));
    expect(json).toMatchObject({ kind: 'country', lang: 'fr', asOf: '2020-01-01', jurisdiction: { code: 'HT', name: 'Haïti' } });
    expect(JSON.parse(readFileSync(join(out, 'HT.en.json'), 'utf8')).provenance.contentHash).toBe(json.provenance.contentHash);
  });

  it("writes a region's report and one per member", () => {
    const out = join(cli.dir(), 'oas');
    const result = run(['report', '--region', 'OAS', '--format', 'md', '--lang', 'es', '--out', out]);
    expect(result.status).toBe(0);
    const files = readdirSync(out);
    expect(files).toHaveLength(37);
    expect(files).toContain('region-OAS.es.md');
    expect(files).toContain('index.html');
    expect(readFileSync(join(out, 'region-OAS.es.md'), 'utf8')).toMatch(/^# Organización de los Estados Americanos\n/);
    // Markdown only: the index links each Markdown file written, the regional one among them, and nothing else.
    const links = expectLinksResolve(out);
    expect(new Set(links['index.html'])).toEqual(new Set(files.filter((f) => f.endsWith('.md'))));
  });

  it('writes HTML that links only to files it wrote: the regional report to its members, none to a language or format not asked', () => {
    const out = join(cli.dir(), 'caribbean');
    const result = run(['report', '--region', '029', '--format', 'html', '--lang', 'es', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const files = readdirSync(out);
    expect(files).toContain('region-029.es.html');
    expect(files).toContain('HT.es.html');
    const links = expectLinksResolve(out);
    expect(links['region-029.es.html']).toContain('HT.es.html');
    expect(links['region-029.es.html']).toContain('index.html');
    expect(new Set(links['index.html'])).toEqual(new Set(files.filter((f) => f !== 'index.html')));
    for (const html of Object.keys(links)) expect(links[html].filter((l) => /\.(?:en|pt|fr)\.|\.(?:pdf|md|json)$/.test(l))).toEqual([]);
  });

  it("writes a country's sub-national report and one per unit, linked to each other", () => {
    const out = join(cli.dir(), 'units-ca');
    const result = run(['report', '--units', 'ca', '--format', 'html,md', '--lang', 'fr', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const files = readdirSync(out);
    // The 13 shipped provinces and territories of Canada, the sub-national report, the index; in two formats.
    expect(files.filter((f) => /^CA-[A-Z]{2}\.fr\.html$/.test(f))).toHaveLength(13);
    expect(files).toEqual(expect.arrayContaining(['units-CA.fr.html', 'units-CA.fr.md', 'index.html']));
    const links = expectLinksResolve(out);
    expect(links['units-CA.fr.html']).toEqual(expect.arrayContaining(['CA-QC.fr.html', 'units-CA.fr.md', 'index.html']));
    expect(readFileSync(join(out, 'units-CA.fr.md'), 'utf8')).toContain('Québec');
    const unit = run(['report', '--units', 'CA-QC', '--out', join(cli.dir(), 'units-unit')]);
    expect(unit.status).toBe(1);
    expect(unit.stderr).toContain('lexgap: --units: must name a country; CA-QC is a unit of CA');
    expect(existsSync(join(cli.dir(), 'units-unit'))).toBe(false);
  });

  it('answers wrong usage with exit code 2 and a missing browser for PDFs with exit code 1, writing nothing', () => {
    expect(run(['report']).status).toBe(2);
    expect(run(['report', 'HT', '--all']).status).toBe(2);
    const format = run(['report', 'HT', '--format', 'docx']);
    expect(format.status).toBe(2);
    expect(format.stderr).toMatch(/--format must be one of html, md, pdf, json/);
    expect(run(['report', 'HT', '--lang', 'de']).status).toBe(2);
    const out = join(cli.dir(), 'none');
    const pdf = run(['report', 'HT', '--format', 'pdf', '--out', out], { LEXGAP_CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(pdf.status).toBe(1);
    expect(pdf.stderr).toContain('/nonexistent/chromium');
    expect(existsSync(out)).toBe(false);
    const unknown = run(['report', 'ZZ', '--out', out]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/Jurisdiction "ZZ" was not found/);
  });
});
