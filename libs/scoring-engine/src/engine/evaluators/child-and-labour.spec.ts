import { context, provision } from '../../../testing/builders';
import { evaluateChildAgeAtLeast } from './child-age-at-least';
import { evaluateExpert } from './expert';
import { evaluateForcedLabourOffence } from './forced-labour-offence';

const cst1 = { kind: 'childAgeAtLeast', ageParameter: 'childAge' } as const;
const ilo7 = { kind: 'forcedLabourOffence', imprisonmentOnlyScore: 0.5 } as const;

describe('childAgeAtLeast evaluator (CST-1)', () => {
  it('meets it when a provision protects children up to 18, reading the highest threshold', () => {
    const provisions = [provision('old', { childAgeThreshold: 16 }), provision('new', { childAgeThreshold: 18 }, { citation: 'Art. 5' })];
    expect(evaluateChildAgeAtLeast(cst1, context({ provisions }))).toMatchObject({
      score: 1,
      explanation: { text: 'A child is anyone under 18 (Art. 5), as required (under 18).', key: 'facts.childAge.met' },
      evidence: { provisions: ['new'] },
    });
  });

  it('fails it below 18 and does not assess without a threshold', () => {
    expect(evaluateChildAgeAtLeast(cst1, context({ provisions: [provision('a', { childAgeThreshold: 14 })] })).score).toBe(0);
    expect(evaluateChildAgeAtLeast(cst1, context()).score).toBeNull();
  });
});

describe('forcedLabourOffence evaluator (ILO-7)', () => {
  it.each([
    [{ imprisonment: true, allSectors: true }, 1],
    [{ imprisonment: true, allSectors: false }, 0.5],
    [{ imprisonment: false, allSectors: true }, 0],
  ])('%p scores %p', (forcedLabourOffence, score) => {
    expect(evaluateForcedLabourOffence(ilo7, context({ provisions: [provision('a', { forcedLabourOffence })] })).score).toBe(score);
  });

  it('reads the best single provision: imprisonment and sector coverage must belong to one offence', () => {
    const provisions = [
      provision('labour-code', { forcedLabourOffence: { imprisonment: false, allSectors: true } }),
      provision('penal-code', { forcedLabourOffence: { imprisonment: true, allSectors: false } }, { citation: 'Art. 140' }),
    ];
    expect(evaluateForcedLabourOffence(ilo7, context({ provisions }))).toMatchObject({
      score: 0.5,
      explanation: { text: 'Forced labour is punishable by imprisonment, but not in every sector (Art. 140).' },
      evidence: { provisions: ['penal-code'] },
    });
  });

  it('does not assess without a recorded offence', () => {
    expect(evaluateForcedLabourOffence(ilo7, context()).score).toBeNull();
  });
});

describe('expert evaluator', () => {
  it('never gives an automatic result', () => {
    expect(evaluateExpert({ kind: 'expert' }, context())).toMatchObject({ score: null, explanation: { key: 'expert.awaiting' } });
  });
});
