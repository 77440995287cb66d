import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SNIPPET_START as S, SNIPPET_STOP as E } from "./snippet";
import { SnippetText } from "./snippet-text";

describe("SnippetText", () => {
  it("wraps the matched words in <mark> and renders hostile text as text", () => {
    const { container } = render(
      <p>
        <SnippetText snippet={`<img src=x onerror="alert(1)"> les ${S}résidences${E} …`} />
      </p>,
    );
    expect(container.querySelector("img")).toBeNull();
    expect([...container.querySelectorAll("mark")].map((m) => m.textContent)).toEqual(["résidences"]);
    expect(container.textContent).toBe(`<img src=x onerror="alert(1)"> les résidences …`);
  });
});
