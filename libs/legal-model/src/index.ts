/**
 * @lexgap/legal-model: the legal vocabulary every other library speaks, declared once. Pure
 * TypeScript (no framework, no database, no I/O): closed lists of Palermo and ILO terms, the
 * structured legal facts and their one validator, calendar dates, the languages lexgap publishes
 * in, and the rules of a record's text and source. The scoring engine reads it; the domain
 * libraries, the GraphQL models and the spreadsheet columns are derived from it.
 */
export * from './vocabulary';
export * from './iso-date';
export * from './localized-text';
export * from './legal-facts';
export * from './validate-legal-facts';
export * from './validation/issues';
export * from './validation/readers';
export * from './sources';
export * from './text-rule';
export * from './wording-diff';
