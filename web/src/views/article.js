// One article: its text with actor mentions, event triggers and quotes highlighted, and a side
// panel listing the events, quotes and actors found in it.
import { h, mount, num, day, ltr } from '../dom.js';
import { get, articlePath } from '../api.js';
import { actorType } from '../labels.js';
import { actorLink, quadPill, cameoLabel } from './common.js';

export async function articleView(app, _params, id, { stale }) {
  const a = await get(articlePath(id));
  if (stale()) return;
  const chars = Array.from(a.text); // the API's offsets index characters, as Array.from does
  const text = (s, e) => chars.slice(s, e).join('');

  // Every annotation as a character range; the text is cut at every boundary and each piece
  // carries the classes of all annotations covering it, so overlaps render correctly.
  const marks = [];
  a.mentions.forEach((m, i) => marks.push({ start: m.start, end: m.end, kind: 'mention', i }));
  a.events.forEach((e, i) => {
    marks.push({ start: e.trigger.start, end: e.trigger.end, kind: 'trigger', i });
    marks.push({ start: e.sentence.start, end: e.sentence.end, kind: 'sentence', i });
  });
  a.quotes.forEach((q, i) => marks.push({ start: q.start, end: q.end, kind: 'quote', i }));

  const body = h(
    'div',
    { class: 'article-text', lang: a.language || 'ar' },
    a.paragraphs.map((p) => h('p', {}, pieces(p.start, p.end))),
  );

  function pieces(start, end) {
    const inside = marks.filter((m) => m.start < end && m.end > start && m.start < m.end);
    const cuts = new Set([start, end]);
    for (const m of inside) {
      cuts.add(Math.max(start, m.start));
      cuts.add(Math.min(end, m.end));
    }
    const points = [...cuts].sort((x, y) => x - y);
    const out = [];
    for (let k = 0; k + 1 < points.length; k++) {
      const [s, e] = [points[k], points[k + 1]];
      const over = inside.filter((m) => m.start <= s && m.end >= e);
      if (over.length === 0) {
        out.push(text(s, e));
        continue;
      }
      const classes = [];
      const data = {};
      let mention = null;
      for (const m of over) {
        if (m.kind === 'mention') {
          mention = a.mentions[m.i];
          classes.push('ent', `ent-${mention.actor.type || 'other'}`);
          data.mention = m.i;
        } else if (m.kind === 'trigger') {
          classes.push('trigger', `tq${a.events[m.i].event.quad_class}`);
          data.trigger = (data.trigger ? `${data.trigger} ` : '') + m.i;
        } else if (m.kind === 'sentence') {
          data.sentence = (data.sentence ? `${data.sentence} ` : '') + m.i;
        } else if (m.kind === 'quote') {
          classes.push('quote');
          data.quote = m.i;
        }
      }
      const attrs = { class: classes.join(' '), dataset: data };
      if (mention) {
        out.push(
          h('a', { ...attrs, href: `#/actor/${encodeURIComponent(mention.actor.id)}`, title: `${mention.actor.name} — ${actorType(mention.actor.type)}${mention.actor.code ? ` (${mention.actor.code})` : ''}` }, text(s, e)),
        );
      } else {
        const title = data.trigger !== undefined ? eventTitle(a.events[Number(String(data.trigger).split(' ')[0])]) : undefined;
        out.push(h('span', { ...attrs, title }, text(s, e)));
      }
    }
    return out;
  }

  const toggles = h(
    'div',
    { class: 'layers', role: 'group', 'aria-label': 'طبقات التمييز' },
    [
      ['ent', 'الفاعلون', true],
      ['trigger', 'الأحداث', true],
      ['quote', 'الاقتباسات', true],
    ].map(([layer, label, on]) =>
      h(
        'label',
        { class: `layer layer-${layer}` },
        h('input', {
          type: 'checkbox',
          checked: on,
          onchange: (e) => body.classList.toggle(`hide-${layer}`, !e.target.checked),
        }),
        ' ',
        label,
      ),
    ),
  );

  function flash(kind, i) {
    for (const el of body.querySelectorAll('.flash')) el.classList.remove('flash');
    const hits = [...body.querySelectorAll(`[data-${kind}]`)].filter((el) => el.dataset[kind].split(' ').includes(String(i)));
    hits.forEach((el) => el.classList.add('flash'));
    if (hits[0]) hits[0].scrollIntoView({ behavior: 'smooth', block: 'center' });
  }

  const actors = new Map();
  for (const m of a.mentions) {
    const entry = actors.get(m.actor.id) || { actor: m.actor, count: 0 };
    entry.count += 1;
    actors.set(m.actor.id, entry);
  }

  const side = h(
    'aside',
    { class: 'side-panel' },
    h(
      'section',
      {},
      h('h2', {}, `الأحداث (${num(a.events.length)})`),
      a.events.length === 0 ? h('p', { class: 'muted' }, 'لم تُرصد أحداث في هذا المقال.') : null,
      h(
        'ol',
        { class: 'event-list' },
        a.events.map((e, i) =>
          h(
            'li',
            { class: 'event-item', tabindex: 0, onclick: () => flash('sentence', i), onkeydown: (ev) => ev.key === 'Enter' && flash('sentence', i) },
            h('div', { class: 'event-actors' }, actorLink(e.event.source), h('span', { class: 'arrow' }, ' ← '), actorLink(e.event.target)),
            h('div', {}, cameoLabel(e.event.cameo), ' ', quadPill(e.event.quad_class)),
            h('div', { class: 'meta' }, day(e.event.date), ' · غولدستين ', ltr(String(e.event.goldstein)), e.event.negated ? ' · منفي' : '', e.event.modality !== 'asserted' ? ` · ${e.event.modality}` : ''),
            h('blockquote', { class: 'evidence' }, text(e.sentence.start, e.sentence.end)),
          ),
        ),
      ),
    ),
    h(
      'section',
      {},
      h('h2', {}, `الاقتباسات (${num(a.quotes.length)})`),
      a.quotes.length === 0 ? h('p', { class: 'muted' }, 'لا اقتباسات.') : null,
      h(
        'ul',
        { class: 'quote-list' },
        a.quotes.map((q, i) =>
          h('li', { class: 'quote-item', tabindex: 0, onclick: () => flash('quote', i) }, h('div', {}, actorLink(q.speaker), q.direct ? '' : ' (غير مباشر)'), h('q', {}, text(q.start, q.end))),
        ),
      ),
    ),
    h(
      'section',
      {},
      h('h2', {}, `الفاعلون (${num(actors.size)})`),
      h(
        'ul',
        { class: 'actor-list' },
        [...actors.values()]
          .sort((x, y) => y.count - x.count)
          .map(({ actor, count }) => h('li', {}, h('span', { class: `dot ent-${actor.type}` }), actorLink(actor), ' ', h('span', { class: 'count' }, num(count)))),
      ),
    ),
  );

  mount(
    app,
    h(
      'div',
      { class: 'page article-page' },
      h('a', { href: '#/', class: 'back', onclick: (e) => { if (history.length > 1) { e.preventDefault(); history.back(); } } }, '→ رجوع'),
      h('h1', {}, a.title || a.id),
      h(
        'div',
        { class: 'meta' },
        a.outlet || '',
        a.outlet ? ' · ' : '',
        day(a.published),
        a.author ? ` · ${a.author}` : '',
        a.url ? [' · ', h('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'المصدر')] : null,
        ' · ',
        h('bdi', { class: 'code' }, a.id),
      ),
      toggles,
      h('div', { class: 'with-aside' }, h('article', {}, body), side),
      a.comments && a.comments.length
        ? h('details', { class: 'comments' }, h('summary', {}, `تعليقات القرّاء (${num(a.comments.length)})`), a.comments.map((c) => h('p', {}, c.author ? h('b', {}, `${c.author}: `) : null, c.text)))
        : null,
    ),
  );
}

function eventTitle(e) {
  if (!e) return undefined;
  const s = e.event.source ? e.event.source.name : '؟';
  const t = e.event.target ? e.event.target.name : '؟';
  return `${s} ← ${t} · ${e.event.cameo}`;
}

