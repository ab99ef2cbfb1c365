import { Global, Injectable, Module } from '@nestjs/common';
import type { Language } from '@lexgap/legal-model';
import type { Explanation } from '@lexgap/scoring-engine';
import { ExplanationLocalizer } from '@lexgap/scoring';
import { TREATY_CATALOGUE } from '@lexgap/treaties';
import { treatyName } from '../build/country-report.builder';
import { localizeExplanation } from './explanations';
import { Translator } from './translator';

const TREATIES = TREATY_CATALOGUE.map((t) => ({ code: t.code, shortTitle: t.shortTitle, title: t.title, url: t.url }));

/**
 * The API's explanations (`scorecard(lang:)`, `compareScorecards`, `rankings`) said as the reports
 * say them: one catalogue, one way of turning codes into words, for every reader.
 */
@Injectable()
export class CatalogueExplanations extends ExplanationLocalizer {
  private readonly byLanguage = new Map<Language, { tr: Translator; treatyName: (code: string) => string }>();

  localize(explanation: Explanation, lang: Language): string {
    let speaker = this.byLanguage.get(lang);
    if (!speaker) {
      const tr = new Translator(lang);
      speaker = { tr, treatyName: treatyName(tr, TREATIES) };
      this.byLanguage.set(lang, speaker);
    }
    const text = localizeExplanation(speaker.tr, explanation, speaker.treatyName);
    // A report prints an expert's reasoning beside the result; the API has only this text, so it carries it.
    const rationale = explanation.params.rationale;
    return typeof rationale === 'string' && explanation.key.startsWith('expert.') ? `${text} ${speaker.tr.t('gap.expertReasoning')}: ${rationale}` : text;
  }
}

/** Global, so that the scoring module's resolvers find the localizer they optionally depend on. */
@Global()
@Module({ providers: [{ provide: ExplanationLocalizer, useClass: CatalogueExplanations }], exports: [ExplanationLocalizer] })
export class ReportExplanationsModule {}
