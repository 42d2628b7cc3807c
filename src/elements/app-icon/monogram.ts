/**
 * The letter shown in place of an app's icon: the first character of its name (a whole code point,
 * so an emoji or an astral letter is not cut in half), upper-cased; "?" for a blank name.
 */
export function monogram(name: string): string {
  const first = Array.from(name.trim())[0];
  return first ? first.toLocaleUpperCase() : '?';
}
