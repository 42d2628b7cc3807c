// The demo host page: what an agency writes around <connections-portal>, plus a panel that drives
// the reference server (switch workspace, inject failures, change connections as the provider would,
// offer or withdraw the event stream) and logs every DOM event the portal fires.
import { PORTAL_EVENT_NAMES, registerLocale } from '/dist/portal-connections.bundle.js';

const portal = document.querySelector('connections-portal');
const log = document.getElementById('event-log');
const status = document.getElementById('demo-status');
const workspace = document.getElementById('workspace');

/** A short, readable summary of an event's detail. */
function summarize(detail) {
  const parts = [];
  if (detail.connection) parts.push(`${detail.connection.app.name} (${detail.connection.status})`);
  if (detail.previousStatus) parts.push(`was ${detail.previousStatus}`);
  if (detail.request) parts.push(detail.request.app.name);
  if (detail.error) parts.push(`error: ${detail.error.kind}`);
  return parts.join(', ');
}

for (const name of PORTAL_EVENT_NAMES) {
  portal.addEventListener(name, (event) => {
    const item = document.createElement('li');
    const time = new Date().toLocaleTimeString();
    item.textContent = `${time} ${name}: ${summarize(event.detail)}`;
    log.prepend(item);
    // The demo has no provider consent screen behind the connect URL: show what would open.
    if (name === 'connection-request-connect') {
      event.preventDefault();
      status.textContent = `A real portal opens ${event.detail.request.connectUrl} here.`;
    }
  });
}

async function control(path, body, method = 'POST') {
  const response = await fetch(`/api/__control${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`The demo server answered ${response.status}.`);
  return response;
}

const workspacePath = () => `/workspaces/${encodeURIComponent(portal.workspaceId)}`;

async function fault(body, message) {
  try {
    await control(`${workspacePath()}/faults`, body);
    status.textContent = message;
  } catch (error) {
    status.textContent = error.message;
  }
}

// Light, dark or the viewer's setting: the host page's color-scheme, which the portal follows.
// Set through the CSSOM (the page's CSP allows no style attribute) and remembered for the next visit.
const colorScheme = document.getElementById('color-scheme');
const SCHEME_KEY = 'portal-connections-demo:color-scheme';
function applyColorScheme(value) {
  document.documentElement.style.colorScheme = value;
  colorScheme.value = value;
}
try {
  const saved = localStorage.getItem(SCHEME_KEY);
  if ([...colorScheme.options].some((option) => option.value === saved)) applyColorScheme(saved);
} catch {
  // No storage (a private window that refuses it): the page starts with the viewer's setting.
}
colorScheme.addEventListener('change', () => {
  applyColorScheme(colorScheme.value);
  try {
    localStorage.setItem(SCHEME_KEY, colorScheme.value);
  } catch {
    // Not remembered, still applied.
  }
  status.textContent = `The page's color-scheme is now "${colorScheme.value}".`;
});

// The portal's language: a host registers the locales it ships (each a module of its own, loaded
// here when first chosen) and sets `lang` (and `dir` for Arabic) on the portal or a container.
const language = document.getElementById('language');
const SHIPPED = ['de', 'fr', 'es', 'pt-BR', 'ja', 'ar'];
language.addEventListener('change', async () => {
  const lang = language.value;
  try {
    if (SHIPPED.includes(lang)) {
      registerLocale(lang, (await import(`/dist/locales/${lang}.js`)).default);
    }
    portal.lang = lang;
    portal.dir = lang === 'ar' ? 'rtl' : 'ltr';
    status.textContent =
      lang === 'en' || SHIPPED.includes(lang)
        ? `The portal's lang is now "${lang}".`
        : `No locale is registered for "${lang}": the portal speaks English and marks it lang="en".`;
  } catch (error) {
    status.textContent = `The ${lang} locale could not be loaded: ${error.message}`;
  }
});

const streamOffered = document.getElementById('stream-offered');

/** Shows whether the server offers the current workspace's event stream. */
async function syncStreamOffered() {
  try {
    const state = await (await control(`${workspacePath()}/stream`, undefined, 'GET')).json();
    streamOffered.checked = state.offered;
  } catch (error) {
    status.textContent = error.message;
  }
}

workspace.addEventListener('change', () => {
  portal.workspaceId = workspace.value;
  portal.connectionId = '';
  status.textContent = `Switched to workspace ${workspace.value}.`;
  void syncStreamOffered();
});

document.getElementById('fail-load').addEventListener('click', async () => {
  // Three answers, because a failing GET is retried twice before the page shows the error. Only the
  // list's and a detail's loads: the event stream's reconnects must not use them up.
  await fault(
    { method: 'GET', path: '/connections', status: 500, times: 3 },
    'The list failed to load: try Retry.',
  );
  portal.connectionId = '';
  await portal.store?.reloadConnections();
});
document
  .getElementById('fail-action')
  .addEventListener('click', () =>
    fault({ method: 'POST', status: 503 }, 'The next Refresh credential or Revoke will fail.'),
  );
document
  .getElementById('reset')
  .addEventListener('click', () =>
    control('/reset').then(() => location.assign('/portal/connections')),
  );
document.getElementById('clear-log').addEventListener('click', () => log.replaceChildren());

// Live updates: the portal's `live` attribute, and changes the server makes as the provider would.
document.getElementById('live').addEventListener('change', (event) => {
  portal.setAttribute('live', event.target.value);
  status.textContent = `The portal's live attribute is now "${event.target.value}".`;
});

void syncStreamOffered();
streamOffered.addEventListener('change', async () => {
  const offered = streamOffered.checked;
  try {
    await control(`${workspacePath()}/stream`, { offered });
    status.textContent = offered
      ? 'The server offers the event stream again: the portal uses it when it next connects.'
      : 'The server no longer offers the event stream: the portal falls back to polling.';
  } catch (error) {
    streamOffered.checked = !offered;
    status.textContent = error.message;
  }
});

/** The connection shown in detail when it has `wanted` status, else the first listed that has it. */
async function connectionWith(wanted) {
  const response = await fetch(`/api${workspacePath()}/connections?limit=100`);
  if (!response.ok) throw new Error(`The demo server answered ${response.status}.`);
  const { connections } = await response.json();
  const shown = connections.find((c) => c.id === portal.connectionId && c.status === wanted);
  return shown ?? connections.find((c) => c.status === wanted);
}

/**
 * @param {'expire' | 'settle'} action
 * @param {string} wanted  the status the connection must have
 * @param {(name: string) => string} done  the message once changed
 */
async function changeAsProvider(action, wanted, done) {
  try {
    const connection = await connectionWith(wanted);
    if (!connection) {
      status.textContent = `No ${wanted} connection in this workspace: try Reset the demo data.`;
      return;
    }
    await control(`${workspacePath()}/connections/${encodeURIComponent(connection.id)}/${action}`);
    status.textContent = done(`${connection.app.name} (${connection.label})`);
  } catch (error) {
    status.textContent = error.message;
  }
}

document
  .getElementById('expire')
  .addEventListener('click', () =>
    changeAsProvider('expire', 'active', (name) => `The provider says ${name}'s token expired.`),
  );
document
  .getElementById('settle')
  .addEventListener('click', () =>
    changeAsProvider('settle', 'pending', (name) => `${name} finished its setup.`),
  );
