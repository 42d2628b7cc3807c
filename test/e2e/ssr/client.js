// The client side of the server-rendering recipe (README, "Server rendering"): Lit's hydration
// support first, before anything imports Lit, then the elements.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../../dist/define.js';
