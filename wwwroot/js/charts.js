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
