import { provision } from '../../../testing/builders';
import { loadShippedRubric } from '../../../testing/shipped-rubric';
import { scoreJurisdiction } from '../score-jurisdiction';
import { preferReadingsOfTheText } from './source-precedence';

/**
 * A fictional state "ZZ" known first through a report (SECONDARY, as the shipped TIP baseline
 * records it: "up to 15 years, or a fine; no border crossing required"), then partly read from
 * the text by an expert (PRIMARY: the amended article requires imprisonment of 4 to 12 years).
 */
const report = provision(
  'tip.trafficking-offence',
  {
    borderCrossingRequired: false,
    penalties: [
      { offence: 'TRAFFICKING', imprisonmentMaxYears: 15, fine: true, fineInLieuOfImprisonment: true },
      { offence: 'CHILD_TRAFFICKING', lifeImprisonment: true },
    ],
    acts: ['RECRUITMENT'],
    extraActs: ['harbouring a child'],
  },
  { sourceKind: 'SECONDARY', citation: 'Trafficking offence', factsAsOf: '2019-03-31' },
);
const text = provision(
  'art-12',
  { penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 4, imprisonmentMaxYears: 12 }], acts: ['RECRUITMENT', 'TRANSPORTATION'] },
  { citation: 'Art. 12', factsAsOf: '2024-01-01' },
);

describe('a report yields to the text, fact by fact (preferReadingsOfTheText)', () => {
  it('keeps every fact when the report is all there is, and when the text is', () => {
    expect(preferReadingsOfTheText([report])).toEqual([report]);
    expect(preferReadingsOfTheText([text])).toEqual([text]);
  });

  it('drops from the report what the text states (the TRAFFICKING penalty, acts with their extra words) and keeps what it alone tells', () => {
    const [fromReport, fromText] = preferReadingsOfTheText([report, text]);
    expect(fromText).toBe(text);
    expect(fromReport.facts).toEqual({ borderCrossingRequired: false, penalties: [{ offence: 'CHILD_TRAFFICKING', lifeImprisonment: true }] });
  });

  it('scores the text, not the report, where both speak: PEN-1 met, PEN-2 from 12 years, PAL-3 from the two acts; PAL-7 still from the report', () => {
    const rubric = loadShippedRubric();
    const result = (id: string) =>
      scoreJurisdiction(rubric, { jurisdiction: 'ZZ', treatyActions: [], treatyObservations: [], expertResults: [], provisions: [report, text] }, '2024-06-01').criteria.find(
        (c) => c.criterionId === id,
      )!;
    // The report alone would give PEN-1 = 0 (a fine in lieu); the text requires imprisonment → 1.
    expect(result('PEN-1')).toMatchObject({ score: 1, evidence: { provisions: ['art-12'] } });
    // Highest maximum: 12 years from the text (the report's 15 no longer counts) ≥ 4 → 1.
    expect(result('PEN-2')).toMatchObject({ score: 1, explanation: { params: { years: 12 } } });
    // Acts: RECRUITMENT and TRANSPORTATION of the 5 Palermo acts → 2/5 (the report's one act and its extra words yield).
    expect(result('PAL-3')).toMatchObject({ evidence: { provisions: ['art-12'] }, explanation: { params: { alsoRecorded: [] } } });
    // No border crossing: only the report says it, so it still counts, as SECONDARY.
    expect(result('PAL-7')).toMatchObject({ score: 1, evidence: { provisions: ['tip.trafficking-offence'] } });
  });
});
