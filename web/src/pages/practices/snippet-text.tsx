import { parseSnippet } from "./snippet";

/** A search snippet with its matched words in <mark>: every piece a text node, never HTML. */
export function SnippetText({ snippet }: { snippet: string }) {
  return (
    <>
      {parseSnippet(snippet).map((piece, i) =>
        piece.marked ? <mark key={i}>{piece.text}</mark> : piece.text,
      )}
    </>
  );
}
