/**
 * Walks down through shadow roots: `shadowQuery(portal, 'connections-table', 'a[part~="manage-link"]')`
 * finds the first match of each selector inside the previous match's shadow root.
 */
export function shadowQuery<T extends Element = HTMLElement>(
  root: Element,
  ...selectors: string[]
): T | null {
  let current: Element | null = root;
  for (const selector of selectors) {
    current = current?.shadowRoot?.querySelector(selector) ?? null;
  }
  return current as T | null;
}

/** Every match of the last selector, inside the shadow root reached by the others. */
export function shadowQueryAll<T extends Element = HTMLElement>(
  root: Element,
  ...selectors: string[]
): T[] {
  const last = selectors.pop()!;
  const host = selectors.length ? shadowQuery(root, ...selectors) : root;
  return [...(host?.shadowRoot?.querySelectorAll<T>(last) ?? [])];
}

export { deepActiveElement } from '../../src/utils/focus.js';

/**
 * The text a user reads, whitespace folded; `undefined` when there is no element, so that a missing
 * element never passes for an empty one.
 */
export function text(element: Element | null | undefined): string | undefined {
  return element?.textContent?.replace(/\s+/g, ' ').trim();
}

function shadowRootOf(host: Element | ShadowRoot): ShadowRoot {
  if (host instanceof ShadowRoot) return host;
  // A host without a shadow root is a broken test or element, not "no such part".
  if (!host.shadowRoot) throw new Error(`<${host.localName}> has no open shadow root.`);
  return host.shadowRoot;
}

/**
 * Every element in `host`'s shadow root (or in `host`, when it is a shadow root) whose `part`
 * attribute lists `name`, the way `::part(name)` matches: `[part~="name"]`.
 */
export function parts<T extends HTMLElement = HTMLElement>(
  host: Element | ShadowRoot,
  name: string,
): T[] {
  return [...shadowRootOf(host).querySelectorAll<T>(`[part~="${name}"]`)];
}

/** The first of `parts(host, name)`, or `null`. */
export function part<T extends HTMLElement = HTMLElement>(
  host: Element | ShadowRoot,
  name: string,
): T | null {
  return shadowRootOf(host).querySelector<T>(`[part~="${name}"]`);
}

/**
 * The rows of connections `table` drew: those with an `aria-rowindex`, not its placeholder rows
 * (part `row skeleton`), which it draws while the list loads.
 */
export function connectionRows(table: Element): HTMLElement[] {
  return parts(table, 'row').filter((row) => row.hasAttribute('aria-rowindex'));
}

/**
 * Waits until every finite CSS animation under `root`, shadow trees included, has finished, so
 * axe's colour-contrast rule reads the colours a user ends up seeing, not a frame of a fade-in.
 * (`document.getAnimations()` does not see inside shadow roots.)
 */
export async function animationsFinished(root: Element): Promise<void> {
  const animations: Animation[] = [];
  const visit = (scope: Element | ShadowRoot) => {
    for (const element of scope.querySelectorAll('*')) {
      if (element.shadowRoot) {
        animations.push(...element.shadowRoot.getAnimations());
        visit(element.shadowRoot);
      }
    }
  };
  if (root.shadowRoot) {
    animations.push(...root.shadowRoot.getAnimations());
    visit(root.shadowRoot);
  }
  visit(root);
  // An endless one (a loading shimmer) never finishes: there is no final frame to wait for.
  const finite = animations.filter(
    (animation) => animation.effect?.getComputedTiming().endTime !== Infinity,
  );
  await Promise.all(finite.map((animation) => animation.finished));
}
