import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { messagesContext } from '../context.js';
import { defaultMessages, resolveMessages, type Messages } from './messages.js';

/**
 * The one way an element gets its strings: `private i18n = new MessagesController(this)`, then
 * `this.i18n.messages`. The element's own override (the badge's and the toast region's public
 * `.messages`) wins, merged over the defaults; else the provider's messages; else the defaults.
 * The element re-renders when the provider's messages change.
 */
export class MessagesController {
  private readonly consumer: ContextConsumer<
    typeof messagesContext,
    ReactiveControllerHost & HTMLElement
  >;
  private override?: Partial<Messages>;
  private resolved?: Messages;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly ownOverride: () => Partial<Messages> | undefined = () => undefined,
  ) {
    this.consumer = new ContextConsumer(host, { context: messagesContext, subscribe: true });
  }

  get messages(): Messages {
    const override = this.ownOverride();
    if (!override) return this.consumer.value ?? defaultMessages;
    // Resolved once per override object, not on every render.
    if (override !== this.override || !this.resolved) {
      this.override = override;
      this.resolved = resolveMessages(override);
    }
    return this.resolved;
  }
}
