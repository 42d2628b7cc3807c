/** Where the toast stack sits: the block-end inline-end corner, or flipped to the block start. */
export type ToastPlacement = 'bottom' | 'top';

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where the stack must sit so it does not cover the focused element. The stack keeps its size and
 * inline position and its distance from the viewport edge whichever end it is at, so both places
 * are known from where it is now. The corner (bottom) is preferred; the top is used only when the
 * corner covers the focus and the top does not.
 */
export function choosePlacement(
  focused: Box | null,
  stack: DOMRectReadOnly,
  current: ToastPlacement,
  viewportHeight: number,
): ToastPlacement {
  if (!focused || stack.height === 0) return 'bottom';
  const gap = current === 'bottom' ? viewportHeight - stack.bottom : stack.top;
  const atBottom = { ...horizontal(stack), top: viewportHeight - gap - stack.height };
  const bottomBox = { ...atBottom, bottom: atBottom.top + stack.height };
  const topBox = { ...horizontal(stack), top: gap, bottom: gap + stack.height };
  if (!overlaps(focused, bottomBox)) return 'bottom';
  return overlaps(focused, topBox) ? 'bottom' : 'top';
}

const horizontal = (rect: DOMRectReadOnly) => ({ left: rect.left, right: rect.right });
