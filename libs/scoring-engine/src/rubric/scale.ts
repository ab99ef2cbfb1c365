import type { Scale } from './rubric';

/** Results closer than this are the same point of a scale (1/3 written as 0.3333333333). */
export const SCALE_TOLERANCE = 1e-9;

/**
 * True when `value` is a result the scale allows: one of its levels, or for a share any number
 * from 0 to 1. The API checks an expert's result with this before accepting it.
 */
export function isResultOnScale(scale: Scale, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if (scale.type === 'share') return value >= 0 && value <= 1;
  return scale.levels.some((level) => Math.abs(level.value - value) <= SCALE_TOLERANCE);
}
