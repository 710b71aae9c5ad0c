// Hash-based navigation: `#/path?key=value`.

/** The current route: path and query parameters. */
export function parseHash() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const at = hash.indexOf('?');
  const path = at < 0 ? hash : hash.slice(0, at);
  const qs = at < 0 ? '' : hash.slice(at + 1);
  return { path, params: Object.fromEntries(new URLSearchParams(qs)) };
}

/** Navigates to `path` with `params` (empty values dropped). */
export function go(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  }
  const s = q.toString();
  location.hash = `#${path}${s ? `?${s}` : ''}`;
}
