// Dependency-free charts: bars, a line against a target, and monthly trend lines. Labels are text nodes (never
// markup); each chart describes itself for screen readers. The text is HTML laid out by CSS, so it keeps its size
// at every width; only the bars, lines and points are SVG.
import { h, scrollBox } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

/** A bar whose length is `share` (0 to 1) of the track. */
function track(share) {
  const bar = svg('svg', { class: 'bar-track', 'aria-hidden': 'true', focusable: 'false' });
  bar.append(svg('rect', { class: 'fill', width: `${Math.max(0.5, share * 100).toFixed(2)}%`, height: '100%', rx: 3 }));
  return bar;
}

/**
 * Horizontal bars, one row per item: { label, value, note }. The bar length is the value's share of the largest;
 * the value and `note` (e.g. an amount and a conversion) follow the bar while there is room (css/graphkam.css
 * drops them on narrow screens: the table beside each chart holds every number). The chart's text alternative
 * names every item with its value and note.
 */
export function barChart({ title, items, formatValue = String }) {
  const max = Math.max(1, ...items.map((item) => item.value));
  const describe = (item) => [item.label, formatValue(item.value), item.note].filter(Boolean).join(', ');
  const bar = (item) => h('div', { class: 'bar', 'data-label': item.label, 'data-value': item.value },
    h('span', { class: 'bar-label' }, item.label),
    track(item.value / max),
    h('span', { class: 'bar-value' }, formatValue(item.value)),
    h('span', { class: 'bar-note' }, item.note ?? ''));
  return h('div', { class: 'chart', role: 'img', 'aria-label': `${title}: ${items.map(describe).join('; ')}` },
    h('div', { class: 'bars' }, items.map(bar)));
}

/**
 * A line over points { label, value } (value null where there is nothing to draw) with a dashed `target` line.
 * Only the points with a value are drawn; the text alternative names each one and the target.
 */
export function lineChart({ title, points, target = null, min = 0, max = 100, formatValue = String }) {
  const shown = points.filter((point) => point.value != null);
  const x = (index) => (points.length <= 1 ? 50 : (index / (points.length - 1)) * 100);
  const y = (value) => 100 - ((Math.min(max, Math.max(min, value)) - min) / (max - min)) * 100;
  const plot = svg('svg', { class: 'line-plot', viewBox: '-2 -2 104 104', preserveAspectRatio: 'none',
    'aria-hidden': 'true', focusable: 'false' });
  if (target != null) {
    plot.append(svg('line', { class: 'target', x1: 0, x2: 100, y1: y(target), y2: y(target) }));
  }
  const coordinates = points.flatMap((point, index) => (point.value == null ? [] : [`${x(index)},${y(point.value)}`]));
  plot.append(svg('polyline', { class: 'line', points: coordinates.join(' ') }));
  for (const [index, point] of points.entries()) {
    if (point.value != null) {
      plot.append(svg('circle', { class: 'point', cx: x(index), cy: y(point.value), r: 1.5,
        'data-label': point.label, 'data-value': point.value }));
    }
  }
  const described = shown.map((point) => `${point.label}, ${formatValue(point.value)}`);
  const targetText = target == null ? 'no target set' : `target ${formatValue(target)}`;
  return h('div', { class: 'chart line-chart', role: 'img',
    'aria-label': `${title}: ${targetText}; ${described.length ? described.join('; ') : 'no answers yet'}` }, plot);
}

/** The months from `first` to `last` ('2025-01' … '2026-11'), both included. */
export function monthsBetween(first, last) {
  const months = [];
  let [year, month] = first.split('-').map(Number);
  const [endYear, endMonth] = last.split('-').map(Number);
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) { month = 1; year += 1; }
  }
  return months;
}

/** Round numbers for a value axis from `low` to `high`: about four steps of 1, 2, 2.5 or 5 times a power of ten. */
function ticks(low, high) {
  if (high <= low) high = low + 1;
  const raw = (high - low) / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw);
  const start = Math.floor(low / step) * step;
  const values = [];
  for (let value = start; value < high + step / 2; value += step) values.push(Number(value.toPrecision(12)));
  return values;
}

// Series are told apart by dash as well as colour (WCAG 1.4.1); each colour is 3:1 or more on white (WCAG 1.4.11).
const DASHES = ['', '6 3', '2 3', '9 3 2 3', '4 4', '1 2'];
const SERIES_COUNT = 6;

/**
 * Monthly lines: `months` along the bottom ('2025-01' …), a value axis on the left, one line per series
 * ({ key, name, values: one number or null per month }; a null leaves a gap), and a legend. Each point is an SVG mark
 * with data-series, data-month and data-value. The text alternative (`role="img"`) names every point while there are
 * at most 36, otherwise each series' first, last, lowest and highest; the table under "Figures by month" (a
 * disclosure, reachable by keyboard) holds every number, with `extra` columns ({ name, values, format }) beside them.
 */
