/**
 * Each language is complete (the type says so at compile time; this says so at run time too) and
 * translated: no string, and no function's output, is the English one, except where it is made of
 * nothing but the names it was given (an app's name and a label).
 */
import { expect } from '@open-wc/testing';
import { defaultMessages, type Messages } from '../../src/i18n/messages.js';
import { LOCALES, STATUS_WORDS } from './all.js';

type FunctionKey = {
  [K in keyof Messages]: Messages[K] extends (...args: never[]) => string ? K : never;
}[keyof Messages];

/** Arguments for every message that takes some: a new function key is a compile error here. */
const ARGS: { [K in FunctionKey]: Parameters<Messages[K]> } = {
  manageContext: ['Slack', 'Marketing'],
  searchCount: ['12', '10,000', 'other'],
  searchNoMatch: ['zapier'],
  requestedBy: ['Ada Lovelace'],
  actionContext: ['HubSpot', 'Sales CRM'],
  statusChanged: ['Google Drive', 'STATUS'],
};

const keys = Object.keys(defaultMessages) as (keyof Messages)[];

// A language without one of the keys does not compile (each locale module is typed `Messages`).
// @ts-expect-error: pageTitle is missing.
export const incomplete: Messages = {} as Omit<Messages, 'pageTitle'>;

function output(messages: Messages, key: keyof Messages): string {
  const value = messages[key];
  if (typeof value === 'string') return value;
  return (value as (...args: unknown[]) => string)(...ARGS[key as FunctionKey]);
}

/** What is left of `text` without the names it was given, spaces and punctuation. */
function wordsOf(text: string, key: keyof Messages): string {
  const names = key in ARGS ? (ARGS[key as FunctionKey] as string[]) : [];
  return names
    .reduce((rest, name) => rest.split(name).join(''), text)
    .replace(/[\p{P}\p{Z}]/gu, '');
}

/** The keys whose output is the English one, with more in it than the names it was given. */
function untranslated(messages: Messages): (keyof Messages)[] {
  return keys.filter(
    (key) =>
      output(messages, key) === output(defaultMessages, key) &&
      wordsOf(output(messages, key), key) !== '',
  );
}

describe('locales', () => {
  it('exempt only the screen-reader context made of an app name and a label', () => {
    expect(keys.filter((key) => wordsOf(output(defaultMessages, key), key) === '')).to.deep.equal([
      'manageContext',
      'actionContext',
    ]);
  });

  for (const [lang, messages] of Object.entries(LOCALES)) {
    describe(lang, () => {
      it('has every key of English, of the same kind, and no other', () => {
        expect(Object.keys(messages).sort()).to.deep.equal([...keys].sort());
        for (const key of keys) {
          expect(typeof messages[key], key).to.equal(typeof defaultMessages[key]);
          expect(output(messages, key).trim(), key).not.to.equal('');
        }
      });

      it('translates every string and every function (only names may stay as they are)', () => {
        expect(untranslated(messages)).to.deep.equal([]);
        // The check bites: a string left in English is found.
        const leftOver = { ...messages, revokeCancel: defaultMessages.revokeCancel };
        expect(untranslated(leftOver)).to.deep.equal(['revokeCancel']);
      });

      it('keeps every value a message is given (a translation may reorder them, never drop one)', () => {
        for (const key of Object.keys(ARGS) as FunctionKey[]) {
          const text = output(messages, key);
          for (const arg of ARGS[key]) {
            if (arg !== 'other') expect(text, `${key} keeps ${arg}`).to.contain(arg);
          }
        }
      });

      it('has one word per status, none the same as another or inside another', () => {
        const words = Object.values(STATUS_WORDS).map((key) => messages[key]);
        for (const word of words) {
          expect(
            words.filter((other) => other.includes(word)),
            word,
          ).to.deep.equal([word]);
        }
      });
    });
  }
});
