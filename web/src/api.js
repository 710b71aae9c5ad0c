// The JSON API client. All offsets the API returns are character offsets (see /api/openapi.json).

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** Query string from an object, skipping empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v === undefined || v === null || v === '' || v === false) continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export async function get(path, params) {
  const response = await fetch(`/api/v1${path}${query(params)}`, {
    headers: { Accept: 'application/json' },
  });
  let body = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy error page): reported below with the status.
  }
  if (!response.ok) {
    const e = body && body.error ? body.error : { code: 'http', message: response.statusText };
    throw new ApiError(response.status, e.code, e.message);
  }
  return body;
}

/** URL of an export file with these filters. */
export const exportUrl = (file, params) => `/api/v1/export/${file}${query(params)}`;

/** Article ids may contain `/`; the API route takes them as a path tail. */
export const articlePath = (id) => `/articles/${id.split('/').map(encodeURIComponent).join('/')}`;
