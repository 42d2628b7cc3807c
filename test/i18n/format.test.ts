import { expect, fixtureSync, html } from '@open-wc/testing';
import { formatDateTime, isoDateTime, localeOf, parseDateTime } from '../../src/i18n/format.js';

const NOON = '2024-01-02T12:00:00.000Z';

describe('formatDateTime', () => {
  it('formats a valid ISO date with a medium date and a short time', () => {
    const expected = new Intl.DateTimeFormat(undefined, {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(NOON));
    expect(formatDateTime(NOON)).to.equal(expected);
    expect(formatDateTime(NOON)).not.to.equal('');
  });

  it('uses the given locale', () => {
    expect(formatDateTime(NOON, 'en-US')).to.match(/^Jan \d{1,2}, 2024, \d{1,2}:\d{2}\s?[AP]M$/);
    expect(formatDateTime(NOON, 'de-DE')).to.match(/^\d{2}\.\d{2}\.2024, \d{2}:\d{2}$/);
    expect(formatDateTime(NOON, ['fr-FR'])).to.match(/janv\. 2024/);
  });

  it('returns "" for an invalid date or a non-string', () => {
    for (const value of [
      '',
      '   ',
      'not a date',
      '2024-13-45T99:99:99Z',
      null,
      undefined,
      42,
      {},
    ]) {
      expect(formatDateTime(value)).to.equal('');
    }
  });

  it("falls back to the browser's locale for a malformed locale tag", () => {
    expect(formatDateTime(NOON, 'en_US')).to.equal(formatDateTime(NOON));
    expect(formatDateTime(NOON, '')).to.equal(formatDateTime(NOON));
  });

  it('skips an empty tag in a list and keeps the others', () => {
    expect(formatDateTime(NOON, ['de-DE', ''])).to.equal(formatDateTime(NOON, 'de-DE'));
    expect(formatDateTime(NOON, ['', 'fr-FR'])).to.equal(formatDateTime(NOON, 'fr-FR'));
  });
});

describe('isoDateTime and parseDateTime', () => {
  it('normalise a valid date and reject an invalid one', () => {
    expect(isoDateTime('2024-01-02T13:00:00+01:00')).to.equal(NOON);
    expect(isoDateTime('nope')).to.equal(undefined);
    expect(parseDateTime(NOON)!.getTime()).to.equal(Date.UTC(2024, 0, 2, 12));
    expect(parseDateTime(undefined)).to.equal(undefined);
  });
});

describe('localeOf', () => {
  it('finds the closest lang, through shadow roots', () => {
    const outer = fixtureSync<HTMLDivElement>(html`<div lang="fr-CA"><span></span></div>`);
    expect(localeOf(outer.querySelector('span')!)).to.equal('fr-CA');

    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('p');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(localeOf(inner)).to.equal('fr-CA');
    host.setAttribute('lang', 'de');
    expect(localeOf(inner)).to.equal('de');
  });

  it('is undefined (the browser\'s) without a lang, or with lang=""', () => {
    const el = fixtureSync<HTMLDivElement>(html`<div lang=""><span></span></div>`);
    expect(localeOf(el.querySelector('span')!)).to.equal(undefined);
  });
});
