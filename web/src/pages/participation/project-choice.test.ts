import { describe, expect, it } from "vitest";
import { esplanadeProjectOf } from "./project-choice";

describe("esplanadeProjectOf", () => {
  const oldest = { id: "1", title: "Fête de quartier sur l'esplanade" };
  const reenchant = { id: "2", title: "Réenchantez l'Esplanade Boutaric" };

  it("picks « Réenchantez l'Esplanade Boutaric » wherever it is in the list, whatever the case", () => {
    expect(esplanadeProjectOf([oldest, reenchant])).toBe(reenchant);
    expect(esplanadeProjectOf([oldest, { id: "3", title: "RÉENCHANTEZ la place" }])?.id).toBe("3");
  });

  it("falls back on the first (oldest) project, and gives nothing for no project", () => {
    expect(esplanadeProjectOf([oldest, { id: "4", title: "Ateliers d'été" }])).toBe(oldest);
    expect(esplanadeProjectOf([])).toBeUndefined();
  });
});
