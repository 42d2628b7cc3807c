/// <reference types="vite/client" />
import {
  setCustomElementsManifest,
  type Decorator,
  type Preview,
} from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { registerDefaultTags } from '../stories/support.js';

registerDefaultTags();

// `npm run storybook` and `build-storybook` generate custom-elements.json first (`cem analyze`). A glob
// rather than an import, so that type checking does not need the generated file.
const manifests = import.meta.glob('../custom-elements.json', { eager: true, import: 'default' });
setCustomElementsManifest(manifests['../custom-elements.json']);

/**
 * Themes as a host would set them: a few `--pc-*` properties on an ancestor. "brand" is an agency's
 * own look; "dark" a dark page. Both keep WCAG AA contrast (the a11y check runs on every story).
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
  dark: {
    '--pc-color-text': '#e6edf3',
    '--pc-color-text-muted': '#9ea7b3',
    '--pc-color-surface': '#0d1117',
    '--pc-color-surface-hover': '#161b22',
    '--pc-color-border': '#8b949e',
    '--pc-color-accent': '#4493f8',
    '--pc-color-accent-hover': '#79b8ff',
    '--pc-color-on-accent': '#0d1117',
    '--pc-color-danger': '#f85149',
    '--pc-color-danger-hover': '#ff7b72',
    '--pc-color-on-danger': '#0d1117',
    '--pc-color-focus': '#79b8ff',
    '--pc-status-active-bg': '#0f2e1b',
    '--pc-status-active-fg': '#56d364',
    '--pc-status-error-bg': '#3a1216',
    '--pc-status-error-fg': '#ff9492',
    '--pc-status-pending-bg': '#2e2408',
    '--pc-status-pending-fg': '#e3b341',
    '--pc-status-revoked-bg': '#21262d',
    '--pc-status-revoked-fg': '#c9d1d9',
    '--pc-status-unknown-bg': '#161b22',
    '--pc-status-unknown-fg': '#9ea7b3',
    '--pc-shadow': '0 4px 12px rgb(0 0 0 / 60%)',
  },
};

/**
 * Wraps every story in a root that carries the theme's properties and the direction, as a host page
 * would. The background and colour come from the same tokens, so a dark theme is a dark page.
 */
const withThemeAndDirection: Decorator = (story, context) => {
  const theme = THEMES[String(context.globals.theme)] ?? THEMES.default;
  const dir = context.globals.direction === 'rtl' ? 'rtl' : 'ltr';
  const styles = {
    ...theme,
    'background-color': 'var(--pc-color-surface, #ffffff)',
    color: 'var(--pc-color-text, #1f2328)',
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
      description: 'Theme set through --pc-* custom properties',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default' },
          { value: 'brand', title: 'Custom brand (--pc-*)' },
          { value: 'dark', title: 'Dark' },
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
