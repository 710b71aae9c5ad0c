// The actor network: force-directed layout (cytoscape's cose), nodes coloured by community and
// sized by events, edges coloured by the balance of cooperation and conflict. Clicking an edge
// lists the sentences behind it; clicking a node summarises the actor.
import cytoscape from 'cytoscape';
import { h, mount, num, ltr, spinner } from '../dom.js';
import { get, exportUrl } from '../api.js';
import { go } from '../nav.js';
import { select, input, dateInput, filterForm, actorLink, rootOptions } from './common.js';
import { evidenceList } from './events.js';

const COMMUNITY_COLORS = ['#4e79a7', '#f28e2b', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac', '#e15759'];
const COOP = '#1b7837';
const CONFLICT = '#b2182b';
const MIXED = '#d98a1c';
const FILTER_KEYS = ['from', 'to', 'quad', 'root', 'actor', 'min_events', 'outlet'];

/** Green when cooperation dominates, red for conflict, amber when balanced. */
function edgeColor(e) {
  const total = e.cooperation + e.conflict;
  if (!total) return '#999';
  const share = e.conflict / total;
  return share >= 2 / 3 ? CONFLICT : share <= 1 / 3 ? COOP : MIXED;
}

export async function networkView(app, params, _arg, { stale }) {
  const filters = Object.fromEntries(FILTER_KEYS.filter((k) => params[k]).map((k) => [k, params[k]]));
  const form = filterForm(
    [
      dateInput('from', params.from, 'من'),
      dateInput('to', params.to, 'إلى'),
      select('quad', params.quad, [['', 'تعاون وصراع'], ['cooperation', 'تعاون فقط'], ['conflict', 'صراع فقط']], 'النوع'),
      select('root', params.root, rootOptions(), 'نوع الحدث'),
      input('min_events', params.min_events, 'أدنى عدد أحداث', { type: 'number', min: 1, style: { width: '5em' } }),
      params.actor ? h('input', { type: 'hidden', name: 'actor', value: params.actor }) : null,
    ],
    (values) => go('/network', values),
  );
  const graph = h('div', { class: 'graph', id: 'graph', role: 'img', 'aria-label': 'شبكة الفاعلين' });
  const panel = h('aside', { class: 'side-panel', id: 'network-panel' }, legend(), h('p', { class: 'muted' }, 'انقر على علاقة لعرض الجمل التي تثبتها، أو على فاعل لعرض ملخصه.'));
  const summary = h('div', { class: 'summary' }, spinner());
  mount(
    app,
    h(
      'div',
      { class: 'page network-page' },
      h('h1', {}, 'شبكة الفاعلين'),
      form,
      h('div', { class: 'exports' }, params.actor ? ['حول: ', ltr(params.actor), ' · '] : null, h('a', { href: exportUrl('network.graphml', filters), download: '' }, 'تصدير GraphML (Gephi)')),
      summary,
      h('div', { class: 'with-aside' }, graph, panel),
    ),
  );
  const net = await get('/network', { ...filters, limit: 400 });
  if (stale()) return undefined;
  mount(summary, `${num(net.nodes.length)} فاعل · ${num(net.edges.length)} علاقة · ${num(net.communities)} مجتمعات`);
  if (!net.nodes.length) {
    mount(graph, h('p', { class: 'empty' }, 'لا علاقات بهذه المرشّحات.'));
    return undefined;
  }
  const maxEvents = Math.max(1, ...net.nodes.map((n) => n.events));
  const maxEdge = Math.max(1, ...net.edges.map((e) => e.events));
  const byId = new Map(net.nodes.map((n) => [n.id, n]));
  const cy = cytoscape({
    container: graph,
    elements: [
      ...net.nodes.map((n) => ({
        data: { id: n.id, label: n.name, size: 18 + 42 * Math.sqrt(n.events / maxEvents), color: COMMUNITY_COLORS[n.community % COMMUNITY_COLORS.length] },
      })),
      ...net.edges.map((e, i) => ({
        data: { id: `e${i}`, source: e.source, target: e.target, width: 1 + 7 * (e.events / maxEdge), color: edgeColor(e), edge: e },
      })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(color)',
          width: 'data(size)',
          height: 'data(size)',
          label: 'data(label)',
          'font-size': 13,
          'font-family': 'system-ui, "Noto Sans Arabic", "DejaVu Sans", sans-serif',
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-outline-color': '#fff',
          'text-outline-width': 2,
          color: '#222',
        },
      },
      {
        selector: 'edge',
        style: {
          width: 'data(width)',
          'line-color': 'data(color)',
          'target-arrow-color': 'data(color)',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          opacity: 0.8,
        },
      },
      { selector: ':selected', style: { 'overlay-color': '#000', 'overlay-opacity': 0.15, 'border-width': 3, 'border-color': '#222' } },
    ],
    layout: { name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, randomize: false, idealEdgeLength: () => 110, nodeRepulsion: () => 9000 },
    wheelSensitivity: 0.3,
  });
  // For the e2e test and for debugging from the console.
  graph.dataset.ready = '1';
  window.marsadGraph = cy;

  cy.on('tap', 'edge', async (event) => {
    const e = event.target.data('edge');
    const source = byId.get(e.source);
    const target = byId.get(e.target);
    mount(
      panel,
      h('h2', {}, source ? source.name : e.source, ' ← ', target ? target.name : e.target),
      h('div', { class: 'meta' }, `${num(e.events)} أحداث: `, h('span', { class: 'coop' }, `${num(e.cooperation)} تعاون`), ' · ', h('span', { class: 'conflict' }, `${num(e.conflict)} صراع`), ' · غولدستين ', ltr(e.goldstein_mean.toFixed(1))),
      h('div', { class: 'actions' }, h('a', { href: `#/events?source=${encodeURIComponent(e.source)}&target=${encodeURIComponent(e.target)}` }, 'كل الأحداث')),
      h('div', { id: 'evidence' }, spinner()),
    );
    const ev = await get('/evidence', { ...filters, actor: undefined, min_events: undefined, source: e.source, target: e.target, limit: 30 });
    const box = panel.querySelector('#evidence');
    if (box) mount(box, h('h3', {}, 'الجمل الدالّة'), evidenceList(ev.items));
  });
  cy.on('tap', 'node', (event) => {
    const n = byId.get(event.target.id());
    if (!n) return;
    mount(
      panel,
      h('h2', {}, actorLink(n)),
      h('div', { class: 'meta' }, n.name_en ? ltr(n.name_en) : '', n.code ? [' · ', ltr(n.code)] : null),
      h('ul', {}, h('li', {}, `الأحداث: ${num(n.events)}`), h('li', { class: 'coop' }, `تعاون: ${num(n.cooperation)}`), h('li', { class: 'conflict' }, `صراع: ${num(n.conflict)}`), h('li', {}, `الأطراف: ${num(n.degree)}`), h('li', {}, `المجتمع: ${num(n.community + 1)}`)),
      h('div', { class: 'actions' }, h('a', { class: 'button', href: `#/network?${new URLSearchParams({ ...filters, actor: n.id })}` }, 'شبكته وحده')),
      legend(),
    );
  });
  return () => {
    delete window.marsadGraph;
    cy.destroy();
  };
}

function legend() {
  return h(
    'div',
    { class: 'legend' },
    h('h3', {}, 'مفتاح الألوان'),
    h('div', {}, h('span', { class: 'swatch', style: { background: COOP } }), ' تعاون غالب (صنف ١–٢)'),
    h('div', {}, h('span', { class: 'swatch', style: { background: CONFLICT } }), ' صراع غالب (صنف ٣–٤)'),
    h('div', {}, h('span', { class: 'swatch', style: { background: MIXED } }), ' مختلط'),
    h('div', { class: 'muted' }, 'سماكة الخط = عدد الأحداث؛ لون العقدة = المجتمع؛ حجمها = نشاطها.'),
  );
}
