import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ToastRegion } from '../src/elements/toast/toast-region.js';
import { defaultMessages } from '../src/i18n/messages.js';
import { apiArgs, apiArgTypes, makeApi, settled, withProvider, type ApiArgs } from './support.js';

/**
 * `connections-provider` draws nothing itself but its toast region: it hands the api, the messages
 * and one shared store to the elements a host lays out inside it.
 */
const meta: Meta<ApiArgs> = {
  title: 'Elements/connections-provider',
  component: 'connections-provider',
  args: { ...apiArgs },
  argTypes: { ...apiArgTypes },
  render: (args) =>
    withProvider(
      args,
      html`<h1>Your integrations</h1>
        <p>
          Slack:
          <connection-status-badge status="active" with-description></connection-status-badge>
        </p>
        <connection-requests heading-level="2"></connection-requests>`,
    ),
};
export default meta;

type Story = StoryObj<ApiArgs>;

/** A host's own layout: its heading, a badge and the requests panel, all inside one provider. */
export const HostLayout: Story = {};
export const EmptyWorkspace: Story = { args: { data: 'empty' } };

/** Strings overridden through `.messages`: every element inside picks them up. */
export const CustomMessages: Story = {
  render: (args) =>
    html`<connections-provider
      .api=${makeApi(args)}
      .messages=${{ requestsTitle: 'Apps waiting for you', statusActive: 'working' }}
    >
      <connection-status-badge status="active"></connection-status-badge>
      <connection-requests></connection-requests>
    </connections-provider>`,
};

/** Any element inside gets its toasts from the provider's own region. */
export const ProviderToast: Story = {
  play: async ({ canvasElement }) => {
    const provider = canvasElement.querySelector('connections-provider');
    await provider?.updateComplete;
    const region = provider?.shadowRoot?.querySelector<ToastRegion>('connections-toast-region');
    if (!region) throw new Error('The provider rendered no toast region.');
    region.successDurationMs = 3_600_000;
    region.show({ variant: 'success', title: defaultMessages.refreshedToast });
    await settled(canvasElement);
  },
};

export const CustomTheme: Story = { globals: { theme: 'brand' } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const RightToLeft: Story = { globals: { direction: 'rtl' } };
