import { validateLegalFacts } from './legal-facts';

describe('validateLegalFacts', () => {
  it('accepts well-formed facts and keeps them as given', () => {
    const facts = { acts: ['RECRUITMENT', 'RECEIPT'], extraMeans: ['debt bondage'], childAgeThreshold: 18, penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 4, imprisonmentMaxYears: 8 }], forcedLabourOffence: { imprisonment: true, allSectors: false } };
    expect(validateLegalFacts(facts)).toEqual({ ok: true, facts });
  });

  it('names the path of every problem', () => {
    const result = validateLegalFacts({
      acts: ['RECRUITMENT', 'KIDNAP', 'RECRUITMENT'],
      consentIrrelevant: 'yes',
      childAgeThreshold: 17.5,
      penalties: [{ offence: 'TRAFFICKING', imprisonmentMinYears: 10, imprisonmentMaxYears: 4 }, { offence: 'THEFT', imprisonmentMaxYears: -1 }],
      extraPurposes: [''],
      colour: 'blue',
    });
    expect(result.ok).toBe(false);
    const paths = !result.ok ? result.errors.map((e) => e.path).sort() : [];
    expect(paths).toEqual(
      ['acts[1]', 'acts[2]', 'childAgeThreshold', 'colour', 'consentIrrelevant', 'extraPurposes[0]', 'penalties[0].imprisonmentMinYears', 'penalties[1].imprisonmentMaxYears', 'penalties[1].offence'].sort(),
    );
  });

  it('refuses a fine that both may and may not replace imprisonment', () => {
    const result = validateLegalFacts({ penalties: [{ offence: 'TRAFFICKING', fine: false, fineInLieuOfImprisonment: true }] });
    expect(!result.ok && result.errors).toEqual([{ path: 'penalties[0].fine', message: 'cannot be false when a fine may replace imprisonment' }]);
  });
});
