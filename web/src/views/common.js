// Pieces shared by several views: filter controls, pager, actor links, quad pills.
import { h, num } from '../dom.js';
import { get } from '../api.js';
import { QUADS, QUAD_COLORS, CAMEO_ROOTS, cameoName } from '../labels.js';

let outletsCache = null;

/** Outlet names with article counts, fetched once per page load. */
export async function outlets() {
  if (!outletsCache) {
    outletsCache = get('/overview').then((o) => o.outlets || []).catch(() => []);
  }
  return outletsCache;
}

export function select(name, value, options, label) {
  return h(
    'label',
    { class: 'field' },
    h('span', {}, label),
    h(
      'select',
      { name },
      options.map(([v, text]) => h('option', { value: v, selected: String(v) === String(value ?? '') }, text)),
    ),
  );
}

export function input(name, value, label, attrs = {}) {
  return h('label', { class: 'field' }, h('span', {}, label), h('input', { name, value: value ?? '', ...attrs }));
}

export const dateInput = (name, value, label) => input(name, value, label, { type: 'date' });

export const rootOptions = () => [['', 'كل الأنواع'], ...Object.entries(CAMEO_ROOTS).map(([k, v]) => [k, `${k} — ${v}`])];

export const quadOptions = () => [
  ['', 'الكل'],
  ['cooperation', 'تعاون (١–٢)'],
  ['conflict', 'صراع (٣–٤)'],
  ...Object.entries(QUADS).map(([k, q]) => [k, `${k} — ${q.name}`]),
];

/** A form whose submit calls `onSubmit` with its values (empty ones dropped). */
export function filterForm(children, onSubmit, submitLabel = 'تطبيق') {
  const form = h('form', { class: 'filters' }, children, h('button', { type: 'submit' }, submitLabel));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = {};
    for (const [k, v] of new FormData(form).entries()) if (v !== '') values[k] = v;
    onSubmit(values);
  });
  return form;
}

export function pager(total, limit, offset, onPage) {
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.max(1, Math.ceil(total / limit));
  if (pages <= 1) return null;
  return h(
    'nav',
    { class: 'pager' },
    h('button', { type: 'button', disabled: page <= 1, onclick: () => onPage(offset - limit) }, 'السابق'),
    h('span', {}, `صفحة ${num(page)} من ${num(pages)}`),
    h('button', { type: 'button', disabled: page >= pages, onclick: () => onPage(offset + limit) }, 'التالي'),
  );
}

export function actorLink(actor) {
  if (!actor) return h('span', { class: 'muted' }, '—');
  return h('a', { href: `#/actor/${encodeURIComponent(actor.id)}`, class: 'actor', title: actor.name_en || actor.id }, actor.name);
}

export function quadPill(quad) {
  const q = QUADS[quad];
  return h('span', { class: `pill q${quad}`, style: { background: QUAD_COLORS[quad] || '#999' } }, q ? q.name : `${quad}`);
}

export function cameoLabel(code) {
  return h('span', { class: 'cameo' }, cameoName(code), ' ', h('bdi', { dir: 'ltr', class: 'code' }, code));
}
