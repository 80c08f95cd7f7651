// Dependency-free bar charts. Labels are text nodes (never markup); each chart describes itself for screen readers.
// The text is HTML laid out by CSS, so it keeps its size at every width; only the bars are SVG.
import { h } from './dom.js';

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
