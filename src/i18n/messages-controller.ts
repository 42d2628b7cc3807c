import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { messagesContext } from '../context.js';
import { LANG_MARK as MARK, localeOf } from './format.js';
import { localized, watchLanguage, type Locale } from './locale.js';
import type { Messages } from './messages.js';

/**
 * The one way an element gets its strings: `private i18n = new MessagesController(this)`, then
 * `this.i18n.messages`, in the registered language that best matches the element's closest `lang`
 * (else English), and `this.i18n.lang` for its dates and numbers. The element's own override (the
 * badge's and the toast region's public `.messages`) lies on top, else the provider's. The element
 * re-renders when the provider's messages change, when a locale is registered and when a `lang`
 * attribute changes in the document.
 */
export class MessagesController implements ReactiveController {
  private readonly consumer: ContextConsumer<
    typeof messagesContext,
    ReactiveControllerHost & HTMLElement
  >;
  /** Resolved once per update (a table asks for every row), and again after it. */
  private current?: Locale;
  /** Whether the last update marked what the element drew (see `hostUpdated`). */
  private wasMarked = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly ownOverride: () => Partial<Messages> | undefined = () => undefined,
  ) {
    host.addController(this);
    this.consumer = new ContextConsumer(host, { context: messagesContext, subscribe: true });
  }

  get messages(): Messages {
    return this.spoken.messages;
  }

  /** The language tag of the messages, for `Intl`: `en` without a `lang` or a matching locale. */
  get lang(): string {
    return this.spoken.lang;
  }

  private get spoken(): Locale {
    return (this.current ??= localized(
      localeOf(this.host),
      this.ownOverride() ?? this.consumer.value,
    ));
  }

  hostConnected(): void {
    watchLanguage(this.host, true);
  }

  hostUpdate(): void {
    this.current = undefined;
  }

  /**
   * Marks what the element drew with the language of its words when they are English in a page of
   * another language (`Locale.marked`), and unmarks it otherwise: `lang` on each top-level element
   * of its shadow root, which Lit leaves alone (it only writes what it binds). `data-lang-mark`
   * tells `localeOf` to look past it: an element nested inside still reads the page's language,
   * so what it speaks never depends on which of the two updated first.
   */
  hostUpdated(): void {
    const mark = this.spoken.marked;
    // After every update (a long table's scroll included): nothing to touch while never marked.
    if (!mark && !this.wasMarked) return;
    this.wasMarked = !!mark;
    for (const child of this.host.shadowRoot?.children ?? []) {
      if (!mark) {
        child.removeAttribute('lang');
        child.removeAttribute(MARK);
      } else if (child.getAttribute('lang') !== mark) {
        child.setAttribute('lang', mark);
        child.setAttribute(MARK, '');
      }
    }
  }

  hostDisconnected(): void {
    watchLanguage(this.host, false);
  }
}
