import { validateLegalFacts } from './validate-legal-facts';

const errorsOf = (input: unknown) => {
  const result = validateLegalFacts(input);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
};

describe('validateLegalFacts', () => {
  it('accepts well-formed facts and returns an equal copy', () => {
    const facts = {
      acts: ['RECRUITMENT', 'RECEIPT'],
      extraActs: ['sale'],
      means: ['FORCE'],
      childAgeThreshold: 18,
      borderCrossingRequired: false,
      penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 4, imprisonmentMaxYears: 8, fine: true, note: 'art. 145 bis' }],
      aggravatingCircumstances: ['CHILD_VICTIM', 'SERIOUS_HARM'],
      forcedLabourOffence: { imprisonment: true, allSectors: false },
    };
    const result = validateLegalFacts(facts);
    expect(result).toEqual({ ok: true, facts });
    expect(result.ok && result.facts).not.toBe(facts);
  });

  it('reads null as "not stated" and leaves it out, never as false', () => {
    expect(validateLegalFacts({ consentIrrelevant: null, acts: null, demandOffence: true })).toEqual({ ok: true, facts: { demandOffence: true } });
    expect(validateLegalFacts({})).toEqual({ ok: true, facts: {} });
  });

  it('names the path of every problem', () => {
    const errors = errorsOf({
      acts: ['RECRUITMENT', 'KIDNAP', 'RECRUITMENT'],
      consentIrrelevant: 'yes',
      childAgeThreshold: 17.5,
      penalties: [
        { offence: 'TRAFFICKING', imprisonmentMinYears: 10, imprisonmentMaxYears: 4 },
        { offence: 'THEFT', imprisonmentMaxYears: -1, imprisonmentMinYears: Infinity },
      ],
      extraPurposes: ['', 'x'.repeat(201)],
      colour: 'blue',
    });
    expect(errors.map((e) => e.path).sort()).toEqual(
      [
        'acts[1]',
        'acts[2]',
        'childAgeThreshold',
        'colour',
        'consentIrrelevant',
        'extraPurposes[0]',
        'extraPurposes[1]',
        'penalties[0].imprisonmentMinYears',
        'penalties[1].imprisonmentMaxYears',
        'penalties[1].imprisonmentMinYears',
        'penalties[1].offence',
      ].sort(),
    );
  });

  it('says in each message which field is wrong and what is allowed', () => {
    const errors = errorsOf({
      means: ['FORCE', 'BRIBERY'],
      penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 10, imprisonmentMaxYears: 4 }],
      childAgeThreshold: 30,
      colour: 'blue',
    });
    expect(errors).toEqual([
      { path: 'colour', message: expect.stringMatching(/^unknown field "colour"; allowed fields: acts, extraActs, means, .*forcedLabourOffence, penalties$/) },
      { path: 'means[1]', message: expect.stringMatching(/^means may hold only THREAT, FORCE, .*PAYMENTS_TO_PERSON_IN_CONTROL; got "BRIBERY"$/) },
      { path: 'childAgeThreshold', message: 'childAgeThreshold must be an age in whole years from 0 to 25; got 30' },
      { path: 'penalties[0].imprisonmentMinYears', message: 'imprisonmentMinYears (10) must not be above imprisonmentMaxYears (4)' },
    ]);
  });

  it('refuses repeats in extra lists (ignoring case) and closed-list values put among the extras', () => {
    expect(errorsOf({ extraMeans: ['Debt bondage', 'debt bondage', 'Abduction'] })).toEqual([
      { path: 'extraMeans[1]', message: 'extraMeans lists "debt bondage" more than once' },
      { path: 'extraMeans[2]', message: 'extraMeans is for values outside the closed list; record "Abduction" as ABDUCTION instead' },
    ]);
  });

  it('refuses a fine that may replace imprisonment when no fine is prescribed', () => {
    expect(errorsOf({ penalties: [{ offence: 'TRAFFICKING', fine: false, fineInLieuOfImprisonment: true }] })).toEqual([
      { path: 'penalties[0].fineInLieuOfImprisonment', message: 'fineInLieuOfImprisonment cannot be true when fine is false' },
    ]);
  });

  it('records a maximum of life imprisonment, and refuses it beside a maximum in years', () => {
    const life = { penalties: [{ offence: 'CHILD_TRAFFICKING', imprisonmentMinYears: 15, lifeImprisonment: true }] };
    expect(validateLegalFacts(life)).toEqual({ ok: true, facts: life });
    expect(validateLegalFacts({ penalties: [{ offence: 'TRAFFICKING', imprisonmentMaxYears: 20, lifeImprisonment: false }] })).toMatchObject({ ok: true });
    expect(errorsOf({ penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 3, imprisonmentMaxYears: 99, lifeImprisonment: true }] })).toEqual([
      { path: 'penalties[0].lifeImprisonment', message: 'lifeImprisonment means the maximum is imprisonment for life: leave out imprisonmentMaxYears (99)' },
    ]);
    expect(errorsOf({ penalties: [{ offence: 'TRAFFICKING', lifeImprisonment: 'yes' }] })).toEqual([
      { path: 'penalties[0].lifeImprisonment', message: 'lifeImprisonment must be true or false; got "yes"' },
    ]);
  });

  it('reads movementRequired as a yes/no fact', () => {
    expect(validateLegalFacts({ movementRequired: true })).toEqual({ ok: true, facts: { movementRequired: true } });
    expect(errorsOf({ movementRequired: 'no' }).map((e) => e.path)).toEqual(['movementRequired']);
  });

  it('needs both answers of a forced labour offence and refuses a non-object', () => {
    expect(errorsOf({ forcedLabourOffence: { imprisonment: true } })).toEqual([{ path: 'forcedLabourOffence.allSectors', message: 'allSectors is required' }]);
    expect(errorsOf(['acts'])).toEqual([{ path: '', message: 'legal facts must be an object; got a list' }]);
    expect(errorsOf({ penalties: [42] })).toEqual([{ path: 'penalties[0]', message: 'each penalty must be an object; got 42' }]);
  });
});
