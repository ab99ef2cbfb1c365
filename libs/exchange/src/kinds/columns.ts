import { CLOSED_LISTS, CONFIDENCE_LEVELS, LEGAL_FACT_FIELDS, LegalFactFieldSpec, MAX_CHILD_AGE_THRESHOLD, SOURCE_KINDS } from '@lexgap/legal-model';
import { ImportKind } from '../import/import-kind';

/** One column of an import template: its snake_case header, whether it is required, what it holds. */
export interface ColumnSpec {
  name: string;
  required?: boolean;
  help: string;
  example: string;
  /** A list whose entries may also be one a line inside the cell: the text rule lets it hold line breaks (each entry is a one-line text). */
  list?: boolean;
}

export interface KindColumns {
  columns: ColumnSpec[];
  /** Groups of which at least one column must be present (and, in each row, filled). */
  oneOf: string[][];
}

const JURISDICTION: ColumnSpec = { name: 'jurisdiction', required: true, help: 'ISO 3166-1 alpha-2 or alpha-3 (AR, ARG) or ISO 3166-2 (MX-CHH); must be recorded', example: 'AR' };
const IN_FORCE_FROM_PRECISION: ColumnSpec = {
  name: 'in_force_from_precision',
  help: 'how much of in_force_from is known: DAY, MONTH or YEAR (blank = DAY); a YEAR date is written as 1 January (2012-01-01)',
  example: 'DAY',
};
const IN_FORCE_TO_PRECISION: ColumnSpec = { name: 'in_force_to_precision', help: 'how much of in_force_to is known: DAY, MONTH or YEAR (blank = DAY); only with in_force_to', example: '' };
const yesNo = (name: string, help: string): ColumnSpec => ({ name, help: `${help}: yes or no (sí/si/sim/oui, non/não, true/false); blank = not stated`, example: 'yes' });
const codes = (name: string, help: string, example: string): ColumnSpec => ({ name, help: `${help}, separated by ; (blank = not stated)`, example });

