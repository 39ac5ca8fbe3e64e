/**
 * Geometry of the home page's articles-per-month chart, computed at build time so the page needs no
 * script: one bar per calendar month from the first to the last dated article, empty months included
 * so gaps in the archive show as gaps. Pure.
 */
import { periodTitle, periodUrl } from "./periods";
import { maxOf } from "../arrays";

/** viewBox width of a long archive; the SVG shrinks to fit narrower screens, keeping its 5:1 ratio. */
export const CHART_WIDTH = 600;
/** A short archive gets a narrower chart, drawn at its own size rather than stretched into blocks. */
export const MIN_CHART_WIDTH = 200;
export const CHART_HEIGHT = 120;
/** room under the bars for year labels */
export const AXIS_HEIGHT = 18;
/** Bars narrower than this (in viewBox units, ~1.5 CSS px at 320 px wide) cannot be hit with a finger or seen. */
export const MIN_BAR_WIDTH = 3;
/** Wider bars read as blocks, not a timeline: a short archive is drawn at the left, at this width. */
export const MAX_SLOT_WIDTH = 40;
/** A month with articles always shows a sliver, however tall the busiest month. */
export const MIN_BAR_HEIGHT = 2;

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  count: number;
  label: string;
  /** the month's page; absent for empty months, which have no page */
  url?: string;
}

export interface Chart {
  width: number;
  height: number;
  bars: Bar[];
  years: { x: number; label: string }[];
  max: number;
  /** where the bars stand */
  axisY: number;
  /** the first and last month shown, in words */
  from: string;
  to: string;
}

/** "2025-10" → "2025-11"; months as keys avoid time zones entirely. */
export function nextMonth(key: string): string {
  const [y, m] = key.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

export function monthChart(counts: ReadonlyMap<string, number>): Chart {
  const keys = [...counts.keys()].sort();
  if (!keys.length) return { width: CHART_WIDTH, height: CHART_HEIGHT, bars: [], years: [], max: 0, axisY: CHART_HEIGHT - AXIS_HEIGHT, from: "", to: "" };
  const months: string[] = [];
  for (let k = keys[0]!; k <= keys[keys.length - 1]!; k = nextMonth(k)) months.push(k);
  const slot = Math.min(MAX_SLOT_WIDTH, Math.max(MIN_BAR_WIDTH, CHART_WIDTH / months.length));
  const width = Math.max(MIN_CHART_WIDTH, Math.ceil(slot * months.length));
  const gap = slot >= 8 ? slot * 0.2 : 0.5;
  const plot = CHART_HEIGHT - AXIS_HEIGHT;
  const max = maxOf(months.map((k) => counts.get(k) ?? 0));
  const round = (n: number) => Math.round(n * 100) / 100;
  const bars = months.map((k, i): Bar => {
    const count = counts.get(k) ?? 0;
    const height = count ? Math.max(MIN_BAR_HEIGHT, (count / max) * plot) : 0;
    const label = `${periodTitle(k)}: ${count} article${count === 1 ? "" : "s"}`;
    return { x: round(i * slot + gap / 2), y: round(plot - height), width: round(slot - gap), height: round(height), count, label, ...(count ? { url: periodUrl(k) } : {}) };
  });
  const years = months.flatMap((k, i) => (i === 0 || k.endsWith("-01") ? [{ x: round(i * slot), label: k.slice(0, 4) }] : []));
  return { width, height: CHART_HEIGHT, bars, years, max, axisY: plot, from: periodTitle(months[0]!), to: periodTitle(months[months.length - 1]!) };
}
