import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Up to this many rows, every row is in the DOM, as the help page's table always was. */
export const WINDOW_THRESHOLD = 100;
/** Rows drawn beyond the viewport on each side, so a fast scroll or Tab never lands on nothing. */
const OVERSCAN = 8;
/** Rows drawn before anything was measured: more than a tall screen holds. */
const FIRST_SCREEN = 40;
/** A focused row further than this from the viewport is not kept drawn. */
const KEEP_FOCUS_WITHIN = 200;

export interface RowRange {
  first: number;
  end: number;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Which rows of a long table are drawn: those near the viewport, plus the focused row's neighbours,
 * so that Tab from one Manage link reaches the next even across the window's edge. The rest of the
 * height is held by spacer rows (`before`, `after` in pixels), from the average height of the rows
 * drawn, so the page's scrollbar stays true. The table is in the page's flow: the window follows
 * the page's scroll and resizes.
 */
export class RowWindow implements ReactiveController {
  private range: RowRange = { first: 0, end: FIRST_SCREEN };
  private total = 0;
  private rowHeight = 0;
  private focused?: number;
  private frame?: number;
  private listeners?: AbortController;

  constructor(
    private readonly host: Host,
    /** The `tbody`, whose rows are measured. */
    private readonly body: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.listeners = new AbortController();
    const options = { signal: this.listeners.signal, passive: true, capture: true };
    window.addEventListener('scroll', () => this.schedule(), options);
    window.addEventListener('resize', () => this.schedule(), options);
  }

  hostDisconnected(): void {
    this.listeners?.abort();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  /** After each render: measure the drawn rows, then see whether the window must move. */
  hostUpdated(): void {
    if (this.total > WINDOW_THRESHOLD) this.schedule();
  }

  /** The rows to draw out of `total`, and the pixels the spacers hold above and below them. */
  slice(total: number): RowRange & { before: number; after: number } {
    if (total !== this.total) {
      // A search changed the list: keep the window's place where it can, else start from the top.
      const first = Math.max(0, Math.min(this.range.first, total - FIRST_SCREEN));
      this.range = { first, end: first + FIRST_SCREEN };
      this.total = total;
    }
    if (total <= WINDOW_THRESHOLD) return { first: 0, end: total, before: 0, after: 0 };
    const first = Math.min(this.range.first, Math.max(0, total - 1));
    const end = Math.min(total, Math.max(this.range.end, first + 1));
    const height = this.rowHeight || 52;
    return { first, end, before: first * height, after: (total - end) * height };
  }

  /** A row's link took focus: keep it and its neighbours drawn. */
  focus(index: number | undefined): void {
    this.focused = index;
    // At once, not on the next frame (which a busy or background page may run late): the next Tab
    // is another task, and the row it goes to must be in the DOM by then.
    const { first, end } = this.range;
    if (index !== undefined && (index + 1 >= end || index - 1 < first)) {
      this.range = {
        first: Math.min(first, Math.max(0, index - 1)),
        end: Math.max(end, Math.min(this.total, index + 2)),
      };
      this.host.requestUpdate();
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.frame !== undefined || this.total <= WINDOW_THRESHOLD) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.update();
    });
  }

  private update(): void {
    const rows = [...(this.body()?.querySelectorAll<HTMLElement>('tr[aria-rowindex]') ?? [])];
    const body = this.body();
    if (!body || rows.length === 0) return;
    const firstRect = rows[0].getBoundingClientRect();
    const lastRect = rows[rows.length - 1].getBoundingClientRect();
    const measured = (lastRect.bottom - firstRect.top) / rows.length;
    const resized = measured > 0 && Math.abs(measured - this.rowHeight) > 1;
    if (resized) this.rowHeight = measured;
    const top = body.getBoundingClientRect().top;
    const visibleFirst = Math.floor(Math.max(0, -top) / this.rowHeight);
    const visibleCount = Math.ceil(window.innerHeight / this.rowHeight);
    let first = Math.max(0, visibleFirst - OVERSCAN);
    let end = Math.min(this.total, visibleFirst + visibleCount + OVERSCAN);
    const focused = this.focused;
    if (focused !== undefined && focused < this.total) {
      const distance = Math.max(first - focused, focused - end);
      if (distance < KEEP_FOCUS_WITHIN) {
        first = Math.min(first, Math.max(0, focused - 1));
        end = Math.max(end, Math.min(this.total, focused + 2));
      }
    }
    if (first === this.range.first && end === this.range.end && !resized) return;
    this.range = { first, end };
    this.host.requestUpdate();
  }
}
