import type { Language } from '@lexgap/legal-model';
import type { Explanation } from '@lexgap/scoring-engine';

/**
 * Says an engine explanation in a reader's language, from its stable key and parameters, as the
 * reports do ("Art. 2 establece que el consentimiento es irrelevante…", never `consentIrrelevant`).
 * The reports library provides the catalogue-based one (it owns the catalogues); without it, the
 * API answers with the engine's own English sentence.
 */
export abstract class ExplanationLocalizer {
  abstract localize(explanation: Explanation, lang: Language): string;
}
