import type { Penalty } from '@lexgap/legal-model';
import { evidence, provision } from '../../testing/builders';
import { loadShippedRubric } from '../../testing/shipped-rubric';
import { scoreJurisdiction } from './score-jurisdiction';

/**
 * The penalty criteria of the shipped rubric v1 read as a lawyer reads a penalty: as the sentence a
 * court may impose (docs/scoring.md, "Penalties: the sentence a court may impose"). Parameters:
 * PEN-2 a maximum of at least 4 years (UNTOC Art. 2(b)); PEN-4 a lowest sentence of 4 years (1) or
 * 2 years (0.5); PEN-3 the lowest sentence against 80 % of the rape minimum. Each penalty is written
 * in the import grammar (libs/exchange/src/read/penalties.ts) above its record.
 */
const ASOF = '2024-01-01';
const rubric = loadShippedRubric();

/** The PEN results for provisions Art. 1, Art. 2, … of Código Penal, each stating the penalties given. */
function pen(...penaltiesByProvision: Penalty[][]) {
  const provisions = penaltiesByProvision.map((penalties, i) => provision(`art-${i + 1}`, { penalties }, { citation: `Art. ${i + 1}`, instrumentTitle: 'Código Penal' }));
  const card = scoreJurisdiction(rubric, evidence({ provisions }), ASOF);
  return (id: string) => card.criteria.find((c) => c.criterionId === id)!;
}

const RAPE_6_15: Penalty = { offence: 'RAPE', imprisonmentMinYears: 6, imprisonmentMaxYears: 15 };

