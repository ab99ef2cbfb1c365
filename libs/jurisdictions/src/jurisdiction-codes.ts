import countries from 'i18n-iso-countries';

const ALPHA2 = /^[A-Z]{2}$/;
const ALPHA3 = /^[A-Z]{3}$/;
const SUBDIVISION = /^([A-Z]{2})-([A-Z0-9]{1,3})$/;

export type ParsedJurisdictionCode = { kind: 'COUNTRY'; code: string } | { kind: 'SUBDIVISION'; code: string; country: string };

/**
 * Reads a jurisdiction code as users write it: ISO 3166-1 alpha-2 (`GT`), alpha-3 (`GTM`,
 * normalised to alpha-2) or ISO 3166-2 (`MX-CHH`), in any letter case. Undefined when malformed.
 */
export function parseJurisdictionCode(raw: string): ParsedJurisdictionCode | undefined {
  const value = raw.trim().toUpperCase();
  if (ALPHA2.test(value)) return { kind: 'COUNTRY', code: value };
  if (ALPHA3.test(value)) {
    const alpha2 = countries.alpha3ToAlpha2(value);
    return alpha2 ? { kind: 'COUNTRY', code: alpha2 } : undefined;
  }
  const sub = SUBDIVISION.exec(value);
  if (sub) return { kind: 'SUBDIVISION', code: value, country: sub[1] };
  return undefined;
}

export const JURISDICTION_CODE_HELP = 'an ISO 3166-1 alpha-2 or alpha-3 code (GT, GTM) or an ISO 3166-2 code (MX-CHH)';
