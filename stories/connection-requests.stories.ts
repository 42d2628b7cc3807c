import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { apiArgs, apiArgTypes, FOREVER_MS, withProvider, type ApiArgs } from './support.js';

interface RequestsArgs extends ApiArgs {
  headingLevel: number;
}

/**
 * The Outstanding connection requests panel. It shows only when there are requests: while the first
 * load runs, with none, or when they could not be loaded, it is hidden (the stories below say so).
 */
const meta: Meta<RequestsArgs> = {
  title: 'Elements/connection-requests',
  component: 'connection-requests',
  args: { ...apiArgs, headingLevel: 2 },
  argTypes: {
    ...apiArgTypes,
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
  },
  render: (args) =>
    withProvider(
      args,
      html`<connection-requests heading-level=${args.headingLevel}></connection-requests>`,
    ),
};
export default meta;

type Story = StoryObj<RequestsArgs>;

export const WithRequests: Story = {};
/** One request, whose requester is known. */
export const OneRequest: Story = { args: { data: 'globex' } };
/** No outstanding requests: the panel is hidden. */
export const WithoutRequests: Story = { args: { data: 'empty' } };
/** The first load has not answered yet: the panel stays hidden rather than flashing. */
export const Loading: Story = { args: { latencyMs: FOREVER_MS } };
/** The requests could not be loaded: the panel stays hidden (the list reports failures). */
export const LoadError: Story = { args: { listConnectionRequests: 'server' } };
/** Markup in names, unsafe Connect URLs ("Connect link unavailable"), very long words. */
export const HostileData: Story = { args: { data: 'hostile' } };
export const HeadingLevel3: Story = { args: { headingLevel: 3 } };
export const CustomTheme: Story = { globals: { theme: 'brand' } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const RightToLeft: Story = { globals: { direction: 'rtl' } };
