// The licences a practice may carry (Practice.licence is an SPDX id), in words and with their address, and
// how to cite a practice: the title, the territory and the practice's URI (its open-data JSON-LD document,
// the same URI the gateway's open data gives it).

export interface Licence {
  id: string;
  name: string;
  url: string;
}

const LICENCES: Readonly<Record<string, Omit<Licence, "id">>> = {
  "CC-BY-SA-4.0": {
    name: "Creative Commons Attribution – Partage dans les mêmes conditions 4.0 International",
    url: "https://creativecommons.org/licenses/by-sa/4.0/deed.fr",
  },
  "CC-BY-4.0": {
    name: "Creative Commons Attribution 4.0 International",
    url: "https://creativecommons.org/licenses/by/4.0/deed.fr",
  },
  "CC0-1.0": {
    name: "Creative Commons Zéro 1.0 Universel (domaine public)",
    url: "https://creativecommons.org/publicdomain/zero/1.0/deed.fr",
  },
  "etalab-2.0": {
    name: "Licence Ouverte / Open Licence 2.0 (Etalab)",
    url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
  },
};

/** A licence by its SPDX id; one not in the table yet is named by its id and linked to its SPDX page. */
export function licenceOf(spdxId: string): Licence {
  const known = LICENCES[spdxId];
  return known
    ? { id: spdxId, ...known }
    : { id: spdxId, name: spdxId, url: `https://spdx.org/licenses/${encodeURIComponent(spdxId)}.html` };
}

/** The practice's stable URI: its JSON-LD document on the gateway's origin. */
export function practiceUri(gatewayUrl: string, practiceId: string): string {
  return `${new URL(gatewayUrl).origin}/open-data/practices/${encodeURIComponent(practiceId)}.jsonld`;
}

/** How to cite it: « Titre », Territoire, Pôle … — licence — URI. */
export function citationOf(practice: {
  title: string;
  territoryName: string | null | undefined;
  licence: Licence;
  uri: string;
}): string {
  const where = practice.territoryName ? `, ${practice.territoryName}` : "";
  return `« ${practice.title} »${where}, bibliothèque des bonnes pratiques du Pôle de Coopération Culturel & Créatif du Grand Dijon, sous licence ${practice.licence.id}, ${practice.uri}`;
}
