/**
 * The treaties of API.md. Titles and references are the depositaries' own; the URLs are the
 * depositaries' status pages (UN Treaty Collection, ILO NORMLEX).
 *
 * `adoptedOn` is the date the text was adopted: before it the treaty did not exist, so nothing
 * recorded under it applies (libs/scoring-engine/src/treaty-status.ts, rule 0) and no action may be
 * dated earlier (treaty.rules.ts). Sources:
 * - UN treaties: the General Assembly resolution that adopted the text, and the date in the UN
 *   Treaty Collection's title of the treaty ("New York, 15 November 2000"; as copied in
 *   zmjones/untreaties `index.csv`, the source of reference-data/SOURCES.md's UNTC rows).
 * - ILO instruments: the adoption date NORMLEX gives on the instrument's page ("Adoption: Geneva,
 *   14th ILC session (28 Jun 1930)"), the day of the International Labour Conference's vote that
 *   the text's own final formula repeats ("adopts this twenty-eighth day of June ...").
 * The years agree with the design's RUBRIC.md ("ILO C029 (1930) + P029 (2014), C105 (1957), C138
 * (1973), C182 (1999), C189 (2011)", "OPSC, 2000", "Palermo Protocol (2000)").
 * A change here needs a migration for databases already seeded (see migrations/*-treaty-adoption.ts).
 */
export const TREATY_CATALOGUE = [
  {
    code: 'PALERMO',
    organisation: 'UN',
    reference: 'XVIII-12-a',
    shortTitle: 'Palermo Protocol',
    title: 'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime',
    url: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12-a&chapter=18&clang=_en',
    // UNGA resolution 55/25, 15 November 2000 (annex II); UNTC: "New York, 15 November 2000".
    adoptedOn: '2000-11-15',
  },
  {
    code: 'UNTOC',
    organisation: 'UN',
    reference: 'XVIII-12',
    shortTitle: 'UNTOC',
    title: 'United Nations Convention against Transnational Organized Crime',
    url: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12&chapter=18&clang=_en',
    // UNGA resolution 55/25, 15 November 2000 (annex I); UNTC: "New York, 15 November 2000".
    adoptedOn: '2000-11-15',
  },
  {
    code: 'OPSC',
    organisation: 'UN',
    reference: 'IV-11-c',
    shortTitle: 'OPSC',
    title: 'Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography',
    url: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-11-c&chapter=4&clang=_en',
    // UNGA resolution 54/263, 25 May 2000 (annex II); UNTC: "New York, 25 May 2000".
    adoptedOn: '2000-05-25',
  },
  ...(
    [
      // [reference, title, NORMLEX instrument id, adoption date as NORMLEX gives it]
      ['C029', 'Forced Labour Convention, 1930 (No. 29)', 312174, '1930-06-28'], // Geneva, 14th ILC session (28 Jun 1930)
      ['P029', 'Protocol of 2014 to the Forced Labour Convention, 1930', 3174672, '2014-06-11'], // Geneva, 103rd ILC session (11 Jun 2014)
      ['C105', 'Abolition of Forced Labour Convention, 1957 (No. 105)', 312250, '1957-06-25'], // Geneva, 40th ILC session (25 Jun 1957)
      ['C138', 'Minimum Age Convention, 1973 (No. 138)', 312283, '1973-06-26'], // Geneva, 58th ILC session (26 Jun 1973)
      ['C182', 'Worst Forms of Child Labour Convention, 1999 (No. 182)', 312327, '1999-06-17'], // Geneva, 87th ILC session (17 Jun 1999)
      ['C189', 'Domestic Workers Convention, 2011 (No. 189)', 2551460, '2011-06-16'], // Geneva, 100th ILC session (16 Jun 2011)
    ] as const
  ).map(([ref, title, normlexId, adoptedOn]) => ({
    code: `ILO-${ref}`,
    organisation: 'ILO',
    reference: ref,
    shortTitle: `ILO ${ref}`,
    title,
    url: `https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:11300:0::NO::P11300_INSTRUMENT_ID:${normlexId}`,
    adoptedOn,
  })),
] as const;

/** The catalogue's entry for a code (as the API and imports normalise it), or undefined. */
export function catalogueTreaty(code: string): (typeof TREATY_CATALOGUE)[number] | undefined {
  const wanted = code.trim().toUpperCase();
  return TREATY_CATALOGUE.find((t) => t.code === wanted);
}

/** Whether a treaty is an ILO instrument: ILO conventions and protocols are ratified, never signed. */
export function isIloTreaty(code: string): boolean {
  return code.trim().toUpperCase().startsWith('ILO-');
}
