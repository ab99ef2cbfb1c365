import { context, provision } from '../../../testing/builders';
import { evaluateShareOfFlags } from './share-of-flags';

const pen7 = { kind: 'shareOfFlags', fields: ['forfeiture', 'restitution'] } as const;

describe('shareOfFlags evaluator', () => {
  it('gives the share of the facts that hold, each read with "true wins" across provisions', () => {
    // forfeiture: false in art-1 but true in art-2 → holds; restitution: false → 1 of 2 = 0.5.
    const provisions = [provision('art-1', { forfeiture: false, restitution: false }), provision('art-2', { forfeiture: true })];
    expect(evaluateShareOfFlags(pen7, context({ provisions }))).toMatchObject({
      score: 0.5,
      explanation: { text: '1 of 2 hold: forfeiture yes, restitution no.', key: 'facts.flagShare' },
      evidence: { provisions: ['art-2', 'art-1'] },
    });
    expect(evaluateShareOfFlags(pen7, context({ provisions: [provision('a', { forfeiture: true, restitution: true })] })).score).toBe(1);
  });

  it('does not assess while one of the facts is unknown, rather than count it as "no"', () => {
    const provisions = [provision('art-1', { forfeiture: true })];
    expect(evaluateShareOfFlags(pen7, context({ provisions }))).toMatchObject({
      score: null,
      explanation: { key: 'facts.flagsNotStated', params: { unknown: ['restitution'], held: ['forfeiture'] } },
    });
  });
});
