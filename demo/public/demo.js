// Until the elements land, the demo lists the seeded workspace through the library's HTTP client.
import { HttpConnectionsApi } from '/dist/portal-connections.bundle.js';

const api = new HttpConnectionsApi({ baseUrl: '/api', workspaceId: 'acme' });
const status = document.getElementById('status');
const table = document.getElementById('connections');

try {
  const connections = await api.listConnections();
  const body = table.tBodies[0];
  for (const connection of connections) {
    const row = body.insertRow();
    for (const text of [connection.app.name, connection.label, connection.status]) {
      row.insertCell().textContent = text;
    }
  }
  status.textContent = `${connections.length} connections.`;
  table.hidden = false;
} catch (error) {
  status.textContent = `Could not load connections: ${error.message}`;
}
