import { context, provision } from '../../../testing/builders';
import { evaluateFlag } from './flag';

const pal6 = { kind: 'flag', field: 'consentIrrelevant', metWhen: true } as const;
const pal7 = { kind: 'flag', field: 'borderCrossingRequired', metWhen: false } as const;

describe('flag evaluator', () => {
  it('meets a "good when true" fact when any provision states true', () => {
    const provisions = [provision('a', { consentIrrelevant: false }, { citation: 'Art. 1' }), provision('b', { consentIrrelevant: true }, { citation: 'Art. 2' })];
    expect(evaluateFlag(pal6, context({ provisions }))).toMatchObject({
      score: 1,
      explanation: { text: 'Art. 2 states consentIrrelevant = true.', key: 'facts.flag.met', params: { field: 'consentIrrelevant', value: true, metWhen: true } },
      evidence: { provisions: ['b'] },
    });
  });

  it('fails it when provisions state only false', () => {
    expect(evaluateFlag(pal6, context({ provisions: [provision('a', { consentIrrelevant: false })] }))).toMatchObject({ score: 0, explanation: { key: 'facts.flag.unmet' } });
  });

  it('meets PAL-7 when some provision punishes trafficking without a border crossing', () => {
    const provisions = [provision('smuggling-style', { borderCrossingRequired: true }), provision('domestic', { borderCrossingRequired: false })];
    expect(evaluateFlag(pal7, context({ provisions }))).toMatchObject({ score: 1, evidence: { provisions: ['domestic'] } });
  });

  it('fails PAL-7 when every provision stating it requires a border crossing', () => {
    const provisions = [provision('a', { borderCrossingRequired: true }, { citation: 'Art. 202' }), provision('b', { acts: ['RECRUITMENT'] })];
    expect(evaluateFlag(pal7, context({ provisions }))).toMatchObject({
      score: 0,
      explanation: { text: 'Art. 202 states borderCrossingRequired = true, and no provision in force states otherwise.' },
      evidence: { provisions: ['a'] },
    });
  });

  it('does not assess when no provision states the fact', () => {
    expect(evaluateFlag(pal7, context({ provisions: [provision('a', { acts: ['RECRUITMENT'] })] }))).toMatchObject({ score: null, explanation: { key: 'facts.notStated' } });
    expect(evaluateFlag(pal7, context()).score).toBeNull();
  });
});
