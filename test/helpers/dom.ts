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

/** The text a user reads, whitespace folded. */
export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Waits until every CSS animation running under `root`, shadow trees included, has finished, so
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
  await Promise.all(animations.map((animation) => animation.finished));
}
