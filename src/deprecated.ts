/**
 * Old names, kept for one release so that code written against them still compiles and runs.
 * "Portal" now names only `<connections-portal>`; see CHANGELOG.md ("Deprecated").
 */
import type { ReactiveControllerHost } from 'lit';
import { BaseElement } from './elements/base/base-element.js';
import type { Messages } from './i18n/messages.js';
import { MessagesController } from './i18n/messages-controller.js';
import type { ConnectionsStore } from './state/store.js';
import { StoreController } from './state/store-controller.js';

/** @deprecated Renamed `BaseElement`. */
export const PortalElement = BaseElement;
/** @deprecated Renamed `BaseElement`. */
export type PortalElement = BaseElement;

/**
 * @deprecated Use `StoreController` (its `store` is now `value`) and `MessagesController` (for
 * `messages`).
 */
export class PortalController extends StoreController {
  private readonly i18n: MessagesController;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    super(host);
    this.i18n = new MessagesController(host);
  }

  get store(): ConnectionsStore | undefined {
    return this.value;
  }

  get messages(): Messages {
    return this.i18n.messages;
  }
}
