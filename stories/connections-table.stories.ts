import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import {
  apiArgs,
  apiArgTypes,
  FOREVER_MS,
  searchFor,
  sortBy,
  withProvider,
  type ApiArgs,
} from './support.js';

/**
 * The list: App, Label, Status, Actions (a Manage link per row); loading, empty and error states.
 */
const meta: Meta<ApiArgs> = {
  title: 'Elements/connections-table',
  component: 'connections-table',
  args: { ...apiArgs },
  argTypes: { ...apiArgTypes },
  render: (args) =>
    withProvider(
      args,
      html`<connections-table base-path="/portal/connections"></connections-table>`,
    ),
};
export default meta;

type Story = StoryObj<ApiArgs>;

/** Every status: active, error, pending, revoked; a very long label; icons and monograms. */
export const EveryStatus: Story = {};
export const Globex: Story = { args: { data: 'globex' } };
export const Loading: Story = { args: { latencyMs: FOREVER_MS } };
export const Empty: Story = { args: { data: 'empty' } };
export const LoadError: Story = { args: { listConnections: 'server' } };
export const LoadErrorOffline: Story = { args: { listConnections: 'network' } };
export const LoadErrorSignedOut: Story = { args: { listConnections: 'unauthorized' } };
export const LoadErrorInvalidResponse: Story = { args: { listConnections: 'invalid-response' } };
/** Markup in labels, unsafe icon URLs, a status this version does not know, very long words. */
export const HostileData: Story = { args: { data: 'hostile' } };
/**
 * More connections than `search-threshold` (10): a search field with its count above the table, the
 * App, Label and Status headers sort, and only the rows near the viewport are drawn.
 */
export const TwoHundredRows: Story = { args: { data: 'many', latencyMs: 0 } };
/** A search by app name, label or status word: "29 of 200 connections". */
export const Searched: Story = { ...TwoHundredRows, play: searchFor('salesforce') };
/** A search that matches nothing: the no-match note and "Clear search". */
export const SearchNoMatch: Story = {
  ...TwoHundredRows,
  play: searchFor('zebra', { waitFor: 'no-match' }),
};
/** Sorted by status, by need of attention: error, pending, revoked, active. */
export const SortedByStatus: Story = { ...TwoHundredRows, play: sortBy('Status') };
/** Sorted by app name, Z to A (the second click). */
export const SortedByAppDescending: Story = { ...TwoHundredRows, play: sortBy('App', 2) };
export const CustomTheme: Story = { globals: { theme: 'brand' } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const RightToLeft: Story = { globals: { direction: 'rtl' } };
