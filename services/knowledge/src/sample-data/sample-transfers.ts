import { TransferKind } from "../transfer/transfer-kind.enum";
import { CHALON_TILLEULS, GRAND_DIJON } from "./sample-territories";

/**
 * The sample transfers (2012–2013). The seed lists knowledge transfer among the aims « à terme », so there
 * are only a few first steps: a briefing of elected officials and exchanges with another neighbourhood.
 */
export interface SampleTransfer {
  id: string;
  kind: TransferKind;
  title: string;
  heldOn: string;
  territoryId: string;
  audience: string;
  participantCount: number;
}

const id = (n: number) => `c3000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

export const sampleTransfers: SampleTransfer[] = [
  {
    id: id(1),
    kind: TransferKind.ELECTED_OFFICIALS_BRIEFING,
    title: "Présentation du modèle du Pôle aux élus du Grand Dijon",
    heldOn: "2012-10-11",
    territoryId: GRAND_DIJON,
    audience: "élus communautaires",
    participantCount: 18,
  },
  {
    id: id(2),
    kind: TransferKind.IN_SITU_TRAINING,
    title: "Formation in situ : accueillir des entreprises culturelles dans un immeuble d'habitat social",
    heldOn: "2013-05-23",
    territoryId: CHALON_TILLEULS,
    audience: "opérateurs culturels et bailleur social",
    participantCount: 12,
  },
  {
    id: id(3),
    kind: TransferKind.OPERATOR_TRANSFER,
    title: "Atelier d'échange : mener un projet participatif sur l'espace public",
    heldOn: "2013-11-14",
    territoryId: CHALON_TILLEULS,
    audience: "opérateurs des quartiers prioritaires",
    participantCount: 9,
  },
];
