import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { withProvider, apiArgs, apiArgTypes, type ApiArgs } from './support.js';

interface BadgeArgs extends ApiArgs {
  status: string;
  withDescription: boolean;
}

const meta: Meta<BadgeArgs> = {
  title: 'Elements/connection-status-badge',
  component: 'connection-status-badge',
  args: { ...apiArgs, status: 'active', withDescription: false },
  argTypes: {
    ...apiArgTypes,
    status: {
      control: 'select',
      options: ['active', 'error', 'pending', 'revoked', 'unknown', 'something-new'],
    },
    withDescription: { control: 'boolean' },
  },
  render: (args) =>
    withProvider(
      args,
      html`<connection-status-badge
        status=${args.status}
        ?with-description=${args.withDescription}
      ></connection-status-badge>`,
    ),
};
export default meta;

type Story = StoryObj<BadgeArgs>;

export const Active: Story = { args: { status: 'active' } };
export const ErrorStatus: Story = { name: 'Error', args: { status: 'error' } };
export const Pending: Story = { args: { status: 'pending' } };
export const Revoked: Story = { args: { status: 'revoked' } };
/** A status this version does not know shows a neutral "unknown" badge, never a crash. */
export const Unknown: Story = { args: { status: 'something-new' } };

export const ActiveWithDescription: Story = { args: { status: 'active', withDescription: true } };
export const ErrorWithDescription: Story = { args: { status: 'error', withDescription: true } };
export const PendingWithDescription: Story = { args: { status: 'pending', withDescription: true } };
export const RevokedWithDescription: Story = { args: { status: 'revoked', withDescription: true } };
export const UnknownWithDescription: Story = {
  args: { status: 'something-new', withDescription: true },
};

const ALL = ['active', 'error', 'pending', 'revoked', 'unknown'];

/** Every status at once, with descriptions, to compare shapes and colours. */
export const AllStatuses: Story = {
  render: (args) =>
    withProvider(
      args,
      html`<ul>
        ${ALL.map(
          (status) =>
            html`<li>
              <connection-status-badge status=${status} with-description></connection-status-badge>
            </li>`,
        )}
      </ul>`,
    ),
};

export const CustomTheme: Story = { ...AllStatuses, globals: { theme: 'brand' } };
export const Dark: Story = { ...AllStatuses, globals: { theme: 'dark' } };
export const RightToLeft: Story = { ...AllStatuses, globals: { direction: 'rtl' } };

/** Strings overridden through the provider's `.messages`. */
export const CustomMessages: Story = {
  render: (args) =>
    html`<connections-provider
      .api=${undefined}
      .messages=${{ statusActive: 'Working', descriptionActive: 'All good here.' }}
      ><connection-status-badge status=${args.status} with-description></connection-status-badge
    ></connections-provider>`,
};