/** A fact's column name: its field name in snake_case (`consentIrrelevant` → consent_irrelevant). */
export const factColumnName = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The two columns of the forced labour offence (ForcedLabourOffence's two parts). */
export const FORCED_LABOUR_COLUMNS = { imprisonment: 'forced_labour_imprisonment', allSectors: 'forced_labour_all_sectors' } as const;

/** The columns of one legal fact, derived from its entry in the legal model's table. */
function factColumns(spec: LegalFactFieldSpec): (ColumnSpec & { field: string })[] {
  const name = factColumnName(spec.name);
  const field = spec.name;
  const what = spec.description.replace(/\.$/, '');
  switch (spec.kind) {
    case 'list':
      return [{ field, ...codes(name, `${what}: ${CLOSED_LISTS[spec.list].join(' ')}`, spec.example), list: true }];
    case 'extras':
      return [{ field, name, help: `${what}, separated by ; (blank = not stated)`, example: spec.example, list: true }];
    case 'flag':
      return [{ field, ...yesNo(name, what), example: spec.example }];
    case 'age':
      return [{ field, name, help: `${what}: 0-${MAX_CHILD_AGE_THRESHOLD}; blank = not stated`, example: spec.example }];
    case 'penalties':
      return [
        {
          field,
          name,
          help: `${what}, in the penalty grammar (docs/import-export.md): OFFENCE min-max years (min-life or life for life imprisonment), fine, fine-in-lieu, (note); ; between penalties`,
          example: spec.example,
        },
      ];
    case 'forcedLabour':
      // One column per part of the offence: forced_labour_imprisonment and forced_labour_all_sectors.
      return [
        { field, ...yesNo(FORCED_LABOUR_COLUMNS.imprisonment, `forced labour is punished with imprisonment (give ${FORCED_LABOUR_COLUMNS.allSectors} too)`) },
        { field, ...yesNo(FORCED_LABOUR_COLUMNS.allSectors, `the forced labour offence covers every sector, domestic and informal work included (give ${FORCED_LABOUR_COLUMNS.imprisonment} too)`) },
      ];
  }
}

/** The fact columns of a legal-facts import, with the LegalFacts field each fills: one or two per entry of LEGAL_FACT_FIELDS. */
export const FACT_COLUMNS: readonly (ColumnSpec & { field: string })[] = (LEGAL_FACT_FIELDS as readonly LegalFactFieldSpec[]).flatMap(factColumns);

export const KIND_COLUMNS: Record<ImportKind, KindColumns> = {
  [ImportKind.INSTRUMENTS]: {
    oneOf: [
      ['title_original', 'title_en'],
      ['source_url', 'official_citation'],
    ],
    columns: [
      JURISDICTION,
      { name: 'key', required: true, help: 'stable identifier within the jurisdiction: lower-case letters, digits, . _ - (at most 100)', example: 'codigo-penal' },
      { name: 'kind', required: true, help: 'CONSTITUTION, CODE, LAW, DECREE, REGULATION or OTHER', example: 'CODE' },
      { name: 'language', required: true, help: 'BCP 47 language of the official text (es, pt-BR, fr, en, ht)', example: 'es' },
      {
        name: 'title_original',
        help: 'title in the official language (at most 500); this or title_en is required (leave it blank when only the English name is known: do not translate it back)',
        example: 'Código Penal de la Nación Argentina',
      },
      { name: 'title_en', help: 'English title (at most 500); this or title_original is required', example: 'Criminal Code' },
      { name: 'official_citation', help: 'official citation (at most 300); this or source_url is required', example: 'Ley 11.179' },
      { name: 'source_url', help: 'http(s) link to the official text; this or official_citation is required', example: 'https://example.org/gazette/ley-11179' },
      {
        name: 'in_force_from',
        required: true,
        help: 'first day this version is in force (YYYY-MM-DD; the first day of the month or year for lower precision); one row per version',
        example: '1922-04-29',
      },
      { name: 'in_force_to', help: 'first day it is no longer in force (exclusive); blank while in force', example: '' },
      IN_FORCE_FROM_PRECISION,
      IN_FORCE_TO_PRECISION,
      { name: 'amended_by', help: 'citation of the amending act that produced this version (at most 300)', example: 'Ley 26.842' },
    ],
  },
  [ImportKind.PROVISIONS]: {
    oneOf: [],
    columns: [
      JURISDICTION,
      { name: 'instrument_key', required: true, help: 'key of a recorded instrument of the jurisdiction', example: 'codigo-penal' },
      { name: 'key', required: true, help: 'stable identifier of the article within its instrument (lower-case, digits, . _ -)', example: 'art-145-bis' },
      { name: 'citation', required: true, help: 'the citation as the law writes it (at most 100)', example: 'Art. 145 bis' },
      { name: 'heading', help: 'heading of the article (at most 500)', example: 'Trata de personas' },
      {
        name: 'text',
        help: 'the text of this wording (at most 100000 characters); blank when it is not recorded, e.g. the article is known through a report that describes it',
        example: 'Será reprimido con prisión de cuatro (4) a ocho (8) años...',
      },
      { name: 'in_force_from', required: true, help: 'first day this wording is in force (YYYY-MM-DD; the first day of the month or year for lower precision)', example: '2012-12-27' },
      { name: 'in_force_to', help: 'first day it is no longer in force (exclusive); blank while in force', example: '' },
      IN_FORCE_FROM_PRECISION,
      IN_FORCE_TO_PRECISION,
      { name: 'source_url', help: 'http(s) link to the text', example: 'https://example.org/gazette/ley-26842' },
    ],
  },
  [ImportKind.LEGAL_FACTS]: {
    oneOf: [['source_url', 'source_citation']],
    columns: [
      JURISDICTION,
      { name: 'instrument_key', required: true, help: 'key of a recorded instrument', example: 'codigo-penal' },
      { name: 'provision_key', required: true, help: 'key of a recorded provision of that instrument', example: 'art-145-bis' },
      { name: 'provision_in_force_from', help: 'which wording (its in_force_from); may be blank when the article has one wording', example: '2012-12-27' },
      { name: 'as_of', required: true, help: "the date the expert's reading is current to (YYYY-MM-DD)", example: '2024-06-30' },
      { name: 'source_url', help: 'http(s) source of the reading; this or source_citation is required', example: 'https://example.org/gazette/ley-26842' },
      { name: 'source_citation', help: 'citation of the source (3 to 500 characters); this or source_url is required', example: 'Ley 26.842, art. 25' },
      { name: 'note', help: 'a note for readers (at most 5000)', example: '' },
      { name: 'source_kind', help: `where the facts were read: ${SOURCE_KINDS.join(', ')} (the law's text, a report describing it, an expert); blank = PRIMARY`, example: 'PRIMARY' },
      { name: 'confidence', help: `how sure the reader is: ${CONFIDENCE_LEVELS.join(', ')}; blank = not stated`, example: 'HIGH' },
      ...FACT_COLUMNS.map(({ field: _field, ...spec }) => spec),
    ],
  },
  [ImportKind.TREATY_ACTIONS]: {
    oneOf: [['source_url', 'source_citation']],
    columns: [
      JURISDICTION,
      { name: 'treaty', required: true, help: 'PALERMO, UNTOC, OPSC, ILO-C029, ILO-P029, ILO-C105, ILO-C138, ILO-C182 or ILO-C189', example: 'PALERMO' },
      { name: 'action', required: true, help: 'SIGNATURE, RATIFICATION, ACCESSION, SUCCESSION, ACCEPTANCE, APPROVAL or DENUNCIATION', example: 'RATIFICATION' },
      { name: 'date', required: true, help: 'date of the action (YYYY-MM-DD; the first day of the month or year for lower precision)', example: '2002-11-19' },
      { name: 'date_precision', help: 'DAY, MONTH or YEAR (blank = DAY)', example: 'DAY' },
      { name: 'reservations', help: 'text of reservations or declarations', example: '' },
      {
        name: 'source_url',
        help: 'http(s) source; this or source_citation is required',
        example: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12-a&chapter=18&clang=_en',
      },
      { name: 'source_citation', help: 'citation of the source (3 to 500 characters)', example: 'UN Treaty Collection XVIII-12-a' },
      { name: 'as_of', required: true, help: "the date the source's information is current to (YYYY-MM-DD, not before date)", example: '2024-06-30' },
      { name: 'verified', required: true, help: 'checked against the source: yes or no', example: 'yes' },
      { name: 'note', help: 'a note for readers (at most 5000)', example: '' },
    ],
  },
  [ImportKind.ASSESSMENTS]: {
    oneOf: [],
    columns: [
      JURISDICTION,
      { name: 'rubric', help: 'rubric id (blank = tip-legal-framework)', example: 'tip-legal-framework' },
      { name: 'rubric_version', help: 'rubric version (blank = the latest published)', example: '1' },
      { name: 'criterion', required: true, help: 'criterion id of the rubric', example: 'PAL-9' },
      { name: 'result', help: "a value of the criterion's scale (0..1, e.g. 1, 0.5, 0; within 1e-9 of a level is stored as that level); blank only when not_applicable", example: '0.5' },
      { name: 'not_applicable', help: 'yes when the criterion does not apply (blank = no)', example: '' },
      { name: 'rationale', required: true, help: 'why: 20 to 20000 characters a reviewer will check', example: 'Victims are shielded from punishment (art. 5) but residence options are limited.' },
      { name: 'confidence', required: true, help: 'LOW, MEDIUM or HIGH', example: 'MEDIUM' },
      { name: 'provision_keys', help: 'provisions relied on, as instrument_key/provision_key (add @YYYY-MM-DD for one wording of several), separated by ;', example: 'ley-26364/art-5', list: true },
      { name: 'urls', help: 'http(s) links relied on, separated by ; or spaces (at most 20)', example: 'https://example.org/report/residence-permits', list: true },
    ],
  },
};

/** The header row of a kind's template, as shipped in import-templates/<kind>.csv. */
export function templateHeader(kind: ImportKind): string {
  return KIND_COLUMNS[kind].columns.map((c) => c.name).join(',');
}

/** The Markdown table of a kind's columns, as docs/import-export.md shows it (a test keeps the two equal). */
export function columnDocsTable(kind: ImportKind): string {
  const { columns, oneOf } = KIND_COLUMNS[kind];
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = columns.map((c) => {
    const group = oneOf.find((g) => g.includes(c.name));
    const required = c.required ? 'yes' : group ? `one of ${group.map((n) => `\`${n}\``).join(' / ')}` : '';
    return `| \`${c.name}\` | ${required} | ${cell(c.help)} | ${c.example ? `\`${c.example}\`` : ''} |`;
  });
  return ['| column | required | holds | example |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
