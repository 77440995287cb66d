import { TerritoryKind } from "../territory/territory-kind.enum";

/**
 * The sample territories: the Pôle's own (Dijon, its intercommunality, the Grésilles neighbourhood) and two
 * neighbourhoods of other cities that received transfers (invented). Ids are fixed so examples and tests can
 * name them.
 *
 * Real identifiers: Dijon 21231, Chenôve 21166, Chalon-sur-Saône 71076 (INSEE codes); Grand Dijon, an
 * intercommunality, has no INSEE code and is identified by its SIREN, 242100410 (Dijon Métropole since
 * 2017, the same legal body). The QPV codes `QP021900`, `QP021901` and `QP071900` are invented placeholders.
 */
export interface SampleTerritory {
  id: string;
  name: string;
  /** Null for an intercommunality, identified by its SIREN instead. */
  inseeCode: string | null;
  siren: string | null;
  kind: TerritoryKind;
  qpvCode: string | null;
  /** Priority neighbourhoods on the territory (its own code included when it is one). */
  qpvCodes: string[];
}

const id = (n: number) => `c1000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

export const DIJON = id(1);
export const GRAND_DIJON = id(2);
export const GRESILLES = id(3);
export const CHALON_TILLEULS = id(4);
export const CHENOVE_MAIL = id(5);

export const sampleTerritories: SampleTerritory[] = [
  {
    id: DIJON,
    name: "Dijon",
    inseeCode: "21231",
    siren: null,
    kind: TerritoryKind.COMMUNE,
    qpvCode: null,
    qpvCodes: ["QP021900"],
  },
  {
    id: GRAND_DIJON,
    name: "Grand Dijon (communauté d'agglomération, aujourd'hui Dijon Métropole)",
    inseeCode: null,
    siren: "242100410",
    kind: TerritoryKind.INTERCOMMUNALITY,
    qpvCode: null,
    qpvCodes: ["QP021900", "QP021901"],
  },
  {
    id: GRESILLES,
    name: "Les Grésilles, Dijon",
    inseeCode: "21231",
    siren: null,
    kind: TerritoryKind.COMMUNE,
    qpvCode: "QP021900",
    qpvCodes: ["QP021900"],
  },
  {
    id: CHALON_TILLEULS,
    name: "Quartier des Tilleuls, Chalon-sur-Saône (exemple)",
    inseeCode: "71076",
    siren: null,
    kind: TerritoryKind.COMMUNE,
    qpvCode: "QP071900",
    qpvCodes: ["QP071900"],
  },
  {
    id: CHENOVE_MAIL,
    name: "Le Mail, Chenôve (exemple)",
    inseeCode: "21166",
    siren: null,
    kind: TerritoryKind.COMMUNE,
    qpvCode: "QP021901",
    qpvCodes: ["QP021901"],
  },
];