describe('penalties read as the sentence a court may impose (rubric v1)', () => {
  it('`TRAFFICKING 4+`: an open-ended term of at least 4 years has a maximum of at least 4 → PEN-2 MET', () => {
    // At least 4 years, no maximum stated: a court may impose 4 years or more, so the maximum is ≥ 4 ≥ 4 → 1.
    // (The lowest sentence is exactly the stated minimum 4 ≥ 4, so PEN-4 is met too.)
    const result = pen([{ offence: 'TRAFFICKING', imprisonmentMinYears: 4 }]);
    expect(result('PEN-2')).toMatchObject({ status: 'MET', score: 1, evidence: { provisions: ['art-1'] } });
    expect(result('PEN-2').explanation).toEqual({
      key: 'penalty.maxOpenEnded',
      params: { offences: ['TRAFFICKING'], years: 4, required: 4, citations: ['Art. 1, Código Penal'] },
      text: 'The penalty for TRAFFICKING is at least 4 years, with no maximum stated (Art. 1 of Código Penal), so a court may impose at least 4 years: the maximum is at least the 4 years required.',
    });
    expect(result('PEN-4')).toMatchObject({ status: 'MET', score: 1, explanation: { key: 'penalty.minFull' } });
  });

  it('`TRAFFICKING 3+`: a minimum below 4 with no maximum says nothing certain about the maximum → PEN-2 NOT_ASSESSED', () => {
    // At least 3 years: the maximum is ≥ 3, which may or may not reach 4. Unknown is never 0.
    expect(pen([{ offence: 'TRAFFICKING', imprisonmentMinYears: 3 }])('PEN-2')).toMatchObject({ status: 'NOT_ASSESSED', score: null, explanation: { key: 'penalty.maxNotStated' } });
  });

  it('`TRAFFICKING 4-8 fine-in-lieu`: a fine may replace the prison term, so the lowest sentence is none → PEN-4 0, PEN-3 0', () => {
    // PEN-4: the lowest sentence a court may impose is a fine, 0 years of imprisonment: 0 < 2 → 0 (the stated 4 does not count).
    // PEN-3: no sex trafficking penalty, so the base offence: 0 years < 0.8 × 6 (rape, Art. 2) = 4.8 → 0.
    // PEN-1 fails on the same fine; PEN-2 reads the maximum, 8 ≥ 4 → 1.
    const result = pen([{ offence: 'TRAFFICKING', imprisonmentMinYears: 4, imprisonmentMaxYears: 8, fineInLieuOfImprisonment: true }], [RAPE_6_15]);
    expect(result('PEN-4')).toMatchObject({ status: 'UNMET', score: 0, evidence: { provisions: ['art-1'] } });
    expect(result('PEN-4').explanation).toEqual({
      key: 'penalty.minFineInLieu',
      params: { offences: ['TRAFFICKING'], years: 0, fullYears: 4, partialYears: 2, citations: ['Art. 1, Código Penal'] },
      text: 'A fine may replace imprisonment for TRAFFICKING under Art. 1 of Código Penal, so the lowest sentence a court may impose is no imprisonment; 4 years required.',
    });
    expect(result('PEN-3')).toMatchObject({ status: 'UNMET', score: 0, evidence: { provisions: ['art-1', 'art-2'] } });
    expect(result('PEN-3').explanation).toEqual({
      key: 'penalty.comparison.fineInLieu',
      params: {
        offence: 'TRAFFICKING',
        years: 0,
        comparator: 'RAPE',
        comparatorYears: 6,
        ratio: 0.8,
        citations: ['Art. 1, Código Penal'],
        comparatorCitations: ['Art. 2, Código Penal'],
      },
      text: 'A fine may replace imprisonment for TRAFFICKING under Art. 1 of Código Penal, so the lowest sentence a court may impose is no imprisonment, below 80 % of the minimum for RAPE (6 years, Art. 2 of Código Penal).',
    });
    expect(result('PEN-1')).toMatchObject({ status: 'UNMET', score: 0, explanation: { key: 'penalty.fineInLieu' } });
    expect(result('PEN-2')).toMatchObject({ status: 'MET', score: 1 });
  });

  it('`TRAFFICKING 4-8` on Art. 1 and `TRAFFICKING max 3` on Art. 2: a court may sentence under Art. 2 to at most 3 years → PEN-4 below 1', () => {
    // The lowest sentence is at most 3 years (Art. 2 states no minimum, so how little is not recorded): 3 < 4, the
    // threshold is not met. Scored at the bound: 3 ≥ 2 → the partial score 0.5 (the most this record can earn).
    // PEN-3 reads the same lowest sentence: at most 3 < 0.8 × 6 = 4.8 → 0. PEN-2: the highest maximum 8 ≥ 4 → 1.
    // PEN-1: both terms are prison terms and no fine may replace them → 1.
    const result = pen([{ offence: 'TRAFFICKING', imprisonmentMinYears: 4, imprisonmentMaxYears: 8 }], [{ offence: 'TRAFFICKING', imprisonmentMaxYears: 3 }], [RAPE_6_15]);
    expect(result('PEN-4')).toMatchObject({ status: 'PARTIAL', score: 0.5, evidence: { provisions: ['art-2'] } });
    expect(result('PEN-4').score).toBeLessThan(1);
    expect(result('PEN-4').explanation).toEqual({
      key: 'penalty.minAtMostPartial',
      params: { offences: ['TRAFFICKING'], years: 3, fullYears: 4, partialYears: 2, citations: ['Art. 2, Código Penal'] },
      text:
        'The penalty for TRAFFICKING is at most 3 years, with no minimum stated (Art. 2 of Código Penal), so the lowest sentence a court may impose is at most 3 years, ' +
        'below the 4 years required. How much lower it may be is not recorded: it is scored at that bound, at least 2 years.',
    });
    expect(result('PEN-3')).toMatchObject({ status: 'UNMET', score: 0, explanation: { key: 'penalty.comparison.atMostBelow', params: { years: 3, comparatorYears: 6 } } });
    expect(result('PEN-2')).toMatchObject({ status: 'MET', score: 1, explanation: { key: 'penalty.maxAtLeast', params: { years: 8 } } });
    expect(result('PEN-1')).toMatchObject({ status: 'MET', score: 1 });
  });

  it('PEN-3 and PEN-4 read one lowest sentence: `TRAFFICKING 5-10` and `TRAFFICKING 2-6` → 2 years for both', () => {
    // PEN-4: 2 ≥ 2, < 4 → 0.5. PEN-3: 2 < 0.8 × 6 = 4.8 → 0. Both cite Art. 2, the lower minimum.
    const result = pen([{ offence: 'TRAFFICKING', imprisonmentMinYears: 5, imprisonmentMaxYears: 10 }], [{ offence: 'TRAFFICKING', imprisonmentMinYears: 2, imprisonmentMaxYears: 6 }], [RAPE_6_15]);
    expect(result('PEN-4')).toMatchObject({ status: 'PARTIAL', score: 0.5, explanation: { params: { years: 2 } }, evidence: { provisions: ['art-2'] } });
    expect(result('PEN-3')).toMatchObject({ status: 'UNMET', score: 0, explanation: { params: { years: 2 } }, evidence: { provisions: ['art-2', 'art-3'] } });
  });
});
