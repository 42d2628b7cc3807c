import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { clickParts, apiArgs, apiArgTypes, FOREVER_MS, makeApi, type ApiArgs } from './support.js';

interface PortalArgs extends ApiArgs {
  connectionId: string;
}

/**
 * The whole Connections page in one tag. Stories use `routing="none"` so that Manage switches the
 * view inside the portal and the story's URL is never touched; `connection-id` opens a detail.
 *
 */
const meta: Meta<PortalArgs> = {
  title: 'Elements/connections-portal',
  component: 'connections-portal',
  args: { ...apiArgs, connectionId: '' },
  argTypes: { ...apiArgTypes, connectionId: { control: 'text' } },
  render: (args) =>
    html`<connections-portal
      routing="none"
      connection-id=${args.connectionId}
      .api=${makeApi(args)}
    ></connections-portal>`,
};
export default meta;

type Story = StoryObj<PortalArgs>;

/** The list with the Outstanding connection requests panel above it. */
export const List: Story = {};
export const ListWithoutRequests: Story = {
  args: { data: 'globex', listConnectionRequests: 'server' },
};
export const Loading: Story = { args: { latencyMs: FOREVER_MS } };
export const Empty: Story = { args: { data: 'empty' } };
export const ListError: Story = { args: { listConnections: 'server' } };
export const HostileData: Story = { args: { data: 'hostile' } };
export const TwoHundredRows: Story = { args: { data: 'many', latencyMs: 0 } };

export const Detail: Story = { args: { connectionId: 'conn_hubspot_01' } };
export const DetailNotFound: Story = {
  args: { connectionId: 'no-such-connection' },
};

/** Manage on the first row opens its detail inside the portal. */
export const ManageOpensDetail: Story = {
  args: { latencyMs: 0 },
  play: clickParts(['manage-link'], { waitFor: 'app-name' }),
};

export const RefreshSucceeded: Story = {
  args: { connectionId: 'conn_hubspot_01', latencyMs: 0 },
  play: clickParts(['refresh-button'], { waitFor: 'toast' }),
};

export const RefreshFailed: Story = {
  args: { connectionId: 'conn_hubspot_01', latencyMs: 0, refreshConnection: 'refresh-failed' },
  play: RefreshSucceeded.play,
};

export const RevokeDialogOpen: Story = {
  args: { connectionId: 'conn_slack_01', latencyMs: 0 },
  play: clickParts(['revoke-button'], { waitFor: 'confirm' }),
};

export const CustomTheme: Story = { globals: { theme: 'brand' } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const RightToLeft: Story = { globals: { direction: 'rtl' } };
export const DetailDark: Story = { ...Detail, globals: { theme: 'dark' } };
export const DetailRightToLeft: Story = {
  ...Detail,
  globals: { direction: 'rtl' },
};
