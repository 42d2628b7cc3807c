/**
 * "12 of 10,000 connections" in each language: the numbers through `Intl.NumberFormat` and the
 * noun through `Intl.PluralRules` in the language of the text, as the table calls it.
 */
import { expect } from '@open-wc/testing';
import { defaultMessages, type Messages } from '../../src/i18n/messages.js';
import { LOCALES } from './all.js';

function count(messages: Messages, lang: string, shown: number, total: number): string {
  const number = new Intl.NumberFormat(lang);
  const plural = new Intl.PluralRules(lang).select(total);
  return messages.searchCount(number.format(shown), number.format(total), plural);
}

/** [shown, total, the count with #n standing for the number n in the language]. */
const EXPECTED: Record<string, [number, number, string][]> = {
  en: [
    [1, 1, '#1 of #1 connection'],
    [12, 10_000, '#12 of #10000 connections'],
    [12, 1_000_000, '#12 of #1000000 connections'],
  ],
  de: [
    [1, 1, '#1 von #1 Verbindung'],
    [12, 10_000, '#12 von #10000 Verbindungen'],
  ],
  fr: [
    [1, 1, '#1 sur #1 connexion'],
    [12, 10_000, '#12 sur #10000 connexions'],
    [12, 1_000_000, '#12 sur #1000000 de connexions'],
  ],
  es: [
    [1, 1, '#1 de #1 conexión'],
    [12, 10_000, '#12 de #10000 conexiones'],
    [12, 1_000_000, '#12 de #1000000 de conexiones'],
  ],
  'pt-BR': [
    [1, 1, '#1 de #1 conexão'],
    [12, 10_000, '#12 de #10000 conexões'],
    [12, 1_000_000, '#12 de #1000000 de conexões'],
  ],
  ja: [
    [1, 1, '#1件中#1件'],
    [12, 10_000, '#10000件中#12件'],
  ],
  ar: [
    [0, 0, '#0 من أصل #0 اتصال'],
    [1, 1, '#1 من أصل اتصال واحد'],
    [1, 2, '#1 من أصل اتصالين'],
    [2, 5, '#2 من أصل #5 اتصالات'],
    [12, 50, '#12 من أصل #50 اتصالًا'],
    [12, 10_000, '#12 من أصل #10000 اتصال'],
    [12, 102, '#12 من أصل #102 اتصال'],
  ],
};

describe('the search count', () => {
  for (const [lang, cases] of Object.entries(EXPECTED)) {
    it(`agrees with its total in ${lang}`, () => {
      const messages = lang === 'en' ? defaultMessages : LOCALES[lang];
      const number = new Intl.NumberFormat(lang);
      for (const [shown, total, expected] of cases) {
        const exact = expected.replace(/#(\d+)/g, (_, n: string) => number.format(Number(n)));
        expect(count(messages, lang, shown, total), `${shown} of ${total}`).to.equal(exact);
      }
    });
  }
});
