// Actors: the list (filter, sort, page) and one actor's profile.
import { h, mount, num, day, ltr, spinner } from '../dom.js';
import { get } from '../api.js';
import { go } from '../nav.js';
import { ACTOR_TYPES, actorType } from '../labels.js';
import { timelineChart } from '../chart.js';
import { select, input, filterForm, pager, actorLink } from './common.js';

const LIMIT = 50;

export async function actorsView(app, params, _arg, { stale }) {
  const offset = Number(params.offset) || 0;
  const form = filterForm(
    [
      input('q', params.q, 'الاسم أو الرمز', { type: 'search', placeholder: 'حفتر، Putin، LBY…' }),
      select('type', params.type, [['', 'كل الأنواع'], ...Object.entries(ACTOR_TYPES)], 'النوع'),
      select('sort', params.sort, [['', 'الأكثر ذكرًا'], ['articles', 'عدد المقالات'], ['events', 'عدد الأحداث'], ['name', 'الاسم']], 'الترتيب'),
    ],
    (values) => go('/actors', values),
  );
  const list = h('section', {}, spinner());
  mount(app, h('div', { class: 'page' }, h('h1', {}, 'الفاعلون'), form, list));
  const page = await get('/actors', { ...params, limit: LIMIT, offset });
  if (stale()) return;
  mount(
    list,
    h('div', { class: 'summary' }, `${num(page.total)} فاعل`),
    h(
      'table',
      { class: 'data' },
      h('thead', {}, h('tr', {}, ['الاسم', 'بالإنجليزية', 'النوع', 'الرمز', 'الذكر', 'المقالات', 'الأحداث'].map((t) => h('th', {}, t)))),
      h(
        'tbody',
        {},
        page.items.map((a) =>
          h(
            'tr',
            {},
            h('td', {}, actorLink(a), a.resolved ? null : h('span', { class: 'muted', title: 'اسم لم يُطابَق بقاعدة المعرفة' }, ' ؟')),
            h('td', {}, a.name_en ? ltr(a.name_en) : '—'),
            h('td', {}, actorType(a.type)),
            h('td', {}, a.code ? ltr(a.code) : '—'),
            h('td', { class: 'n' }, num(a.mentions)),
            h('td', { class: 'n' }, num(a.articles)),
            h('td', { class: 'n' }, num(a.events)),
          ),
        ),
      ),
    ),
    pager(page.total, LIMIT, offset, (o) => go('/actors', { ...params, offset: o })),
  );
}

export async function actorView(app, _params, id, { stale }) {
  const [p, articles] = await Promise.all([get(`/actors/${encodeURIComponent(id)}`), get('/articles', { actor: id, limit: 15 })]);
  if (stale()) return;
  const a = p.actor;
  const chartBox = h('div', { class: 'chart' });
  const stat = (label, value) => h('div', { class: 'stat' }, h('div', { class: 'stat-n' }, value), h('div', { class: 'stat-l' }, label));
  mount(
    app,
    h(
      'div',
      { class: 'page actor-page' },
      h('h1', {}, a.name, ' ', a.name_en ? h('small', {}, ltr(a.name_en)) : null),
      h(
        'div',
        { class: 'meta' },
        actorType(a.type),
        a.code ? [' · ', ltr(a.code)] : null,
        a.country ? [' · ', ltr(a.country)] : null,
        ' · ',
        h('bdi', { class: 'code' }, a.id),
        a.resolved ? null : ' · غير مطابق بقاعدة المعرفة',
      ),
      h(
        'div',
        { class: 'stats' },
        stat('مرات الذكر', num(a.mentions)),
        stat('المقالات', num(a.articles)),
        stat('فاعلًا في أحداث', num(p.events_as_source)),
        stat('مفعولًا به', num(p.events_as_target)),
        stat('أول ظهور', day(p.first_seen)),
        stat('آخر ظهور', day(p.last_seen)),
      ),
      h(
        'div',
        { class: 'actions' },
        h('a', { class: 'button', href: `#/events?actor=${encodeURIComponent(a.id)}` }, 'أحداثه'),
        h('a', { class: 'button', href: `#/network?actor=${encodeURIComponent(a.id)}` }, 'شبكته'),
        h('a', { class: 'button', href: `#/?actor=${encodeURIComponent(a.id)}` }, 'المقالات التي تذكره'),
      ),
      p.aliases.length ? h('section', {}, h('h2', {}, 'الصيغ الواردة في النصوص'), h('div', { class: 'chips' }, p.aliases.map((x) => h('span', { class: 'chip static' }, x.text, ' ', h('span', { class: 'count' }, num(x.count)))))) : null,
      h('section', {}, h('h2', {}, 'الخط الزمني'), p.timeline.length ? chartBox : h('p', { class: 'muted' }, 'لا بيانات مؤرخة.')),
      h(
        'div',
        { class: 'two-col' },
        h(
          'section',
          {},
          h('h2', {}, 'الأطراف المقابلة'),
          p.counterparts.length === 0
            ? h('p', { class: 'muted' }, 'لا أحداث مع فاعلين آخرين.')
            : h(
                'table',
                { class: 'data' },
                h('thead', {}, h('tr', {}, ['الطرف', 'الأحداث', 'تعاون', 'صراع', 'متوسط غولدستين', ''].map((t) => h('th', {}, t)))),
                h(
                  'tbody',
                  {},
                  p.counterparts.map((c) =>
                    h(
                      'tr',
                      {},
                      h('td', {}, actorLink(c.actor)),
                      h('td', { class: 'n' }, num(c.events)),
                      h('td', { class: 'n coop' }, num(c.cooperation)),
                      h('td', { class: 'n conflict' }, num(c.conflict)),
                      h('td', { class: 'n' }, ltr(c.mean_goldstein.toFixed(1))),
                      h('td', {}, h('a', { href: `#/events?pair=${encodeURIComponent(`${a.id},${c.actor.id}`)}` }, 'الأحداث')),
                    ),
                  ),
                ),
              ),
        ),
        h(
          'section',
          {},
          h('h2', {}, 'أقواله'),
          p.quotes.length === 0
            ? h('p', { class: 'muted' }, 'لا اقتباسات منسوبة.')
            : h('ul', { class: 'quote-list' }, p.quotes.map((q) => h('li', {}, h('q', {}, q.text), h('div', { class: 'meta' }, h('a', { href: `#/article/${q.article_id.split('/').map(encodeURIComponent).join('/')}` }, q.title || q.article_id), ' · ', day(q.published))))),
        ),
      ),
      h(
        'section',
        {},
        h('h2', {}, `مقالات تذكره (${num(articles.total)})`),
        h('ul', { class: 'article-list' }, articles.items.map((x) => h('li', {}, h('a', { href: `#/article/${x.id.split('/').map(encodeURIComponent).join('/')}` }, x.title || x.id), h('span', { class: 'meta' }, ` ${x.outlet || ''} · ${day(x.published)}`)))),
      ),
    ),
  );
  if (p.timeline.length) {
    return timelineChart(chartBox, p.timeline, { height: 220 });
  }
  return undefined;
}

