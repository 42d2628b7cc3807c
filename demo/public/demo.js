// The demo host page: what an agency writes around <connections-portal>, plus a panel that drives
// the reference server (switch workspace, inject failures) and logs every DOM event the portal fires.
import { PORTAL_EVENT_NAMES } from '/dist/portal-connections.bundle.js';

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

async function control(path, body) {
  const response = await fetch(`/api/__control${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`The demo server answered ${response.status}.`);
}

async function fault(body, message) {
  try {
    await control(`/workspaces/${encodeURIComponent(portal.workspaceId)}/faults`, body);
    status.textContent = message;
  } catch (error) {
    status.textContent = error.message;
  }
}

workspace.addEventListener('change', () => {
  portal.workspaceId = workspace.value;
  portal.connectionId = '';
  status.textContent = `Switched to workspace ${workspace.value}.`;
});

document.getElementById('fail-load').addEventListener('click', async () => {
  // Three answers, because a failing GET is retried twice before the page shows the error.
  await fault({ method: 'GET', status: 500, times: 3 }, 'The list failed to load: try Retry.');
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
