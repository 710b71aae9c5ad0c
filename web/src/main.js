// marsad web UI: a hash router over a handful of views. Arabic first, right to left.
import './style.css';
import { mount, h, errorBox } from './dom.js';
import { parseHash } from './nav.js';
import { searchView } from './views/search.js';
import { articleView } from './views/article.js';
import { actorView, actorsView } from './views/actors.js';
import { eventsView } from './views/events.js';
import { networkView } from './views/network.js';
import { timelineView } from './views/timeline.js';

const routes = [
  { pattern: /^\/?$/, nav: 'search', view: searchView },
  { pattern: /^\/search$/, nav: 'search', view: searchView },
  { pattern: /^\/article\/(.+)$/, nav: 'search', view: articleView },
  { pattern: /^\/actors$/, nav: 'actors', view: actorsView },
  { pattern: /^\/actor\/(.+)$/, nav: 'actors', view: actorView },
  { pattern: /^\/events$/, nav: 'events', view: eventsView },
  { pattern: /^\/network$/, nav: 'network', view: networkView },
  { pattern: /^\/timeline$/, nav: 'timeline', view: timelineView },
];

let cleanup = null;
let generation = 0;

async function render() {
  const { path, params } = parseHash();
  const app = document.getElementById('app');
  if (cleanup) {
    try {
      cleanup();
    } catch {
      // A view's cleanup failing must not block the next view.
    }
    cleanup = null;
  }
  const mine = ++generation;
  for (const route of routes) {
    const m = path.match(route.pattern);
    if (!m) continue;
    for (const a of document.querySelectorAll('#nav a')) {
      a.classList.toggle('active', a.dataset.nav === route.nav);
    }
    const arg = m[1] ? m[1].split('/').map(decodeURIComponent).join('/') : undefined;
    try {
      // A view returns an optional cleanup function (charts, graph).
      const done = await route.view(app, params, arg, { stale: () => mine !== generation });
      if (mine === generation) cleanup = done || null;
      else if (done) done();
    } catch (error) {
      if (mine === generation) mount(app, errorBox(error));
    }
    return;
  }
  mount(app, h('div', { class: 'error' }, 'الصفحة غير موجودة. ', h('a', { href: '#/' }, 'العودة إلى البحث')));
}

window.addEventListener('hashchange', render);
if (document.readyState === 'loading') window.addEventListener('DOMContentLoaded', render);
else render();
