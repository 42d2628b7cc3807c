import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Connection } from '../src/api/types.js';
import { parseConnection } from '../src/api/validate.js';
import {
  clickParts,
  apiArgs,
  apiArgTypes,
  withProvider,
  workspace,
  type ApiArgs,
} from './support.js';

interface DialogArgs extends ApiArgs {
  connectionId: string;
  open: boolean;
}

/** The connection the dialog is about, as the api would return it. */
function connectionOf(args: DialogArgs): Connection | undefined {
  const found = workspace(args.data).connections.find((c) => c.id === args.connectionId);
  return found && parseConnection(found);
}

/**
 * "Revoke this connection?". It revokes through the provider's store; on failure it stays open and
 * says why inside itself.
 *
 */
const meta: Meta<DialogArgs> = {
  title: 'Elements/revoke-dialog',
  component: 'revoke-dialog',
  args: { ...apiArgs, latencyMs: 0, connectionId: 'conn_slack_01', open: true },
  argTypes: {
    ...apiArgTypes,
    connectionId: { control: 'text' },
    open: { control: 'boolean' },
  },
  render: (args) =>
    withProvider(
      args,
      html`<revoke-dialog .connection=${connectionOf(args)} ?open=${args.open}></revoke-dialog>`,
    ),
};
export default meta;

type Story = StoryObj<DialogArgs>;

export const Open: Story = {};
export const Closed: Story = { args: { open: false } };
export const LongLabel: Story = { args: { connectionId: 'conn_asana_01' } };
export const HostileData: Story = {
  args: { data: 'hostile', connectionId: 'conn/with spaces?&#' },
};

export const Busy: Story = {
  play: clickParts(['confirm'], { busy: true }),
};

export const Failed: Story = {
  args: { revokeConnection: 'server' },
  play: clickParts(['confirm'], { waitFor: 'error' }),
};

export const FailedOffline: Story = { args: { revokeConnection: 'network' }, play: Failed.play };

export const CustomTheme: Story = { globals: { theme: 'brand' } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const RightToLeft: Story = { globals: { direction: 'rtl' } };