export function trendChart({ title, months, series, formatValue = String, floor = 0, ceiling = null, extra = [], key }) {
  const known = series.flatMap((s) => s.values.filter((v) => v != null)).map(Number);
  const scale = ticks(Math.min(floor ?? Infinity, ...known), ceiling ?? Math.max(...known, floor ?? 0));
  const [low, high] = [scale[0], scale.at(-1)];
  const x = (index) => (months.length <= 1 ? 50 : (index / (months.length - 1)) * 100);
  const y = (value) => 100 - ((Number(value) - low) / (high - low)) * 100;

  const plot = svg('svg', { class: 'trend-plot', viewBox: '0 0 100 100', preserveAspectRatio: 'none',
    'aria-hidden': 'true', focusable: 'false' });
  for (const value of scale) plot.append(svg('line', { class: 'grid', x1: 0, x2: 100, y1: y(value), y2: y(value) }));
  for (const [number, s] of series.entries()) {
    const style = number % SERIES_COUNT;
    const group = svg('g', { class: `series series-${style}`, 'data-series': s.key ?? s.name });
    // A gap (a month without a figure) ends one stretch of line and the next figure starts another.
    const path = s.values.map((v, i) => (v == null ? null : `${i === 0 || s.values[i - 1] == null ? 'M' : 'L'}${x(i)} ${y(v)}`));
    group.append(svg('path', { class: 'line', d: path.filter(Boolean).join(' '), 'stroke-dasharray': DASHES[style] || 'none' }));
    for (const [i, v] of s.values.entries()) {
      // A zero-length stroke with round caps: a dot that stays round however the plot is stretched.
      if (v != null) group.append(svg('path', { class: 'point', d: `M${x(i)} ${y(v)}h0`, 'data-month': months[i], 'data-value': v }));
    }
    plot.append(group);
  }

  const valueAxis = h('div', { class: 'value-axis', 'aria-hidden': 'true' },
    scale.map((value) => h('span', { style: { '--at': `${y(value)}%` } }, formatValue(value))));
  // Labels for about six months: the first, the last and evenly between (every month on wide screens is too many).
  const every = Math.max(1, Math.ceil(months.length / 6));
  const marks = [];
  for (let i = 0; i < months.length; i += every) marks.push(i);
  const end = months.length - 1;
  if (end > 0 && marks.at(-1) !== end) {
    if (end - marks.at(-1) < every / 2 && marks.length > 1) marks.pop(); // too close to the last month's label
    marks.push(end);
  }
  const monthAxis = h('div', { class: 'month-axis', 'aria-hidden': 'true' },
    marks.map((i) => h('span', { style: { '--at': `${x(i)}%` } }, months[i])));

  const chart = h('div', { class: 'chart trend-chart', role: 'img', 'aria-label': describeTrend(title, months, series, formatValue) },
    h('div', { class: 'trend-area' }, valueAxis, plot), monthAxis);
  const legend = h('ul', { class: 'legend' }, series.map((s, number) => h('li', {},
    swatch(number % SERIES_COUNT), s.name)));
  const table = h('table', { class: 'numbers trend-table' },
    h('caption', {}, `${title}, by month`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Month'),
      series.map((s) => h('th', { scope: 'col' }, s.name)), extra.map((c) => h('th', { scope: 'col' }, c.name)))),
    h('tbody', {}, months.map((month, i) => h('tr', { 'data-month': month },
      h('th', { scope: 'row' }, month),
      series.map((s) => h('td', { class: 'num' }, s.values[i] == null ? '–' : formatValue(s.values[i]))),
      extra.map((c) => h('td', { class: 'num' }, c.values[i] == null ? '–' : (c.format ?? String)(c.values[i])))))));
  return h('figure', { class: 'trend', 'data-chart': key ?? title },
    h('figcaption', {}, title), chart, series.length > 1 ? legend : null,
    h('details', { class: 'figures' }, h('summary', {}, 'Figures by month'), scrollBox(`${title} table`, table)));
}

function swatch(style) {
  const mark = svg('svg', { class: `swatch series-${style}`, viewBox: '0 0 24 8', 'aria-hidden': 'true', focusable: 'false' });
  mark.append(svg('path', { class: 'line', d: 'M1 4H23', 'stroke-dasharray': DASHES[style] || 'none' }));
  return mark;
}

function describeTrend(title, months, series, formatValue) {
  if (months.length === 0) return `${title}: no months recorded yet`;
  const span = `${months.length} month${months.length === 1 ? '' : 's'} from ${months[0]} to ${months.at(-1)}`;
  const points = series.reduce((sum, s) => sum + s.values.filter((v) => v != null).length, 0);
  const tell = (s) => {
    const named = s.values.map((v, i) => [months[i], v]).filter(([, v]) => v != null);
    if (named.length === 0) return `${s.name}: no figures`;
    if (points <= 36) return `${s.name}: ${named.map(([m, v]) => `${m} ${formatValue(v)}`).join(', ')}`;
    const byValue = [...named].sort((a, b) => Number(a[1]) - Number(b[1]));
    const at = ([m, v]) => `${formatValue(v)} in ${m}`;
    return `${s.name} from ${at(named[0])} to ${at(named.at(-1))}, lowest ${at(byValue[0])}, highest ${at(byValue.at(-1))}`;
  };
  return `${title}, ${span}. ${series.map(tell).join('. ')}.${points > 36 ? ' Every month is in the table "Figures by month".' : ''}`;
}
