// Dependency-free SVG charts. Labels are text nodes (never markup); each chart describes itself for screen readers.

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, text) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text != null) element.textContent = String(text);
  return element;
}

/**
 * Horizontal bars, one row per item: { label, value, note }. The bar length is the value's share of the largest;
 * `note` (e.g. an amount and a conversion) is written after the bar. Scales to its container's width.
 */
export function barChart({ title, items, formatValue = String }) {
  const rowHeight = 30;
  // Room for the longest label (CJK characters are about twice as wide as Latin ones) and for the notes.
  const textWidth = (text) => [...String(text)].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 13 : 7.2), 0);
  const labelWidth = Math.min(280, Math.max(60, ...items.map((i) => textWidth(i.label))) + 12);
  const noteWidth = Math.max(120, ...items.map((i) => textWidth([formatValue(i.value), i.note].filter(Boolean).join('  ·  ')))) + 12;
  const barSpace = 260;
  const width = labelWidth + barSpace + noteWidth;
  const height = Math.max(rowHeight, items.length * rowHeight) + 8;
  const max = Math.max(1, ...items.map((item) => item.value));
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'chart', 'aria-labelledby': '' });
  const id = `chart-${Math.random().toString(36).slice(2)}`;
  chart.setAttribute('aria-labelledby', id);
  chart.append(svg('title', { id }, `${title}: ${items.map((i) => `${i.label} ${formatValue(i.value)}`).join(', ')}`));
  items.forEach((item, index) => {
    const y = index * rowHeight + 4;
    const row = svg('g', { class: 'bar', 'data-label': item.label, 'data-value': item.value });
    row.append(svg('text', { x: labelWidth - 8, y: y + 19, 'text-anchor': 'end', class: 'label' }, item.label));
    const length = Math.max(2, (item.value / max) * barSpace);
    row.append(svg('rect', { x: labelWidth, y: y + 4, width: length, height: rowHeight - 10, rx: 3, class: 'fill' }));
    row.append(svg('text', { x: labelWidth + length + 8, y: y + 19, class: 'value' }, [formatValue(item.value), item.note].filter(Boolean).join('  ·  ')));
    chart.append(row);
  });
  return chart;
}
