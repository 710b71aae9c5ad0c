// Timeline: events per day, week or month stacked by quad class, and articles per bucket.
import { h, mount, num, spinner } from '../dom.js';
import { get } from '../api.js';
import { go } from '../nav.js';
import { QUADS, QUAD_COLORS } from '../labels.js';
import { timelineChart } from '../chart.js';
import { outlets, select, input, dateInput, filterForm, rootOptions } from './common.js';

export async function timelineView(app, params, _arg, { stale }) {
  const outletList = await outlets();
  const form = filterForm(
    [
      select('bucket', params.bucket, [['', 'يومي'], ['week', 'أسبوعي'], ['month', 'شهري']], 'الفترة'),
      dateInput('from', params.from, 'من'),
      dateInput('to', params.to, 'إلى'),
      input('actor', params.actor, 'الفاعل (المعرّف)'),
      select('root', params.root, rootOptions(), 'نوع الحدث'),
      select('outlet', params.outlet, [['', 'كل المصادر'], ...outletList.map((o) => [o.value, o.value])], 'المصدر'),
    ],
    (values) => go('/timeline', values),
  );
  const chart = h('div', { class: 'chart', id: 'timeline-chart' }, spinner());
  const totals = h('div', { class: 'stats' });
  mount(app, h('div', { class: 'page' }, h('h1', {}, 'الخط الزمني'), form, chart, totals));
  const t = await get('/timeline', params);
  if (stale()) return undefined;
  if (!t.series.length) {
    mount(chart, h('p', { class: 'empty' }, 'لا أحداث مؤرخة بهذه المرشّحات.'));
    return undefined;
  }
  chart.replaceChildren();
  const sum = (key) => t.series.reduce((s, p) => s + (p[key] || 0), 0);
  mount(
    totals,
    [1, 2, 3, 4].map((q) =>
      h('div', { class: 'stat' }, h('div', { class: 'stat-n', style: { color: QUAD_COLORS[q] } }, num(sum(`q${q}`))), h('div', { class: 'stat-l' }, QUADS[q].name)),
    ),
    h('div', { class: 'stat' }, h('div', { class: 'stat-n' }, num(sum('articles'))), h('div', { class: 'stat-l' }, 'مقالات')),
  );
  return timelineChart(chart, t.series, {
    height: 320,
    bucket: t.bucket,
    onPick: (p) => {
      if (t.bucket !== 'day') return;
      go('/events', { from: p.bucket, to: p.bucket, actor: params.actor, root: params.root, outlet: params.outlet });
    },
  });
}
