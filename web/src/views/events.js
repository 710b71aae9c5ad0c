// The events table: filter, sort by column, page, export with the same filters, and open the
// sentences that report an event.
import { h, mount, num, ltr, spinner, marked } from '../dom.js';
import { get, exportUrl } from '../api.js';
import { go } from '../nav.js';
import { outlets, select, input, dateInput, filterForm, pager, actorLink, quadPill, cameoLabel, rootOptions, quadOptions } from './common.js';

const LIMIT = 50;
const FILTER_KEYS = ['actor', 'pair', 'quad', 'root', 'from', 'to', 'outlet', 'source', 'target', 'article'];

export async function eventsView(app, params, _arg, { stale }) {
  const offset = Number(params.offset) || 0;
  const outletList = await outlets();
  const filters = Object.fromEntries(FILTER_KEYS.filter((k) => params[k]).map((k) => [k, params[k]]));
  const form = filterForm(
    [
      input('actor', params.actor, 'الفاعل (المعرّف)', { placeholder: 'LBY-HAFTAR' }),
      select('quad', params.quad, quadOptions(), 'الصنف'),
      select('root', params.root, rootOptions(), 'نوع الحدث'),
      dateInput('from', params.from, 'من'),
      dateInput('to', params.to, 'إلى'),
      select('outlet', params.outlet, [['', 'كل المصادر'], ...outletList.map((o) => [o.value, o.value])], 'المصدر'),
      params.pair ? h('input', { type: 'hidden', name: 'pair', value: params.pair }) : null,
      params.sort ? h('input', { type: 'hidden', name: 'sort', value: params.sort }) : null,
      params.order ? h('input', { type: 'hidden', name: 'order', value: params.order }) : null,
    ],
    (values) => go('/events', values),
  );
  const exports = h(
    'div',
    { class: 'exports' },
    'تصدير: ',
    h('a', { href: exportUrl('events.csv', filters), download: '' }, 'CSV'),
    ' · ',
    h('a', { href: exportUrl('events.jsonl', filters), download: '' }, 'JSONL'),
    ' · ',
    h('a', { href: exportUrl('events.tsv', filters), download: '', title: 'أعمدة GDELT 2.0' }, 'GDELT TSV'),
    ' · ',
    h('a', { href: exportUrl('events.parquet', filters), download: '', title: 'أعمدة مصنّفة الأنواع' }, 'Parquet'),
    ' · ',
    h('a', { href: exportUrl('events.plover.jsonl', filters), download: '', title: 'سجلات PLOVER' }, 'PLOVER'),
  );
  const table = h('section', {}, spinner());
  mount(app, h('div', { class: 'page' }, h('h1', {}, 'الأحداث'), params.pair ? h('div', { class: 'summary' }, `بين: ${params.pair.replace(',', ' و ')}`) : null, form, exports, table));

  const page = await get('/events', { ...filters, sort: params.sort, order: params.order, limit: LIMIT, offset });
  if (stale()) return;

  const sortable = (key, label) => {
    const on = (params.sort || 'date') === key;
    const order = on && (params.order || 'desc') === 'desc' ? 'asc' : 'desc';
    return h(
      'th',
      { class: `sortable${on ? ' on' : ''}`, 'aria-sort': on ? ((params.order || 'desc') === 'desc' ? 'descending' : 'ascending') : 'none' },
      h('button', { type: 'button', onclick: () => go('/events', { ...params, sort: key, order, offset: undefined }) }, label, on ? ((params.order || 'desc') === 'desc' ? ' ▼' : ' ▲') : ''),
    );
  };
  const rows = [];
  for (const e of page.items) {
    const details = h('tr', { class: 'details', hidden: true }, h('td', { colspan: 8 }));
    rows.push(
      h(
        'tr',
        {},
        h('td', {}, ltr(e.date || '—')),
        h('td', {}, actorLink(e.source)),
        h('td', {}, cameoLabel(e.cameo)),
        h('td', {}, actorLink(e.target)),
        h('td', {}, quadPill(e.quad_class)),
        h('td', { class: 'n' }, ltr(String(e.goldstein))),
        h('td', { class: 'n' }, num(e.reports)),
        h(
          'td',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              onclick: async () => {
                details.hidden = !details.hidden;
                if (!details.hidden && !details.dataset.loaded) {
                  details.dataset.loaded = '1';
                  const ev = await get('/evidence', { event: e.id, limit: 20 });
                  mount(details.firstChild, evidenceList(ev.items));
                }
              },
            },
            'الأدلة',
          ),
        ),
      ),
      details,
    );
  }
  mount(
    table,
    h('div', { class: 'summary' }, `${num(page.total)} حدث`),
    h(
      'table',
      { class: 'data events' },
      h('thead', {}, h('tr', {}, sortable('date', 'التاريخ'), h('th', {}, 'الفاعل'), sortable('cameo', 'الحدث'), h('th', {}, 'المفعول به'), h('th', {}, 'الصنف'), sortable('goldstein', 'غولدستين'), sortable('reports', 'التقارير'), h('th', {}, ''))),
      h('tbody', {}, rows),
    ),
    pager(page.total, LIMIT, offset, (o) => go('/events', { ...params, offset: o })),
  );
}

/** Evidence sentences with their trigger marked, each linking to its article. */
export function evidenceList(items) {
  if (!items.length) return h('p', { class: 'muted' }, 'لا جمل.');
  return h(
    'ul',
    { class: 'evidence-list' },
    items.map((x) =>
      h(
        'li',
        {},
        h('blockquote', { class: 'evidence' }, marked(x.sentence, x.trigger ? [x.trigger] : [])),
        h('div', { class: 'meta' }, h('a', { href: `#/article/${x.article_id.split('/').map(encodeURIComponent).join('/')}` }, x.title || x.article_id), ' · ', x.outlet || '', ' · ', ltr(x.date || '')),
      ),
    ),
  );
}
