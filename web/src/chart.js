// The timeline chart: events per bucket stacked by quad class (bars) and articles (line), with
// uPlot. Time runs left to right, as on most Arabic news sites' charts.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { QUADS, QUAD_COLORS } from './labels.js';

const toSeconds = (bucket) => Date.parse(bucket.length === 7 ? `${bucket}-01T00:00:00Z` : `${bucket}T00:00:00Z`) / 1000;

/**
 * Draws `series` (the API's timeline points) into `container`; returns a cleanup function.
 * `onPick(point)` is called when a bar is clicked.
 */
export function timelineChart(container, series, { height = 280, onPick, bucket = 'day' } = {}) {
  const xs = series.map((p) => toSeconds(p.bucket));
  const DAY = 86400;
  const step = bucket === 'month' ? 30 * DAY : bucket === 'week' ? 7 * DAY : DAY;
  const label = (s) => new Date(s * 1000).toISOString().slice(0, bucket === 'month' ? 7 : 10);
  const raw = [1, 2, 3, 4].map((q) => series.map((p) => p[`q${q}`] || 0));
  // Stacked bars: series k draws the sum of classes 1..k; drawing the tallest first leaves
  // each class visible as its own band. Legends show the unstacked counts.
  const cumulative = [];
  for (let q = 0; q < 4; q++) {
    cumulative.push(xs.map((_, i) => raw.slice(0, q + 1).reduce((sum, r) => sum + r[i], 0)));
  }
  const articles = series.map((p) => p.articles || 0);
  const bars = uPlot.paths.bars({ size: [0.7, 40] });
  const order = [3, 2, 1, 0];
  const opts = {
    width: Math.max(300, container.clientWidth || 600),
    height,
    // Buckets are UTC days; half a bucket of margin keeps the first and last bars whole.
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
    scales: { x: { time: true, range: (_u, min, max) => [min - step / 2, max + step / 2] }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] }, a: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
    axes: [
      {
        stroke: '#555',
        space: 70,
        // Never finer than one bucket: no hour ticks between days.
        incrs: [1, 2, 7, 14, 30, 61, 91, 182, 365, 730].map((d) => d * DAY).filter((i) => i >= step),
        values: (_u, splits) => splits.map(label),
      },
      { stroke: '#555', label: 'أحداث', size: 50 },
      { scale: 'a', side: 1, stroke: '#777', label: 'مقالات', grid: { show: false }, size: 50 },
    ],
    legend: { live: true },
    cursor: { drag: { x: false, y: false } },
    series: [
      { label: 'التاريخ', value: (_u, v) => (v == null ? '—' : label(v)) },
      ...order.map((q) => ({
        label: QUADS[q + 1].name,
        fill: QUAD_COLORS[q + 1],
        stroke: QUAD_COLORS[q + 1],
        paths: bars,
        points: { show: false },
        value: (_u, _v, _si, i) => (i == null ? '—' : raw[q][i]),
      })),
      { label: 'المقالات', scale: 'a', stroke: '#444', width: 1.5, dash: [4, 3], points: { show: series.length < 60 } },
    ],
  };
  const data = [xs, ...order.map((q) => cumulative[q]), articles];
  const plot = new uPlot(opts, data, container);
  if (onPick) {
    plot.over.addEventListener('click', () => {
      const i = plot.cursor.idx;
      if (i != null && series[i]) onPick(series[i]);
    });
  }
  const resize = () => plot.setSize({ width: Math.max(300, container.clientWidth), height });
  window.addEventListener('resize', resize);
  return () => {
    window.removeEventListener('resize', resize);
    plot.destroy();
  };
}
