// Small DOM helpers. Every piece of data reaches the page as a text node or an attribute value,
// never as HTML, so article text and names cannot inject markup.

/** Creates an element: h('a', {href: '#/x', class: 'c'}, 'text', child, [more]). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (key === 'style' && typeof value === 'object') {
      Object.assign(el.style, value);
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces the content of `el`. */
export function mount(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** Text with the character ranges in `ranges` ([{start, end}], character offsets) in <mark>. */
export function marked(text, ranges) {
  const chars = Array.from(text || '');
  const out = [];
  let at = 0;
  for (const r of [...(ranges || [])].sort((a, b) => a.start - b.start)) {
    if (r.start < at || r.end > chars.length) continue;
    out.push(chars.slice(at, r.start).join(''));
    out.push(h('mark', {}, chars.slice(r.start, r.end).join('')));
    at = r.end;
  }
  out.push(chars.slice(at).join(''));
  return out;
}

const numberFormat = new Intl.NumberFormat('ar', { numberingSystem: 'latn' });
export const num = (n) => (n === null || n === undefined ? '—' : numberFormat.format(n));

/** `2020-01-13T08:00:00+00:00` → `2020-01-13`. */
export const day = (iso) => (iso ? String(iso).slice(0, 10) : '—');

/** A left-to-right island for codes and ids inside Arabic text. */
export const ltr = (text) => h('bdi', { dir: 'ltr', class: 'ltr' }, text);

export function spinner() {
  return h('div', { class: 'loading', role: 'status' }, 'جارٍ التحميل…');
}

export function errorBox(error) {
  return h('div', { class: 'error', role: 'alert' }, `تعذّر التحميل: ${error.message || error}`);
}
