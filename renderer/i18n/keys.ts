/**
 * Narrows a word read at run time (a segment of a field path, a word of an
 * engine message) to one of a known list, so that a key built from it,
 * `fuel.${word}`, is checked against the locale files like any other key.
 */
export function oneOf<const T extends string>(list: readonly T[], word: string | undefined): word is T {
  return word !== undefined && (list as readonly string[]).includes(word);
}
