import request from 'supertest';
import * as vocabulary from '@lexgap/legal-model';
import { LEGAL_FACT_FIELDS } from '@lexgap/legal-model';
import { describeEachEngine } from '../support/each-engine';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Every text a report shows is in the reader's language and written for them: no text falls back
 * to English, no code name of the vocabulary (`consentIrrelevant`, `ORGAN_REMOVAL`, `NOT_ASSESSED`)
 * reaches the page, and no data-engineering note does. Read on the reports of real OAS states as
 * shipped (treaty records and the TIP Report baseline), in every language but English.
 */
const CODE_NAMES: string[] = [
  ...LEGAL_FACT_FIELDS.map((f) => f.name),
  ...(Object.values(vocabulary) as unknown[]).filter((v): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string')).flat(),
  'NOT_ASSESSED',
  'NOT_APPLICABLE',
  'SOURCE_FINDING',
  'AUTOMATIC',
]
  // Words a reader may meet as words ("TIP", "OPSC" are names; a treaty code is shown by its name).
  .filter((name) => name.length > 3 && /[a-z][A-Z]|_|^[A-Z]+$/.test(name))
  .filter((name) => !['PALERMO'].includes(name));

/** The text a reader sees: tags and attributes dropped, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describeEachEngine("reports speak the reader's language", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(() => t.close());

  const get = async (path: string) => {
    const res = await request(t.app.getHttpServer()).get(path);
    expect([path, res.status]).toEqual([path, 200]);
    return res;
  };

  it.each(['es', 'pt', 'fr'])('shows no English fallback, code name or data note in the %s reports of BB, PA, GT, CU and the OAS', async (lang) => {
    expect(CODE_NAMES).toEqual(expect.arrayContaining(['consentIrrelevant', 'meansRequiredForChildren', 'ORGAN_REMOVAL', 'SEX_TRAFFICKING', 'NOT_ASSESSED', 'SECONDARY']));
    for (const path of ['/reports/BB', '/reports/PA', '/reports/GT', '/reports/CU', '/reports/regions/OAS']) {
      const json = (await get(`${path}.json?lang=${lang}`)).body as { provenance: { untranslated: string[] } };
      expect([path, json.provenance.untranslated]).toEqual([path, []]);
      for (const format of ['html', 'md']) {
        const raw = (await get(`${path}.${format}?lang=${lang}`)).text;
        const text = format === 'html' ? visibleText(raw) : raw;
        const leaked = CODE_NAMES.filter((name) => new RegExp(`(?<![\\w-])${name}(?![\\w-])`).test(text));
        expect([path, format, leaked]).toEqual([path, format, []]);
        // Catalogue texts are filled: no placeholder or plural block is left as written.
        expect([path, format, text.match(/\{\w+(?:, plural,[^}]*)?\}/g)]).toEqual([path, format, null]);
        // Data-engineering notes stay in the data: the shipped treaty records' notes say how a date was derived.
        expect([path, format, /observed_on|as_of|HEAD [0-9a-f]{7}|_Ratified|crawled/.test(text)]).toEqual([path, format, false]);
      }
    }
  });

  it('writes Spanish plurals and sentences as a reader expects', async () => {
    const text = visibleText((await get('/reports/GT.html?lang=es')).text);
    expect(text).not.toMatch(/\b1 (puntos|brechas|criterios)\b/);
    // Every explanation sentence starts with a capital letter after the method's label.
    const explanations = [...text.matchAll(/(?:Automático, a partir de la legislación y los actos relativos a tratados registrados|Evaluación de expertos, revisada y aprobada)\. (\S)/g)].map(
      (m) => m[1],
    );
    expect(explanations.length).toBeGreaterThan(3);
    expect(explanations.filter((c) => c !== c.toLocaleUpperCase('es'))).toEqual([]);
  });
});
