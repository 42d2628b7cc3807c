// The server side of the recipe: the portal's shell rendered by @lit-labs/ssr to declarative shadow
// DOM, in plain Node (Lit's `node` build brings its own minimal DOM shim for rendering).
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../../dist/define.js';

/** The HTML of `<connections-portal>` for `workspaceId`, before any data. */
export function portalShell(apiBaseUrl, workspaceId) {
  return collectResult(
    render(
      html`<connections-portal
        api-base-url=${apiBaseUrl}
        workspace-id=${workspaceId}
      ></connections-portal>`,
    ),
  );
}
