import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ToastOptions } from '../src/context.js';
import type { ToastRegion } from '../src/elements/toast/toast-region.js';
import { defaultMessages } from '../src/i18n/messages.js';
import { apiArgs, apiArgTypes, settled, withProvider, type ApiArgs } from './support.js';

interface ToastArgs extends ApiArgs {
  successDurationMs: number;
  toasts: ToastOptions[];
}

const refreshed: ToastOptions = { variant: 'success', title: defaultMessages.refreshedToast };
const revoked: ToastOptions = {
  variant: 'success',
  title: defaultMessages.revokedToast,
  detail: defaultMessages.revokedDetail,
};
const refreshFailed: ToastOptions = {
  variant: 'error',
  title: defaultMessages.refreshFailedToast,
  detail: defaultMessages.refreshFailedDetail,
};

/**
 * The toasts of the portal, shown through `.show()` as an element inside the provider would. The
 * stories show them in their `play` function, after the region has rendered.
 */
const meta: Meta<ToastArgs> = {
  title: 'Elements/connections-toast-region',
  component: 'connections-toast-region',
  // A success toast normally goes after 6 s; the stories keep it on screen.
  args: { ...apiArgs, successDurationMs: 3_600_000, toasts: [refreshed] },
  argTypes: {
    ...apiArgTypes,
    successDurationMs: { control: { type: 'number', min: 0, step: 1000 } },
    toasts: { control: 'object' },
  },
  render: (args) =>
    withProvider(
      args,
      html`<p>Toasts appear in the block-end inline-end corner.</p>
        <connections-toast-region
          success-duration-ms=${args.successDurationMs}
        ></connections-toast-region>`,
    ),
  play: async ({ canvasElement, args }) => {
    const region = canvasElement.querySelector<ToastRegion>('connections-toast-region');
    if (!region) throw new Error('No connections-toast-region rendered.');
    await region.updateComplete;
    for (const toast of args.toasts) region.show(toast);
    await settled(canvasElement);
  },
};
export default meta;

type Story = StoryObj<ToastArgs>;

export const Success: Story = {};
export const SuccessWithDetail: Story = { args: { toasts: [revoked] } };
export const Failure: Story = { args: { toasts: [refreshFailed] } };
export const Stacked: Story = { args: { toasts: [refreshed, refreshFailed, revoked] } };
export const Empty: Story = { args: { toasts: [] } };

export const LongText: Story = {
  args: {
    toasts: [
      {
        variant: 'error',
        title: `${defaultMessages.refreshFailedToast} ${'Supercalifragilistic'.repeat(8)}`,
        detail: `<script>alert(1)</script> ${'A very long detail line that wraps. '.repeat(8)}`,
      },
    ],
  },
};

export const CustomTheme: Story = { ...Stacked, globals: { theme: 'brand' } };
export const Dark: Story = { ...Stacked, globals: { theme: 'dark' } };
export const RightToLeft: Story = { ...Stacked, globals: { direction: 'rtl' } };
