import { Translator } from './translator';

/** A catalogue of two texts in each language, enough to show the plural rules at work. */
const catalogues = {
  en: { points: '{points, plural, one {# point} other {# points}} out of 100', gaps: '{gaps, plural, =0 {no gap} one {# gap} other {# gaps}} in {region}' },
  es: { points: '{points, plural, one {# punto} other {# puntos}} sobre 100', gaps: '{gaps, plural, =0 {ninguna brecha} one {# brecha} other {# brechas}} en {region}' },
  pt: { points: '{points, plural, one {# ponto} other {# pontos}} de 100', gaps: '{gaps, plural, one {# lacuna} other {# lacunas}} em {region}' },
  fr: { points: '{points, plural, one {# point} other {# points}} sur 100', gaps: '{gaps, plural, one {# lacune} other {# lacunes}} en {region}' },
};

describe('Translator plurals (Intl.PluralRules, not concatenation)', () => {
  it('says "1 punto" and "3,6 puntos", each number in its language', () => {
    expect(new Translator('es', catalogues).t('points', { points: 1 })).toBe('1 punto sobre 100');
    expect(new Translator('es', catalogues).t('points', { points: 3.6 })).toBe('3.6 puntos sobre 100'); // es-419 writes 3.6
    expect(new Translator('pt', catalogues).t('points', { points: 3.6 })).toBe('3,6 pontos de 100');
    expect(new Translator('en', catalogues).t('points', { points: 1 })).toBe('1 point out of 100');
  });

  it('follows each language rule: French "0 lacune" and "1,5 point" are singular; exact branches come first', () => {
    expect(new Translator('fr', catalogues).t('gaps', { gaps: 0, region: 'OEA' })).toBe('0 lacune en OEA');
    expect(new Translator('fr', catalogues).t('points', { points: 1.5 })).toBe('1,5 point sur 100');
    expect(new Translator('en', catalogues).t('gaps', { gaps: 0, region: 'OAS' })).toBe('no gap in OAS');
    expect(new Translator('es', catalogues).t('gaps', { gaps: 2, region: 'la OEA' })).toBe('2 brechas en la OEA');
  });

  it('leaves the block as written when the number is missing, so a template passing a formatted string is caught', () => {
    expect(new Translator('en', catalogues).t('points', { points: '3.6' })).toBe('{points, plural, one {# point} other {# points}} out of 100');
  });
});
