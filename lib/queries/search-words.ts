// The words of a search box, for Prisma's `contains`, which is SQL's LIKE: % and _ are wildcards and
// \ escapes there, but someone searching for "100%" means the characters.

/** At most this many words count; a search is a few words, not a paragraph. */
const MAX_WORDS = 8;

export function searchWords(text: string): string[] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, MAX_WORDS)
    .map((word) => word.replace(/[\\%_]/g, (char) => `\\${char}`));
}
