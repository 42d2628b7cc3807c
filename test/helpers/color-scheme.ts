/**
 * The page's `color-scheme`, as a host sets it: on the root element, with the canvas painted the
 * way the browser paints it (`Canvas`). axe reads an unpainted root as white, so without the
 * explicit background it would judge light text on a dark page against white.
 */

/** Finishes every finite animation and transition under the document, shadow trees included. */
function finishTransitions(): void {
  // A style recalculation first, so that transitions a scheme change starts exist.
  document.documentElement.getBoundingClientRect();
  const visit = (scope: Document | ShadowRoot) => {
    for (const animation of scope.getAnimations()) {
      if (animation.effect?.getComputedTiming().endTime !== Infinity) animation.finish();
    }
    for (const element of scope.querySelectorAll('*')) {
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
}

/**
 * Runs `body` with `color-scheme: <scheme>` on the page, then puts back what was there. Running
 * transitions (a button's background) are finished both ways, so colours are read at their end.
 */
export async function withColorScheme<T>(scheme: string, body: () => T | Promise<T>): Promise<T> {
  const { style } = document.documentElement;
  const before = [style.colorScheme, style.backgroundColor] as const;
  style.colorScheme = scheme;
  style.backgroundColor = 'Canvas';
  finishTransitions();
  try {
    return await body();
  } finally {
    [style.colorScheme, style.backgroundColor] = before;
    finishTransitions();
  }
}
