import { expect } from '@open-wc/testing';
// No define entry here: the test plays another copy of the library (a <script> bundle beside
// `portal-connections/react`, or a second version in node_modules) that took the default tags.
import { BaseElement } from '../../../src/elements/base/base-element.js';
import { ConnectionsPortal } from '../../../src/elements/portal/connections-portal.js';
import { ConnectionsTable } from '../../../src/elements/table/connections-table.js';

describe('BaseElement.define', () => {
  it('gives a second copy its reactive properties on the prototype (what @lit/react checks)', () => {
    customElements.define('connections-portal', class OtherCopy extends HTMLElement {});
    customElements.define('connections-table', class OtherCopyTable extends HTMLElement {});
    ConnectionsPortal.define('connections-portal'); // taken: a no-op, as designed
    ConnectionsTable.define('connections-table');
    // @lit/react sets a prop as a property only when `prop in elementClass.prototype`; else it
    // hands it to React, which after hydrateRoot never sets it (react#35446).
    for (const key of ['api', 'messages', 'getSessionToken', 'workspaceId', 'routing']) {
      expect(key in ConnectionsPortal.prototype, key).to.equal(true);
    }
    expect('searchThreshold' in ConnectionsTable.prototype).to.equal(true);
  });

  // Registries without getName(): the scoped-custom-element-registry polyfill (which replaces
  // window.customElements), jsdom before 23.1.
  it('registers a class under a second name in a registry without getName()', () => {
    class Named extends BaseElement {}
    const saved = Object.getOwnPropertyDescriptor(CustomElementRegistry.prototype, 'getName');
    Object.defineProperty(CustomElementRegistry.prototype, 'getName', {
      value: undefined,
      configurable: true,
    });
    try {
      expect(() => Named.define('define-test-one')).not.to.throw();
      expect(() => Named.define('define-test-two')).not.to.throw();
      expect(customElements.get('define-test-one')).to.equal(Named);
      expect(customElements.get('define-test-two')).to.exist;
    } finally {
      if (saved) Object.defineProperty(CustomElementRegistry.prototype, 'getName', saved);
      else delete (CustomElementRegistry.prototype as { getName?: unknown }).getName;
    }
  });
});
