/// <reference types="vite/client" />
import {
  setCustomElementsManifest,
  type Decorator,
  type Preview,
} from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { token } from '../src/styles/tokens.js';
import { registerDefaultTags } from '../stories/support.js';

registerDefaultTags();

// `npm run storybook` and `build-storybook` generate custom-elements.json first (`cem analyze`). A glob
// rather than an import, so that type checking does not need the generated file.
const manifests = import.meta.glob('../custom-elements.json', { eager: true, import: 'default' });
setCustomElementsManifest(manifests['../custom-elements.json']);

/**
 * Themes as a host would set them, on an ancestor: "brand" is an agency's own look, a few `--pc-*`
 * properties; "dark" is the built-in dark theme, which a host gets from `color-scheme: dark` alone,
 * and "system" follows the viewer's setting (`light dark`). All keep WCAG AA contrast (the a11y
 * check runs on every story).
 */
export const THEMES: Record<string, Record<string, string>> = {
  default: {},
  brand: {
    '--pc-font-family': 'Georgia, "Times New Roman", serif',
    '--pc-color-text': '#2b1748',
    '--pc-color-text-muted': '#5b4a73',
    '--pc-color-surface': '#fffdf7',
    '--pc-color-surface-hover': '#f4eefc',
    '--pc-color-border': '#7a6a93',
    '--pc-color-accent': '#6d28d9',
    '--pc-color-accent-hover': '#5b21b6',
    '--pc-color-on-accent': '#ffffff',
    '--pc-color-danger': '#b42318',
    '--pc-color-danger-hover': '#912018',
    '--pc-color-focus': '#6d28d9',
    '--pc-radius': '14px',
    '--pc-space-4': '1.25rem',
  },
  dark: { 'color-scheme': 'dark' },
  system: { 'color-scheme': 'light dark' },
};

/**
 * Wraps every story in a root that carries the theme's properties and the direction, as a host page
 * would. Its background and colour are the elements' own surface and text tokens, so the page turns
 * dark with them.
 */
const withThemeAndDirection: Decorator = (story, context) => {
  const theme = THEMES[String(context.globals.theme)] ?? THEMES.default;
  const dir = context.globals.direction === 'rtl' ? 'rtl' : 'ltr';
  const styles = {
    ...theme,
    'background-color': token('--pc-color-surface').cssText,
    color: token('--pc-color-text').cssText,
    'font-family': 'var(--pc-font-family, system-ui, sans-serif)',
    padding: '1rem',
    'min-block-size': '100vh',
    'box-sizing': 'border-box',
  };
  return html`<div class="pc-story-root" dir=${dir} lang="en" style=${styleMap(styles)}>
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withThemeAndDirection],
  globalTypes: {
    theme: {
      description: 'Theme: --pc-* custom properties, or the color-scheme of the page',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default' },
          { value: 'brand', title: 'Custom brand (--pc-*)' },
          { value: 'dark', title: 'Dark (color-scheme: dark)' },
          { value: 'system', title: 'System (color-scheme: light dark)' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction of the story root',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'default', direction: 'ltr' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    a11y: { context: '#storybook-root' },
  },
};

export default preview;
