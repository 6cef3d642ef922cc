import type { EchoedList } from './issue-codes';

/**
 * User text quoted back in a message (an unknown name, a key, a value), cut so
 * that a message stays a line however long the input: a 30,000-character
 * identifier is named by its first characters.
 */
export const ECHO_MAX_CHARS = 60;

export function echo(text: string, max = ECHO_MAX_CHARS): string {
  // by code points, so a cut never splits a surrogate pair
  const long = text.length > max * 2;
  const chars = Array.from(long ? text.slice(0, max * 2) : text);
  return long || chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/** A list of user texts for an issue's parameter: the first few, each cut, and how many more. */
export function echoList(items: readonly string[], shown = 5): EchoedList {
  return { items: items.slice(0, shown).map((s) => echo(s)), more: Math.max(0, items.length - shown) };
}
