// Building the page without innerHTML: every text goes in as a text node, so a name such as
// "<img src=x onerror=alert(1)>" is shown as those characters and never becomes markup.

/**
 * Creates an element. props: attributes (class, aria-*, data-*, …), `on: { click: fn }`, `style: { '--x': 1 }`
 * (set through the CSSOM, which a Content-Security-Policy without 'unsafe-inline' allows); children: nodes or text.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'on') for (const [event, handler] of Object.entries(value)) element.addEventListener(event, handler);
    else if (name === 'style') for (const [key, v] of Object.entries(value)) element.style.setProperty(key, v);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value != null) element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    if (child instanceof Node) parent.append(child);
    else appendText(parent, String(child));
  }
  return parent;
}

// A run of Chinese: from one Han character to the last before Latin text (keeps "（集团）" and digits inside).
const CHINESE = /\p{Script=Han}(?:[^A-Za-z]*\p{Script=Han})?/gu;

/**
 * Text from the data is often Chinese (names of accounts, people, partners) inside an English page: each Chinese
 * run goes in a span with lang="zh", so a screen reader speaks it with a Chinese voice (WCAG 3.1.2).
 */
function appendText(parent, text) {
  if (parent.lang === 'zh') { parent.append(text); return; }
  if (parent.localName === 'option') { // an option holds text only: marked when it has no English words
    if (text.search(CHINESE) >= 0 && !/[A-Za-z]/.test(text)) parent.lang = 'zh';
    parent.append(text);
    return;
  }
  let from = 0;
  for (const match of text.matchAll(CHINESE)) {
    if (match.index > from) parent.append(text.slice(from, match.index));
    parent.append(h('span', { lang: 'zh' }, match[0]));
    from = match.index + match[0].length;
  }
  if (from < text.length) parent.append(text.slice(from));
}

/**
 * Replaces an element's content. When focus was inside, it goes back to the new element with the same id or
 * data-focus-key (the control the user used), else to the section's heading: it never drops to the page's start.
 */
export function fill(element, ...children) {
  const restore = rememberFocus(element);
  element.replaceChildren();
  append(element, children);
  restore?.();
  return element;
}

function rememberFocus(root) {
  const active = root.getRootNode().activeElement;
  if (!active || active === root || !root.contains(active)) return null;
  const key = active.dataset.focusKey ?? active.id;
  const { scrollLeft } = active;
  return () => {
    const same = key ? root.querySelector(`[data-focus-key="${CSS.escape(key)}"], #${CSS.escape(key)}`) : null;
    const target = same ?? root.querySelector('h2[tabindex]');
    if (!target) return;
    scrollables.get(target)?.();
    target.focus();
    target.scrollLeft = scrollLeft;
    // A text field gets its caret back at the end of what was typed.
    const end = target.value?.length;
    if (/^(text|search)$/.test(target.type)) target.setSelectionRange(end, end);
  };
}

/** Updates a scroll box's focusability at once (used before focus returns to it). */
const scrollables = new WeakMap();

/**
 * A table that may be wider than its place: while it does not fit, its box is a focusable region named `label`,
 * so keyboard users can scroll it and screen readers announce it; while it fits, the box is a plain div.
 */
export function scrollBox(label, table) {
  // A region until laid out: a box never rendered (in a closed <details>) gets no resize callback, yet its width can
  // still be measured, so it starts as what a scrolling box must be; the first callback corrects it.
  const box = h('div', { class: 'scroll', 'data-focus-key': 'table', tabindex: '0', role: 'region', 'aria-label': label }, table);
  const update = () => {
    const scrolls = box.scrollWidth > box.clientWidth + 1;
    if (scrolls === box.hasAttribute('tabindex')) return;
    if (scrolls) {
      box.setAttribute('tabindex', '0');
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', label);
    } else {
      for (const name of ['tabindex', 'role', 'aria-label']) box.removeAttribute(name);
    }
  };
  scrollables.set(box, update);
  const observer = new ResizeObserver(update);
  observer.observe(box);
  observer.observe(table);
  return box;
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
