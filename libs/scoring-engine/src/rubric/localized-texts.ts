import type { LocalizedText } from '@lexgap/legal-model';
import type { Rubric } from './rubric';

/** Every reader-facing text of a rubric with its path, in file order. */
export function localizedTextsOf(rubric: Rubric): { path: string; text: LocalizedText }[] {
  const texts: { path: string; text: LocalizedText }[] = [];
  const add = (path: string, text: LocalizedText | undefined) => {
    if (text) texts.push({ path, text });
  };
  add('title', rubric.title);
  add('description', rubric.description);
  rubric.anchors.forEach((anchor, a) => add(`anchors[${a}].takes`, anchor.takes));
  rubric.bands.forEach((band, b) => add(`bands[${b}].label`, band.label));
  rubric.categories.forEach((category, c) => {
    const at = `categories[${c}]`;
    add(`${at}.title`, category.title);
    add(`${at}.description`, category.description);
    category.criteria.forEach((criterion, k) => {
      const cat = `${at}.criteria[${k}]`;
      add(`${cat}.question`, criterion.question);
      criterion.scale.levels.forEach((level, l) => {
        add(`${cat}.scale.levels[${l}].label`, level.label);
        add(`${cat}.scale.levels[${l}].descriptor`, level.descriptor);
      });
      add(`${cat}.recommendation`, criterion.recommendation);
    });
  });
  return texts;
}
