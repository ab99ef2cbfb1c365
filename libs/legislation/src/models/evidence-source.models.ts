import { CONFIDENCE_LEVELS, SOURCE_KINDS } from '@lexgap/legal-model';
import { graphqlEnum } from '@lexgap/platform';

/** The legal model's source kinds and confidence levels as GraphQL enums, for fact sets, assessments and criterion results alike. */
export const SourceKindEnum = graphqlEnum(SOURCE_KINDS, {
  name: 'SourceKind',
  description:
    "Where a fact comes from. PRIMARY: the law's own text was read (for treaty records, one checked against the depositary's record). SECONDARY: a report describing the law, such as the US TIP Report. EXPERT: an expert's reviewed judgement.",
});

export const ConfidenceEnum = graphqlEnum(CONFIDENCE_LEVELS, { name: 'Confidence', description: 'How sure the person who recorded a fact or a result is of it.' });
