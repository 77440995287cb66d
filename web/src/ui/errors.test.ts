import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { describe, expect, it } from "vitest";
import { errorInWords, errorsUnder, fieldErrorsOf, retryAfterSecondsOf, waitInWords } from "./errors";

const combined = (errors: object[]) => new CombinedGraphQLErrors({ errors: errors as never, data: null });

describe("errors in words", () => {
  it("puts each field error under its field, nested paths included", () => {
    const error = combined([
      {
        message: "Entrée invalide",
        path: ["submitContribution"],
        extensions: {
          code: "BAD_USER_INPUT",
          fieldErrors: [
            { path: ["input", "displayName"], rule: "length", message: "doit compter de 2 à 60 caractères" },
            { path: ["input", "participants", 1, "memberId"], rule: "exists", message: "inconnu" },
          ],
        },
      },
    ]);
    expect(fieldErrorsOf(error)).toEqual({
      displayName: "doit compter de 2 à 60 caractères",
      "participants.1.memberId": "inconnu",
    });
  });

  it("says how long to wait when the answer was RATE_LIMITED", () => {
    const error = combined([
      { message: "Trop", extensions: { code: "RATE_LIMITED", retryAfterSeconds: 90 } },
    ]);
    expect(retryAfterSecondsOf(error)).toBe(90);
    expect(errorInWords(error)).toBe("Trop de demandes : réessayez dans 2 minutes.");
    expect(waitInWords(1)).toBe("1 seconde");
  });

  it("finds the errors of one section of the answer and no other", () => {
    const error = combined([
      { message: "down", path: ["member", "practices"], extensions: { code: "SERVICE_UNAVAILABLE" } },
    ]);
    expect(errorsUnder(error, ["member", "practices"])).toHaveLength(1);
    expect(errorsUnder(error, ["member", "neighbourhoodActions"])).toHaveLength(0);
    expect(errorInWords(error)).toMatch(/momentanément indisponible/);
  });

  it("never shows raw JSON for a network failure", () => {
    expect(errorInWords(new TypeError("Failed to fetch"))).toBe(
      "Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez.",
    );
  });
});
