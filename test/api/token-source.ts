/** A getSessionToken that gives `tokens` in turn (the last one forever) and counts its calls. */
export function tokenSource(...tokens: string[]) {
  const source = {
    calls: 0,
    get: async () => {
      source.calls += 1;
      return tokens[Math.min(source.calls, tokens.length) - 1];
    },
  };
  return source;
}
