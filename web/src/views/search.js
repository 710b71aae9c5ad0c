// Search: full-text query with filters, highlighted snippets and facets.
import { h, mount, marked, num, day, spinner, errorBox } from '../dom.js';
import { get } from '../api.js';
import { go } from '../nav.js';
import { CAMEO_ROOTS } from '../labels.js';
import { outlets, select, dateInput, filterForm, pager, rootOptions } from './common.js';

const LIMIT = 20;

export async function searchView(app, params, _arg, { stale }) {
  const offset = Number(params.offset) || 0;
  const outletList = await outlets();
  const searchBox = h('input', {
    type: 'search',
    name: 'q',
    value: params.q || '',
    placeholder: 'ابحث في الأخبار… مثال: حفتر، "خليفة حفتر"، موسكو -أنقرة',
    'aria-label': 'نص البحث',
    autofocus: true,
    class: 'search-box',
  });
  const form = filterForm(
    [
      searchBox,
      select('outlet', params.outlet, [['', 'كل المصادر'], ...outletList.map((o) => [o.value, `${o.value} (${num(o.count)})`])], 'المصدر'),
      dateInput('from', params.from, 'من'),
      dateInput('to', params.to, 'إلى'),
      select('root', params.root, rootOptions(), 'نوع الحدث'),
      select('sort', params.sort, [['', 'الأكثر صلة'], ['newest', 'الأحدث'], ['oldest', 'الأقدم']], 'الترتيب'),
      params.actor ? h('input', { type: 'hidden', name: 'actor', value: params.actor }) : null,
    ],
    (values) => go('/', values),
    'بحث',
  );
  const results = h('section', { class: 'results' }, spinner());
  const facets = h('aside', { class: 'facets' });
  mount(app, h('div', { class: 'page search-page' }, form, h('div', { class: 'with-aside' }, results, facets)));

  let data;
  try {
    data = await get('/search', { ...params, limit: LIMIT, offset });
  } catch (error) {
    mount(results, errorBox(error));
    return;
  }
  if (stale()) return;

  const filters = activeFilters(params);
  mount(
    results,
    h('div', { class: 'summary' }, `${num(data.total)} نتيجة`, filters.length ? ' · ' : '', filters),
    data.warnings && data.warnings.length
      ? h('div', { class: 'warning' }, 'تم تجاهل جزء من الاستعلام: ', data.warnings.join('؛ '))
      : null,
    data.hits.length === 0 ? h('p', { class: 'empty' }, 'لا نتائج. جرّب كلمات أقل أو أزل بعض المرشّحات.') : null,
    h(
      'ol',
      { class: 'hits', start: offset + 1 },
      data.hits.map((hit) =>
        h(
          'li',
          { class: 'hit' },
          h(
            'a',
            { class: 'hit-title', href: `#/article/${hit.id.split('/').map(encodeURIComponent).join('/')}` },
            hit.title ? marked(hit.title, hit.title_highlights) : hit.id,
          ),
          h('div', { class: 'meta' }, hit.outlet || '', hit.outlet ? ' · ' : '', day(hit.published)),
          h('p', { class: 'snippet' }, marked(hit.snippet, hit.highlights), hit.snippet ? ' …' : ''),
        ),
      ),
    ),
    pager(data.total, LIMIT, offset, (o) => go('/', { ...params, offset: o })),
  );

  const facet = (title, items, key, label) =>
    items && items.length
      ? h(
          'section',
          { class: 'facet' },
          h('h3', {}, title),
          h(
            'ul',
            {},
            items.map((item) =>
              h(
                'li',
                {},
                h(
                  'a',
                  {
                    href: '#',
                    class: String(params[key]) === String(item.value) ? 'on' : '',
                    onclick: (event) => {
                      event.preventDefault();
                      const next = { ...params, offset: undefined };
                      next[key] = String(params[key]) === String(item.value) ? undefined : item.value;
                      go('/', next);
                    },
                  },
                  label(item),
                ),
                h('span', { class: 'count' }, num(item.count)),
              ),
            ),
          ),
        )
      : null;
  mount(
    facets,
    facet('المصادر', data.facets.outlets, 'outlet', (i) => i.value),
    facet('الفاعلون', data.facets.actors, 'actor', (i) => i.name || i.value),
    facet('أنواع الأحداث', data.facets.cameo_roots, 'root', (i) => `${CAMEO_ROOTS[i.value] || i.value}`),
    data.facets.months && data.facets.months.length
      ? h(
          'section',
          { class: 'facet' },
          h('h3', {}, 'الأشهر'),
          h(
            'ul',
            {},
            data.facets.months.map((m) => {
              const [y, mo] = m.value.split('-').map(Number);
              const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
              return h(
                'li',
                {},
                h('a', { href: '#', onclick: (e) => { e.preventDefault(); go('/', { ...params, offset: undefined, from: `${m.value}-01`, to: `${m.value}-${String(last).padStart(2, '0')}` }); } }, h('bdi', {}, m.value)),
                h('span', { class: 'count' }, num(m.count)),
              );
            }),
          ),
        )
      : null,
  );
}

function activeFilters(params) {
  const chips = [];
  const chip = (key, text) =>
    chips.push(
      h('button', { type: 'button', class: 'chip', title: 'إزالة', onclick: () => go('/', { ...params, [key]: undefined, offset: undefined }) }, text, ' ×'),
    );
  if (params.actor) chip('actor', `فاعل: ${params.actor}`);
  if (params.outlet) chip('outlet', `مصدر: ${params.outlet}`);
  if (params.root) chip('root', `حدث: ${CAMEO_ROOTS[params.root] || params.root}`);
  if (params.from) chip('from', `من ${params.from}`);
  if (params.to) chip('to', `إلى ${params.to}`);
  return chips;
}

