import { childPath, describeValue, isPlainObject, IssueList, PlainObject, readArray, readNumber, readString, refuseDuplicates, refuseUnknownKeys } from '@lexgap/legal-model';
import { Band, DEFAULT_BANDS } from './rubric';
import { readLocalizedText } from './validate-localized-text';

const BAND_ID = { maxLength: 40, pattern: /^[A-Z][A-Z0-9_]*$/, patternHint: 'UPPER_SNAKE_CASE' };

/**
 * Bands, listed from the highest: each starts at its `min` and runs up to the previous band's
 * min. The mins must strictly descend and the last must be 0, so every score from 0 to 100 has
 * exactly one band. When the file gives none, the default bands of RUBRIC.md apply.
 */
export function readBands(object: PlainObject, key: string, path: string, issues: IssueList): Band[] | undefined {
  if (object[key] === undefined || object[key] === null) return DEFAULT_BANDS.map((band) => ({ ...band, label: { ...band.label } }));
  const at = childPath(path, key);
  const before = issues.issues.length;
  const bands = readArray(object, key, path, issues, (band, bandPath) => readBand(band, bandPath, issues), { nonEmpty: true });
  if (!bands || issues.issues.length !== before) return undefined;
  refuseDuplicates(
    bands,
    (band) => band.id,
    (i) => `${at}[${i}].id`,
    'band id',
    issues,
  );
  bands.forEach((band, index) => {
    if (index > 0 && band.min >= bands[index - 1].min) {
      issues.add(`${at}[${index}].min`, `bands must be listed from the highest min down; ${band.min} is not below ${bands[index - 1].min}`);
    }
  });
  if (bands.length > 0 && bands.at(-1)!.min !== 0) {
    issues.add(`${at}[${bands.length - 1}].min`, 'the last band must start at 0, so every score from 0 to 100 has a band');
  }
  return issues.issues.length === before ? bands : undefined;
}

function readBand(value: unknown, path: string, issues: IssueList): Band | undefined {
  if (!isPlainObject(value)) {
    issues.add(path, `each band must be an object { id, min, label }; got ${describeValue(value)}`);
    return undefined;
  }
  refuseUnknownKeys(value, ['id', 'min', 'label'], path, issues);
  const id = readString(value, 'id', path, issues, { required: true, ...BAND_ID });
  const min = readNumber(value, 'min', path, issues, { required: true, min: 0, max: 100, noun: 'a score' });
  const label = readLocalizedText(value, 'label', path, issues, { required: true });
  return id !== undefined && min !== undefined && label ? { id, min, label } : undefined;
}
