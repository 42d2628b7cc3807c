import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { registerLocale } from '../src/i18n/locale.js';
import ar from '../src/locales/ar.js';
import de from '../src/locales/de.js';
import es from '../src/locales/es.js';
import fr from '../src/locales/fr.js';
import ja from '../src/locales/ja.js';
import ptBR from '../src/locales/pt-BR.js';
import { apiArgs, apiArgTypes, clickParts, makeApi, type ApiArgs } from './support.js';

const LOCALES = { de, fr, es, 'pt-BR': ptBR, ja, ar };
for (const [lang, messages] of Object.entries(LOCALES)) registerLocale(lang, messages);

interface LanguageArgs extends ApiArgs {
  lang: string;
  connectionId: string;
  searchThreshold: number;
}

/**
 * The portal in each language, as a host gets it: `registerLocale(lang, messages)` with the
 * module `portal-connections/locales/<lang>`, and a `lang` on the page (here on a wrapper; Arabic
 * with `dir="rtl"`, which the elements follow). The search shows from 5 connections, so its count
 * is visible.
 */
const meta: Meta<LanguageArgs> = {
  title: 'Languages',
  component: 'connections-portal',
  args: { ...apiArgs, lang: 'de', connectionId: '', searchThreshold: 5 },
  argTypes: {
    ...apiArgTypes,
    lang: { control: 'select', options: ['en', ...Object.keys(LOCALES), 'pl'] },
    connectionId: { control: 'text' },
    searchThreshold: { control: { type: 'number', min: 0 } },
  },
  render: (args) =>
    html`<div lang=${args.lang} dir=${args.lang === 'ar' ? 'rtl' : 'ltr'}>
      <connections-portal
        routing="none"
        connection-id=${args.connectionId}
        search-threshold=${args.searchThreshold}
        .api=${makeApi(args)}
      ></connections-portal>
    </div>`,
};
export default meta;

type Story = StoryObj<LanguageArgs>;

export const German: Story = { name: 'German (de)', args: { lang: 'de' } };
export const French: Story = { name: 'French (fr)', args: { lang: 'fr' } };
export const Spanish: Story = { name: 'Spanish (es)', args: { lang: 'es' } };
export const BrazilianPortuguese: Story = {
  name: 'Brazilian Portuguese (pt-BR)',
  args: { lang: 'pt-BR' },
};
export const Japanese: Story = { name: 'Japanese (ja)', args: { lang: 'ja' } };
export const Arabic: Story = { name: 'Arabic (ar), right to left', args: { lang: 'ar' } };
/**
 * A page in a language with no registered locale: English, and each element marks what it draws
 * with `lang="en"` so that a screen reader reads it in English (WCAG 3.1.2).
 */
export const PolishPageInEnglish: Story = {
  name: 'Polish page (pl), no locale: English, marked lang="en"',
  args: { lang: 'pl' },
};

/** A detail in German: its dates are German too. */
export const GermanDetail: Story = {
  name: 'German (de): detail',
  args: { lang: 'de', connectionId: 'conn_hubspot_01' },
};
export const ArabicDetail: Story = {
  name: 'Arabic (ar): detail',
  args: { lang: 'ar', connectionId: 'conn_hubspot_01' },
};
export const ArabicRevokeDialog: Story = {
  name: 'Arabic (ar): revoke dialog',
  args: { lang: 'ar', connectionId: 'conn_slack_01', latencyMs: 0 },
  play: clickParts(['revoke-button'], { waitFor: 'confirm' }),
};
