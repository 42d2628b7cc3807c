import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  clickParts,
  apiArgs,
  apiArgTypes,
  FOREVER_MS,
  withProvider,
  type ApiArgs,
} from './support.js';

interface DetailArgs extends ApiArgs {
  connectionId: string;
}

/**
 * One connection: app, label, status badge with its description, external account email, Last
 * refreshed, Refresh credential and Revoke (which opens `revoke-dialog`). The actions' stories click
 * in their `play` function; the busy ones make the api wait forever first.
 *
 */
const meta: Meta<DetailArgs> = {
  title: 'Elements/connection-detail',
  component: 'connection-detail',
  args: { ...apiArgs, connectionId: 'conn_slack_01' },
  argTypes: {
    ...apiArgTypes,
    connectionId: {
      control: 'select',
      options: [
        'conn_slack_01',
        'conn_hubspot_01',
        'conn_sheets_01',
        'conn_drive_01',
        'conn_salesforce_01',
        'conn_mailchimp_01',
        'conn_asana_01',
        'no-such-connection',
      ],
    },
  },
  render: (args) =>
    withProvider(
      args,
      html`<connection-detail connection-id=${args.connectionId}></connection-detail>`,
    ),
};
export default meta;

type Story = StoryObj<DetailArgs>;

export const Active: Story = {};
export const ErrorStatus: Story = { name: 'Error', args: { connectionId: 'conn_hubspot_01' } };
/** Error, and no stored token: "Contact your agency…" instead of Refresh credential. */
export const ErrorNotRefreshable: Story = { args: { connectionId: 'conn_mailchimp_01' } };
export const Pending: Story = { args: { connectionId: 'conn_drive_01' } };
export const Revoked: Story = { args: { connectionId: 'conn_salesforce_01' } };
export const UnknownStatus: Story = { args: { data: 'hostile', connectionId: 'conn_bidi' } };
export const LongLabel: Story = { args: { connectionId: 'conn_asana_01' } };
export const HostileData: Story = {
  args: { data: 'hostile', connectionId: 'conn/with spaces?&#' },
};
export const VeryLongWords: Story = { args: { data: 'hostile', connectionId: 'conn_long' } };
export const Loading: Story = { args: { latencyMs: FOREVER_MS } };
export const NotFound: Story = { args: { connectionId: 'no-such-connection' } };
export const LoadError: Story = { args: { getConnection: 'server' } };
export const LoadErrorOffline: Story = { args: { getConnection: 'network' } };

export const RefreshBusy: Story = {
  args: { connectionId: 'conn_hubspot_01' },
  play: clickParts(['refresh-button'], { busy: true }),
};

export const RefreshSucceeded: Story = {
  args: { connectionId: 'conn_hubspot_01', latencyMs: 0 },
  play: clickParts(['refresh-button'], { waitFor: 'toast' }),
};

/** The provider rejects the stored token: the connection stays in error, with a failure toast. */
export const RefreshFailed: Story = {
  args: { connectionId: 'conn_sheets_01', latencyMs: 0 },
  play: RefreshSucceeded.play,
};

export const RevokeDialogOpen: Story = {
  args: { latencyMs: 0 },
  play: clickParts(['revoke-button'], { waitFor: 'confirm' }),
};

export const RevokeBusy: Story = {
  args: { latencyMs: 0 },
  play: clickParts(['revoke-button', 'confirm'], { busy: true }),
};

/** The revoke failed: the dialog stays open and says why. */
export const RevokeFailed: Story = {
  args: { latencyMs: 0, revokeConnection: 'server' },
  play: clickParts(['revoke-button', 'confirm'], { waitFor: 'error' }),
};

export const RevokeSucceeded: Story = {
  args: { latencyMs: 0 },
  play: clickParts(['revoke-button', 'confirm'], { waitFor: 'toast' }),
};

export const CustomTheme: Story = {
  args: { connectionId: 'conn_hubspot_01' },
  globals: { theme: 'brand' },
};
export const Dark: Story = {
  args: { connectionId: 'conn_hubspot_01' },
  globals: { theme: 'dark' },
};
export const RightToLeft: Story = {
  args: { connectionId: 'conn_hubspot_01' },
  globals: { direction: 'rtl' },
};
