// A search snippet as text pieces. searchPractices marks each matched word between U+E000 (start) and
// U+E001 (stop); the snippet is plain text, so it is split here and each piece rendered as a text node
// (matched ones inside <mark>): never as HTML.

/** Marks the start of a matched word in a snippet (U+E000). */
export const SNIPPET_START = "\uE000";
/** Marks the end of a matched word in a snippet (U+E001). */
export const SNIPPET_STOP = "\uE001";

export interface SnippetPiece {
  text: string;
  /** True for a matched word, shown highlighted. */
  marked: boolean;
}

/**
 * The snippet's pieces in order, adjacent pieces of the same kind joined, empty ones left out. A start
 * without its stop marks up to the end; a stray stop, or a start inside a marked piece, is dropped.
 */
export function parseSnippet(snippet: string): SnippetPiece[] {
  const pieces: SnippetPiece[] = [];
  let marked = false;
  let text = "";
  const flush = () => {
    if (text === "") return;
    const last = pieces[pieces.length - 1];
    if (last && last.marked === marked) last.text += text;
    else pieces.push({ text, marked });
    text = "";
  };
  for (const char of snippet) {
    if (char === SNIPPET_START || char === SNIPPET_STOP) {
      const opening = char === SNIPPET_START;
      if (opening !== marked) {
        flush();
        marked = opening;
      }
    } else {
      text += char;
    }
  }
  flush();
  return pieces;
}
