import { Rubric } from '@lexgap/scoring-engine';
import { Language, localize } from '@lexgap/legal-model';
import { RubricVersionEntity } from './entities/rubric-version.entity';
import { CriterionMethod, RubricModel } from './models/rubric.models';

/** A published rubric as GraphQL shows it, its texts in `lang` (English where untranslated). */
export function toRubricModel(entity: RubricVersionEntity, lang: Language = 'en'): RubricModel {
  const rubric: Rubric = entity.content;
  return {
    id: entity.rubricId,
    version: entity.version,
    title: localize(rubric.title, lang),
    description: localize(rubric.description, lang) || null,
    contentHash: entity.contentHash,
    publishedAt: entity.publishedAt,
    minimumCoverageForBand: rubric.minimumCoverageForBand,
    bands: rubric.bands.map((b) => ({ id: b.id, min: b.min, label: localize(b.label, lang) })),
    categories: rubric.categories.map((c) => ({
      id: c.id,
      title: localize(c.title, lang),
      weight: c.weight,
      criteria: c.criteria.map((k) => ({
        id: k.id,
        categoryId: c.id,
        question: localize(k.question, lang),
        method: k.method.toUpperCase() as CriterionMethod,
        weight: k.weight,
        levels: k.scale.levels.map((l) => ({ value: l.value, label: localize(l.label, lang), descriptor: l.descriptor ? localize(l.descriptor, lang) : null })),
        recommendation: localize(k.recommendation, lang),
        references: k.references,
      })),
    })),
  };
}
