import type { LitElement, ReactiveController } from 'lit';

/** Up to this many rows, every row is in the DOM, as the help page's table always was. */
export const WINDOW_THRESHOLD = 100;
/** Rows drawn beyond the viewport on each side, so a fast scroll or Tab never lands on nothing. */
const OVERSCAN = 8;
/** Rows drawn before anything was measured: more than a tall screen holds. */
const FIRST_SCREEN = 40;
/** A focused row further than this from the viewport is not kept drawn. */
const KEEP_FOCUS_WITHIN = 200;

/** The rows to draw (`first` to before `end`), and the pixels the spacers hold above and below. */
export type RowSlice = [first: number, end: number, before: number, after: number];

/**
 * Which rows of a long table are drawn: those near the viewport, plus the focused row's neighbours,
 * so that Tab from one Manage link reaches the next even across the window's edge. The rest of the
 * height is held by spacer rows, from the average height of the rows drawn, so the page's scrollbar
 * stays true. The table is in the page's flow: the window follows the page's scroll and resizes.
 */
export class RowWindow implements ReactiveController {
  private startRow = 0;
  private endRow = FIRST_SCREEN;
  private rowCount = 0;
  private rowHeight = 0;
  private focused?: number;
  private pendingFrame?: number;
  private windowListeners?: AbortController;

  /** `tableElement` renders its rows into its `tbody`, where they are measured. */
  constructor(private readonly tableElement: LitElement) {
    tableElement.addController(this);
  }

  hostConnected(): void {
    this.windowListeners = new AbortController();
    const schedule = () => this.schedule();
    const options = { signal: this.windowListeners.signal, passive: true, capture: true };
    window.addEventListener('scroll', schedule, options);
    window.addEventListener('resize', schedule, options);
  }

  hostDisconnected(): void {
    this.windowListeners?.abort();
    if (this.pendingFrame !== undefined) cancelAnimationFrame(this.pendingFrame);
    this.pendingFrame = undefined;
  }

  /** After each render: measure the drawn rows, then see whether the window must move. */
  hostUpdated(): void {
    this.schedule();
  }

  /** Which of `total` rows to draw. */
  slice(total: number): RowSlice {
    if (total !== this.rowCount) {
      // A search changed the list: keep the window's place where it can, else start from the top.
      this.startRow = Math.max(0, Math.min(this.startRow, total - FIRST_SCREEN));
      this.endRow = this.startRow + FIRST_SCREEN;
      this.rowCount = total;
    }
    if (total <= WINDOW_THRESHOLD) return [0, total, 0, 0];
    const first = Math.min(this.startRow, total - 1);
    const end = Math.min(total, Math.max(this.endRow, first + 1));
    const height = this.rowHeight || 52;
    return [first, end, first * height, (total - end) * height];
  }

  /** A row's link took focus: keep it and its neighbours drawn. */
  focus(index: number): void {
    this.focused = index;
    // At once, not on the next frame (which a busy or background page may run late): the next Tab
    // is another task, and the row it goes to must be in the DOM by then.
    // (Widened to the row first, so that it counts as near however far the window has gone.)
    this.drawRows(Math.min(this.startRow, index), Math.max(this.endRow, index + 1));
    this.schedule();
  }

  private schedule(): void {
    if (this.pendingFrame !== undefined || this.rowCount <= WINDOW_THRESHOLD) return;
    this.pendingFrame = requestAnimationFrame(() => {
      this.pendingFrame = undefined;
      this.follow();
    });
  }

  private follow(): void {
    const body = this.tableElement.renderRoot.querySelector('tbody');
    const rows = body?.querySelectorAll('tr[aria-rowindex]');
    if (!body || !rows?.length) return;
    const measured =
      (rows[rows.length - 1]!.getBoundingClientRect().bottom -
        rows[0]!.getBoundingClientRect().top) /
      rows.length;
    const resized = measured > 0 && Math.abs(measured - this.rowHeight) > 1;
    if (resized) this.rowHeight = measured;
    // Never measured (the table is hidden, `display: none` above it): nothing to place the window
    // by, so the rows drawn stay. Dividing by 0 drew none, for good: no row was left to measure.
    if (!this.rowHeight) return;
    const top = body.getBoundingClientRect().top;
    const visibleFirst = Math.floor(Math.max(0, -top) / this.rowHeight);
    const visibleCount = Math.ceil(window.innerHeight / this.rowHeight);
    this.drawRows(
      Math.max(0, visibleFirst - OVERSCAN),
      Math.min(this.rowCount, visibleFirst + visibleCount + OVERSCAN),
      resized,
    );
  }

  /** Draws rows `first` to before `end`, and the focused row's neighbours when it is near them. */
  private drawRows(first: number, end: number, resized?: boolean): void {
    const focused = this.focused;
    if (
      focused !== undefined &&
      focused < this.rowCount &&
      Math.max(first - focused, focused - end) < KEEP_FOCUS_WITHIN
    ) {
      first = Math.min(first, Math.max(0, focused - 1));
      end = Math.max(end, Math.min(this.rowCount, focused + 2));
    }
    if (first === this.startRow && end === this.endRow && !resized) return;
    this.startRow = first;
    this.endRow = end;
    this.tableElement.requestUpdate();
  }
}
