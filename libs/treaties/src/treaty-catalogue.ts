/**
 * The treaties of API.md. Titles and references are the depositaries' own; the URLs are the
 * depositaries' status pages (UN Treaty Collection, ILO NORMLEX).
 */
export const TREATY_CATALOGUE = [
  {
    code: 'PALERMO',
    organisation: 'UN',
    reference: 'XVIII-12-a',
    shortTitle: 'Palermo Protocol',
    title: 'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime',
    url: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12-a&chapter=18&clang=_en',
  },
  {
    code: 'UNTOC',
    organisation: 'UN',
    reference: 'XVIII-12',
    shortTitle: 'UNTOC',
    title: 'United Nations Convention against Transnational Organized Crime',
    url: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12&chapter=18&clang=_en',
  },
  {
    code: 'OPSC',
    organisation: 'UN',
    reference: 'IV-11-c',
    shortTitle: 'OPSC',
    title: 'Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography',
    url: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-11-c&chapter=4&clang=_en',
  },
  ...(
    [
      ['C029', 'Forced Labour Convention, 1930 (No. 29)', 312174],
      ['P029', 'Protocol of 2014 to the Forced Labour Convention, 1930', 3174672],
      ['C105', 'Abolition of Forced Labour Convention, 1957 (No. 105)', 312250],
      ['C138', 'Minimum Age Convention, 1973 (No. 138)', 312283],
      ['C182', 'Worst Forms of Child Labour Convention, 1999 (No. 182)', 312327],
      ['C189', 'Domestic Workers Convention, 2011 (No. 189)', 2551460],
    ] as const
  ).map(([ref, title, normlexId]) => ({
    code: `ILO-${ref}`,
    organisation: 'ILO',
    reference: ref,
    shortTitle: `ILO ${ref}`,
    title,
    url: `https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:11300:0::NO::P11300_INSTRUMENT_ID:${normlexId}`,
  })),
] as const;
