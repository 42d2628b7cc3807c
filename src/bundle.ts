/**
 * The self-contained bundle: Lit inlined, every default tag registered, the same exports as the
 * main entry. `<script type="module" src=".../portal-connections.bundle.js">` is all a page needs.
 */
import './define.js';

export * from './index.js';
