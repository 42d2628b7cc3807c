/**
 * The languages the elements speak: English built in, any other registered by the host with
 * `registerLocale('de', de)` (`portal-connections/locales/de`, out of the core bundle). Each element
 * speaks the registered language that best matches its closest `lang`, else English, with its own
 * or its provider's `.messages` on top; its dates, numbers and plurals follow the same language.
 */
import type { ReactiveControllerHost } from 'lit';
import { defaultMessages, resolveMessages, type Messages } from './messages.js';

/** What an element speaks: its strings, and the tag `Intl` formats its dates and numbers in. */
export interface Locale {
  lang: string;
  messages: Messages;
  /**
   * `en` when the closest `lang` names a language with no registered locale (`pl`, `he`) and no
   * `.messages` lies on top: the English shown is then marked as English (WCAG 3.1.2, Language of
   * Parts), so that a screen reader does not read it in the page's language. Absent otherwise.
   */
  marked?: string;
}

/** `lang` as a canonical tag (`pt-br` → `pt-BR`); a `RangeError` when it is malformed. */
const canonical = (lang: string) => Intl.getCanonicalLocales(lang)[0]!;

/** Registered languages by canonical tag. */
const locales = new Map<string, Messages>([['en', defaultMessages]]);
/** Override → the locale it was last laid over, and the two merged: a render never merges twice. */
const merged = new WeakMap<object, [Messages, Messages]>();
/** The connected hosts, re-rendered when a locale is registered or a `lang` changes. */
const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

const rerender = () => hosts.forEach((host) => host.requestUpdate());

/**
 * Makes `messages` the language of the elements whose closest `lang` matches `lang` best (and of
 * those already on the page). Throws a `RangeError` for a malformed tag.
 */
export function registerLocale(lang: string, messages: Messages): void {
  locales.set(canonical(lang), messages);
  rerender();
}

/**
 * What an element under `lang` speaks: the registered language that best matches `lang` (the tag
 * itself, then without its last subtags: `pt-BR`, then `pt`), else English, as for a missing or
 * malformed tag; with `override` (its own `.messages`, else its provider's) on top, when it is an
 * object. The tag for `Intl` stays the element's own (`de-CH`, `en-GB`) when its language matched.
 */
export function localized(lang: string | undefined, override?: Partial<Messages> | null): Locale {
  let tag = 'en';
  try {
    tag = canonical(lang || tag);
  } catch {
    // A malformed tag (`en_US`) names no language: English.
  }
  let match = tag;
  let fellBack = false;
  // Past its last subtag, English (always registered), formatted as English.
  while (!locales.has(match))
    match = match.replace(/-?[^-]*$/, '') || ((fellBack = true), (tag = 'en'));
  let messages = locales.get(match)!;
  const overridden = override && typeof override === 'object';
  if (overridden) {
    let last = merged.get(override);
    if (last?.[0] !== messages) {
      merged.set(override, (last = [messages, resolveMessages(override, messages)]));
    }
    messages = last[1];
  }
  // With `.messages` on top, the words may be the host's own language: left unmarked.
  return fellBack && !overridden ? { lang: tag, messages, marked: tag } : { lang: tag, messages };
}

/**
 * Re-renders `host`, while it is watched, when a locale is registered or a `lang` attribute changes
 * in the document (not inside another shadow root). One observer for every element, disconnected
 * when the last one leaves.
 */
export function watchLanguage(host: ReactiveControllerHost, watch: boolean): void {
  hosts[watch ? 'add' : 'delete'](host);
  observer ??= new MutationObserver(rerender);
  if (hosts.size) observer.observe(document, { attributeFilter: ['lang'], subtree: true });
  else observer.disconnect();
}
