import { childPath, describeValue, isPlainObject, IssueList, readArray, readNumber, refuseUnknownKeys } from '@lexgap/legal-model';
import type { Scale, ScaleLevel } from './rubric';
import { SCALE_TOLERANCE } from './scale';
import { readLocalizedText } from './validate-localized-text';

/**
 * A scale: `type` levels or share, and at least two levels with distinct values in [0, 1] that
 * include 0 and 1 (a result of 1 must be possible for MET and 0 for UNMET). Levels may be listed
 * in either order: files list them best first, as experts read them.
 */
export function readScale(value: unknown, path: string, issues: IssueList): Scale | undefined {
  if (!isPlainObject(value)) {
    issues.add(path, `scale must be an object { type: "levels" | "share", levels }; got ${describeValue(value)}`);
    return undefined;
  }
  refuseUnknownKeys(value, ['type', 'levels'], path, issues);
  const type = value.type;
  if (type !== 'levels' && type !== 'share') issues.add(childPath(path, 'type'), `scale type must be "levels" or "share"; got ${describeValue(type)}`);
  const before = issues.issues.length;
  const levels = readArray(value, 'levels', path, issues, (level, levelPath) => readLevel(level, levelPath, issues), { required: true });
  if (!levels || issues.issues.length !== before) return undefined;
  checkLevels(levels, childPath(path, 'levels'), issues);
  return issues.issues.length === before && (type === 'levels' || type === 'share') ? { type, levels } : undefined;
}

function readLevel(value: unknown, path: string, issues: IssueList): ScaleLevel | undefined {
  if (!isPlainObject(value)) {
    issues.add(path, `each level must be an object { value, label, descriptor? }; got ${describeValue(value)}`);
    return undefined;
  }
  refuseUnknownKeys(value, ['value', 'label', 'descriptor'], path, issues);
  const levelValue = readNumber(value, 'value', path, issues, { required: true, min: 0, max: 1, noun: 'a result' });
  const label = readLocalizedText(value, 'label', path, issues, { required: true });
  const descriptor = readLocalizedText(value, 'descriptor', path, issues, { required: false });
  if (levelValue === undefined || !label) return undefined;
  return descriptor ? { value: levelValue, label, descriptor } : { value: levelValue, label };
}

function checkLevels(levels: ScaleLevel[], path: string, issues: IssueList): void {
  levels.forEach((level, index) => {
    if (levels.slice(0, index).some((earlier) => Math.abs(earlier.value - level.value) <= SCALE_TOLERANCE)) {
      issues.add(childPath(childPath(path, index), 'value'), `levels must have distinct values; ${level.value} is listed twice`);
    }
  });
  for (const end of [0, 1]) {
    if (!levels.some((level) => level.value === end)) issues.add(path, `levels must include the value ${end}`);
  }
}
