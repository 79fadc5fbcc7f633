// The server: it does all the checking (POST /api/check); this page only sends the report.
import { state, t } from './state.js';

export class RequestError extends Error {
  constructor(message) { super(message); this.name = 'RequestError'; }
}

export async function getJson(path) {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new RequestError(`${res.status}`);
  return res.json();
}

export async function loadRules() {
  try {
    const data = await getJson('/api/rules?lang=' + state.lang);
    state.rules = Object.fromEntries(data.rules.map((r) => [r.id, r]));
  } catch (e) {
    state.rules = {}; // findings still show their own message
  }
}

/** POSTs the input to /api/check; resolves to parsed JSON (include text) or a Blob for downloads. */

export async function postCheck(input, { format = 'json', includeText = false } = {}) {
  const params = new URLSearchParams({ lang: state.lang });
  if (format !== 'json') params.set('format', format);
  if (includeText) params.set('include', 'text');
  const init = { method: 'POST' };
  if (input.kind === 'file') {
    const form = new FormData();
    form.append('file', input.file, input.file.name);
    init.body = form;
  } else {
    params.set('name', input.name);
    init.body = input.text;
    init.headers = { 'Content-Type': 'text/plain; charset=utf-8' };
  }
  let res;
  try {
    res = await fetch('/api/check?' + params.toString(), init);
  } catch (e) {
    throw new RequestError(t('errNetwork', e.message));
  }
  if (!res.ok) {
    let message = res.statusText;
    try {
      const body = await res.json();
      message = (body.error && (body.error[state.lang] || body.error.message)) || message;
    } catch (e) { /* not JSON: keep the status text */ }
    throw new RequestError(t('errHttp', res.status, message));
  }
  return format === 'json' && includeText ? res.json() : res.blob();
}
