import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // The seed's app icons, served where the demo serves them.
  staticDirs: [{ from: '../demo/public/icons', to: '/demo/icons' }],
  docs: { defaultName: 'Docs' },
};

export default config;
