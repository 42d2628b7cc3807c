/**
 * Which language an element speaks: `registerLocale` and the best match for a `lang`, with an
 * override on top. (Each test file runs in its own page, so the registry starts empty here.)
 */
import { expect } from '@open-wc/testing';
import { localized, registerLocale } from '../../src/i18n/locale.js';
import { defaultMessages, type Messages } from '../../src/i18n/messages.js';

const fake = (pageTitle: string): Messages => ({ ...defaultMessages, pageTitle });
const BRAZIL = fake('Conexões');
const PORTUGAL = fake('Ligações');
const GERMAN = fake('Verbindungen');

describe('localized', () => {
  it('is English, formatted as English, without a lang, with lang="" and with a malformed tag', () => {
    for (const lang of [undefined, '', 'en_US', 'not a tag', 'de_DE']) {
      expect(localized(lang), String(lang)).to.deep.equal({
        lang: 'en',
        messages: defaultMessages,
      });
    }
  });

  it('keeps an English tag for Intl (en-GB dates are British) and English for a language not registered', () => {
    expect(localized('en-GB')).to.deep.equal({ lang: 'en-GB', messages: defaultMessages });
    const english = { lang: 'en', messages: defaultMessages, marked: 'en' };
    expect(localized('zh-Hant-TW')).to.deep.equal(english);
    expect(localized('de')).to.deep.equal(english);
  });

  it('marks English as English only where it stands in for the language of the page', () => {
    // Unmarked: the page is in English, in no language, or in a malformed one.
    for (const lang of [undefined, '', 'en', 'en-GB', 'en_US']) {
      expect(localized(lang).marked, String(lang)).to.equal(undefined);
    }
    expect(localized('pl').marked).to.equal('en');
    expect(localized('he-IL').marked).to.equal('en');
    // With .messages on top, the words may be the page's own language: unmarked.
    expect(localized('pl', { manage: 'Zarządzaj' }).marked).to.equal(undefined);
    // A registered language is not English: unmarked.
    registerLocale('pl', fake('Połączenia'));
    expect(localized('pl-PL')).to.deep.equal({ lang: 'pl-PL', messages: localized('pl').messages });
  });

  it('matches pt-BR exactly, then pt, case-insensitively, never pt-BR for pt', () => {
    registerLocale('pt-BR', BRAZIL);
    expect(localized('pt-BR')).to.deep.equal({ lang: 'pt-BR', messages: BRAZIL });
    expect(localized('PT-br')).to.deep.equal({ lang: 'pt-BR', messages: BRAZIL });
    // Only pt-BR is registered: a page in Portuguese from Portugal (or just "pt") is English.
    expect(localized('pt-PT').messages).to.equal(defaultMessages);
    expect(localized('pt').messages).to.equal(defaultMessages);

    registerLocale('pt', PORTUGAL);
    expect(localized('pt-BR').messages).to.equal(BRAZIL);
    expect(localized('pt-PT')).to.deep.equal({ lang: 'pt-PT', messages: PORTUGAL });
    expect(localized('pt')).to.deep.equal({ lang: 'pt', messages: PORTUGAL });
    expect(localized('pt-Latn-BR')).to.deep.equal({ lang: 'pt-Latn-BR', messages: PORTUGAL });
  });

  it('drops subtags until one is registered, keeping the whole tag for Intl', () => {
    registerLocale('de', GERMAN);
    expect(localized('de-CH')).to.deep.equal({ lang: 'de-CH', messages: GERMAN });
    expect(localized('de-DE-u-nu-latn')).to.deep.equal({
      lang: 'de-DE-u-nu-latn',
      messages: GERMAN,
    });
  });

  it('lays an override over the language, and merges once per language and override', () => {
    registerLocale('de', GERMAN);
    const override = { manage: 'Bearbeiten', pageTitle: 42 } as unknown as Partial<Messages>;
    const de = localized('de', override);
    expect(de.lang).to.equal('de');
    expect(de.messages.manage).to.equal('Bearbeiten');
    expect(de.messages.pageTitle).to.equal('Verbindungen', 'a value of the wrong type is ignored');
    expect(localized('de-AT', override).messages).to.equal(de.messages);
    const en = localized(undefined, override);
    expect(en.messages.manage).to.equal('Bearbeiten');
    expect(en.messages.pageTitle).to.equal('Connections');
  });

  it('ignores an override that is not an object', () => {
    expect(localized(undefined, 'nonsense' as never).messages).to.equal(defaultMessages);
    expect(localized(undefined, null).messages).to.equal(defaultMessages);
  });

  it('replaces English too when "en" is registered', () => {
    const british = fake('Connexions (UK)');
    registerLocale('en', british);
    try {
      expect(localized(undefined).messages).to.equal(british);
      expect(localized('en-GB').messages).to.equal(british);
      expect(localized('ja').messages).to.equal(british);
    } finally {
      registerLocale('en', defaultMessages);
    }
  });
});

describe('registerLocale', () => {
  it('throws a RangeError for a malformed tag', () => {
    expect(() => registerLocale('de_DE', GERMAN)).to.throw(RangeError);
  });
});
