/**
 * What a search text asks for, split for PostgreSQL: the words handed to `websearch_to_tsquery` (whose
 * syntax never fails: words, "a phrase", `or`, `-word`), and the last word when the user is still typing
 * it, searched as a prefix. Only letters and digits ever reach `to_tsquery`, so no input can make a
 * tsquery syntax error.
 */
export interface SearchText {
  /** Web-search text: the whole text, or all of it but the word being typed. */
  words: string;
  /** The word being typed (letters and digits only), searched as a prefix, and how it joins `words`. */
  prefix?: { word: string; joiner: "and" | "or" };
  /** The words wanted (no syntax, no excluded words), for the typo-tolerant fallback on titles. */
  plainWords: string;
}

/** The shortest last word searched as a prefix: shorter ones would match most of the library. */
export const MIN_PREFIX_LENGTH = 3;

/**
 * Words PostgreSQL's French stop-word list lacks (it has « le », « la », « ces », not « les », « cet »,
 * « cette », « leurs », « dont »): turned into « le », a stop word, so they count as one (a text made only
 * of stop words finds nothing; inside a phrase they still keep their place).
 */
const EXTRA_STOP_WORDS = /(?<![\p{L}\p{N}'’-])(?:les|cet|cette|leurs|dont)(?![\p{L}\p{N}])/giu;

const LAST_WORD = /[\p{L}\p{N}]+$/u;
const TRAILING_OR = /(?:^|\s)or\s*$/i;

/** Splits a search text (already trimmed, at most a few hundred characters). */
export function parseSearchText(text: string): SearchText {
  const normalized = text.normalize("NFC").replace(EXTRA_STOP_WORDS, "le");
  const plainWords = plainWordsOf(normalized);
  const last = LAST_WORD.exec(normalized);
  if (!last) return { words: normalized, plainWords };
  const word = last[0];
  const before = normalized.slice(0, last.index);
  const excluded = /(?:^|\s)-$/.test(before);
  const insidePhrase = (before.match(/"/g)?.length ?? 0) % 2 === 1;
  if (word.length < MIN_PREFIX_LENGTH || excluded || insidePhrase) {
    return { words: normalized, plainWords };
  }
  if (TRAILING_OR.test(before)) {
    return { words: before.replace(TRAILING_OR, " "), prefix: { word, joiner: "or" }, plainWords };
  }
  return { words: before, prefix: { word, joiner: "and" }, plainWords };
}

/** The words wanted: without quotes, `or`, or words excluded with a leading `-`. */
function plainWordsOf(text: string): string {
  return text
    .replace(/"/g, " ")
    .split(/\s+/)
    .filter((token) => token && !token.startsWith("-") && token.toLowerCase() !== "or")
    .join(" ");
}
