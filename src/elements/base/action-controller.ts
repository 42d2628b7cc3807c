import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { withoutCause } from '../../api/errors.js';
import type { Connection } from '../../api/types.js';
import { toasterContext } from '../../context.js';
import { emit, type PortalEventDetails, type PortalEventName } from '../../events.js';
import type { Messages } from '../../i18n/messages.js';
import { isAbort } from '../../state/latest-request.js';
import type { StoreController } from '../../state/store-controller.js';
import type { ActionOutcome, PendingAction } from '../../state/store-state.js';

type Host = ReactiveControllerHost & HTMLElement;
type Emit = <K extends PortalEventName>(name: K, detail: PortalEventDetails[K]) => boolean;

/**
 * The one action path of the elements (the detail's refresh, the dialog's revoke): runs the store's
 * action, then shows its toast in the provider's region, fires its result event and, when the status
 * moved, `connection-status-changed`. An abort (the provider left or changed workspace) reports
 * nothing. The store computes `previousStatus`; nothing here does.
 *
 * An action may outlive its element (the user went back while a refresh was in flight, and the
 * provider carries on): its events then fire from the closest ancestor still on the page.
 */
export class ActionController {
  // `#` fields: the bundle renames them (these words are too common for a TypeScript `private`).
  readonly #host: Host;
  readonly #store: StoreController;
  readonly #messages: () => Messages;
  readonly #toaster: ContextConsumer<typeof toasterContext, Host>;
  readonly #running = new Set<Promise<ActionOutcome>>();

  constructor(host: Host, store: StoreController, messages: () => Messages) {
    this.#host = host;
    this.#store = store;
    this.#messages = messages;
    this.#toaster = new ContextConsumer(host, { context: toasterContext, subscribe: true });
  }

  /**
   * Runs `action` on `connection`. `settle` runs once the outcome is known and before anything is
   * reported (the dialog closes first, so a listener sees it closed). Resolves with the outcome, or
   * undefined when there is no store or the action was aborted.
   */
  async run(
    action: PendingAction,
    connection: Connection,
    settle?: (outcome: ActionOutcome) => void | Promise<void>,
  ): Promise<ActionOutcome | undefined> {
    const store = this.#store.value;
    if (!store) return undefined;
    const emitFromPage = emitterFromPage(this.#host);
    const running = store.perform(action, connection.id, connection);
    // A double click gets the same action back from the store: it is reported once.
    if (this.#running.has(running)) return undefined;
    this.#running.add(running);
    let outcome: ActionOutcome;
    try {
      outcome = await running;
    } catch (error) {
      if (isAbort(error)) return undefined;
      throw error;
    } finally {
      this.#running.delete(running);
    }
    await settle?.(outcome);
    this.#report(action, outcome, connection, emitFromPage);
    return outcome;
  }

  /**
   * The toast (none for a failed revoke: the dialog says why), the result event and, when the
   * status moved, `connection-status-changed`.
   */
  #report(action: PendingAction, outcome: ActionOutcome, asked: Connection, send: Emit): void {
    const m = this.#messages();
    const refresh = action === 'refresh';
    const connection = outcome.connection ?? asked;
    const toaster = this.#toaster.value;
    if (outcome.ok) {
      toaster?.show(
        refresh
          ? { variant: 'success', title: m.refreshedToast }
          : { variant: 'success', title: m.revokedToast, detail: m.revokedDetail },
      );
      send(refresh ? 'connection-refreshed' : 'connection-revoked', { connection });
    } else {
      if (refresh) {
        toaster?.show({
          variant: 'error',
          title: m.refreshFailedToast,
          detail: m.refreshFailedDetail,
        });
      }
      send(`connection-${action}-failed`, { connection, error: withoutCause(outcome.error) });
    }
    const { previousStatus } = outcome;
    if (connection.status !== previousStatus) {
      send('connection-status-changed', { connection, previousStatus, source: 'action' });
    }
  }
}

/**
 * An `emit` for the end of an action that may outlive `element`: it fires from the element while it
 * is on the page, else from its closest ancestor (through shadow roots, as they were when the action
 * started) that still is, so the host's listeners hear the result.
 */
function emitterFromPage(element: Element): Emit {
  const chain: Element[] = [element];
  for (let node: Node | null = element.parentNode; node;) {
    if (node instanceof Element) chain.push(node);
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return (name, detail) => emit(chain.find((el) => el.isConnected) ?? element, name, detail);
}
