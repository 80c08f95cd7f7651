// Building the page without innerHTML: every text goes in as a text node, so a name such as
// "<img src=x onerror=alert(1)>" is shown as those characters and never becomes markup.

/** Creates an element. props: attributes (class, aria-*, data-*, …), `on: { click: fn }`; children: nodes or text. */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'on') for (const [event, handler] of Object.entries(value)) element.addEventListener(event, handler);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value != null) element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces an element's content. */
export function fill(element, ...children) {
  element.replaceChildren();
  return append(element, children);
}

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

export const format = {
  int: (n) => number.format(n ?? 0),
  yuan: (n) => `¥${compact.format(Number(n ?? 0))}`,
  percent: (x) => (x == null ? '–' : `${(x * 100).toFixed(1)}%`),
  date: (iso) => (iso ? new Date(iso).toISOString().slice(0, 10) : '–'),
  words: (value) => (value ? String(value).toLowerCase().replaceAll('_', ' ') : '–'),
};

/** The calendar quarter of a date, as the API names periods ("2026-Q4"). */
export function quarterOf(date = new Date()) {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}
