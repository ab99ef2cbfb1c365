import type { Translator } from '../i18n/translator';
import type { ReportHistoryPoint } from '../model/country-report.model';
import type { ReportBand, ReportCategory } from '../model/report-parts';

/**
 * Chart geometry, computed here so the SVG templates only place numbers and escaped labels.
 * Everything is drawn as inline SVG: it prints, needs no script and survives being saved.
 */

/** Colours for scores, red (0) through amber to green (100); grey for not assessed. */
export function scoreColour(score: number | null): string {
  if (score === null) return '#e5e7eb';
  const stops: [number, [number, number, number]][] = [
    [0, [185, 28, 28]],
    [30, [234, 88, 12]],
    [50, [234, 179, 8]],
    [70, [132, 204, 22]],
    [85, [21, 128, 61]],
  ];
  let i = stops.length - 1;
  while (i > 0 && score < stops[i][0]) i--;
  const [from, a] = stops[i];
  const [to, b] = stops[Math.min(i + 1, stops.length - 1)];
  const t = to === from ? 0 : (score - from) / (to - from);
  const mix = (k: number) => Math.round(a[k] + (b[k] - a[k]) * t);
  return `#${[mix(0), mix(1), mix(2)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** Light cell colours for the heat map, where text sits on the colour. */
export function heatColour(score: number | null): string {
  if (score === null) return '#f3f4f6';
  const base = scoreColour(score);
  const channel = (i: number) => Math.round(parseInt(base.slice(1 + 2 * i, 3 + 2 * i), 16) * 0.35 + 255 * 0.65);
  return `#${[0, 1, 2].map((i) => channel(i).toString(16).padStart(2, '0')).join('')}`;
}

/** A band's colour by its place among the rubric's bands (best green, worst red). */
export function bandColour(band: ReportBand | null): string {
  if (!band) return '#6b7280';
  const score = band.levels <= 1 ? 100 : 100 - (band.level / (band.levels - 1)) * 100;
  return scoreColour(score);
}

export interface CategoryChart {
  width: number;
  height: number;
  left: number;
  barWidth: number;
  title: string;
  rows: { labelY: number; barY: number; textY: number; label: string; width: number; colour: string; value: string; valueX: number }[];
  ticks: { x: number; label: string }[];
}

/** Each category: its title on one line, its bar (0..100) below, the score and coverage beside it. */
export function categoryChart(tr: Translator, categories: ReportCategory[]): CategoryChart {
  const left = 4;
  const barWidth = 460;
  const row = 50;
  const rows = categories.map((c, i) => {
    const top = 6 + i * row;
    const width = c.score === null ? 0 : Math.round((c.score / 100) * barWidth * 10) / 10;
    const value = c.score === null ? tr.t('chart.notAssessed') : `${tr.score(c.score)} · ${tr.t('chart.coverage', { coverage: tr.percent(c.coverage) })}`;
    return { labelY: top + 13, barY: top + 19, textY: top + 33, label: c.title, width, colour: scoreColour(c.score), value, valueX: left + barWidth + 10 };
  });
  const height = 6 + categories.length * row + 14;
  const ticks = [0, 25, 50, 75, 100].map((v) => ({ x: left + (v / 100) * barWidth, label: tr.number(v) }));
  return { width: left + barWidth + 220, height, left, barWidth, title: tr.t('chart.title'), rows, ticks };
}

export interface HistoryChart {
  width: number;
  height: number;
  left: number;
  top: number;
  plotWidth: number;
  plotHeight: number;
  title: string;
  /** Step path, one segment per run of scored points. */
  path: string;
  dots: { x: number; y: number; colour: string }[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
}

const DAY_MS = 86_400_000;

/** The score as a step line from the first point to the as-of date (each point holds until the next). */
export function historyChart(tr: Translator, points: ReportHistoryPoint[], asOf: string): HistoryChart | null {
  if (points.length === 0) return null;
  const width = 720;
  const height = 220;
  const left = 44;
  const top = 12;
  const plotWidth = width - left - 16;
  const plotHeight = height - top - 34;
  const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
  const start = time(points[0].date);
  const end = Math.max(time(asOf), start + 1);
  const x = (iso: string) => round(left + ((time(iso) - start) / (end - start)) * plotWidth);
  const y = (score: number) => round(top + plotHeight - (score / 100) * plotHeight);

  const segments: string[] = [];
  points.forEach((p, i) => {
    if (p.score === null) return;
    const from = x(p.date);
    const to = i + 1 < points.length ? x(points[i + 1].date) : x(asOf);
    const previous = points[i - 1];
    const joined = previous && previous.score !== null;
    segments.push(`${joined ? `V ${y(p.score)}` : `M ${from} ${y(p.score)}`} H ${Math.max(to, from)}`);
  });
  const firstYear = new Date(start * DAY_MS).getUTCFullYear();
  const lastYear = new Date(end * DAY_MS).getUTCFullYear();
  const step = Math.max(1, Math.ceil((lastYear - firstYear) / 8));
  const xTicks: HistoryChart['xTicks'] = [];
  for (let year = firstYear + 1; year <= lastYear; year += step) {
    const iso = `${year}-01-01`;
    if (time(iso) > start && time(iso) <= end) xTicks.push({ x: x(iso), label: tr.date(iso, 'YEAR') });
  }
  return {
    width,
    height,
    left,
    top,
    plotWidth,
    plotHeight,
    title: tr.t('history.chart'),
    path: segments.join(' '),
    dots: points.filter((p) => p.score !== null).map((p) => ({ x: x(p.date), y: y(p.score!), colour: scoreColour(p.score) })),
    xTicks,
    yTicks: [0, 50, 100].map((v) => ({ y: y(v), label: tr.number(v) })),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
