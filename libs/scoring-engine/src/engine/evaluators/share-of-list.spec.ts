import { context, provision } from '../../../testing/builders';
import { evaluateShareOfList } from './share-of-list';

const acts = { kind: 'shareOfList', field: 'acts', list: 'ACTS' } as const;
const pen5 = { kind: 'shareOfList', field: 'aggravatingCircumstances', list: 'AGGRAVATING_CIRCUMSTANCES', items: ['CHILD_VICTIM', 'ORGANISED_GROUP', 'PUBLIC_OFFICIAL'] } as const;

describe('shareOfList evaluator', () => {
  it('takes the union of the provisions in force: 2 + 1 distinct of 5 acts = 0.6', () => {
    const provisions = [
      provision('art-1', { acts: ['RECRUITMENT', 'TRANSPORTATION'] }, { citation: 'Art. 1' }),
      provision('art-2', { acts: ['TRANSPORTATION', 'RECEIPT'], extraActs: ['sale'] }, { citation: 'Art. 2' }),
    ];
    const result = evaluateShareOfList(acts, context({ provisions }));
    expect(result.score).toBeCloseTo(3 / 5, 12);
    expect(result.explanation).toEqual({
      text: 'Art. 1 and Art. 2 cover 3 of the 5 acts; missing: TRANSFER, HARBOURING; also recorded, not counted: sale.',
      key: 'facts.share',
      params: { field: 'acts', covered: ['RECRUITMENT', 'TRANSPORTATION', 'RECEIPT'], missing: ['TRANSFER', 'HARBOURING'], alsoRecorded: ['sale'], count: 3, total: 5 },
    });
    expect(result.evidence.provisions).toEqual(['art-1', 'art-2']);
  });

  it('counts only the listed items (PEN-5: 2 of 3 aggravations), naming the others as not counted', () => {
    const provisions = [provision('art-3', { aggravatingCircumstances: ['CHILD_VICTIM', 'SERIOUS_HARM', 'PUBLIC_OFFICIAL'] })];
    const result = evaluateShareOfList(pen5, context({ provisions }));
    expect(result.score).toBeCloseTo(2 / 3, 12);
    expect(result.explanation.params).toMatchObject({ missing: ['ORGANISED_GROUP'], alsoRecorded: ['SERIOUS_HARM'] });
  });

  it('scores 0 when a provision states an empty list, and 1 when all are covered', () => {
    expect(evaluateShareOfList(acts, context({ provisions: [provision('a', { acts: [] })] })).score).toBe(0);
    const all = provision('a', { acts: ['RECRUITMENT', 'TRANSPORTATION', 'TRANSFER', 'HARBOURING', 'RECEIPT'] }, { citation: 'Art. 145 bis', instrumentTitle: 'Código Penal' });
    expect(evaluateShareOfList(acts, context({ provisions: [all] })).explanation.text).toBe('Art. 145 bis of Código Penal covers all 5 acts.');
  });

  it('does not assess when no provision in force states the list', () => {
    const unrelated = provision('a', { consentIrrelevant: true });
    expect(evaluateShareOfList(acts, context({ provisions: [unrelated] }))).toMatchObject({
      score: null,
      explanation: { key: 'facts.notStated', text: 'No provision in force on 2024-01-01 states the acts covered.' },
      evidence: { provisions: [] },
    });
  });
});
