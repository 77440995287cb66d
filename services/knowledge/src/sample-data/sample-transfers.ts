import { AudienceKind } from "../transfer/audience-kind.enum";
import { TransferKind } from "../transfer/transfer-kind.enum";
import { TransferOrigin } from "../transfer/transfer-origin.enum";
import { SAMPLE_MEMBER_IDS } from "./sample-practices";
import { CHALON_TILLEULS, CHENOVE_MAIL, GRAND_DIJON } from "./sample-territories";

/**
 * The sample transfers. The seed lists knowledge transfer among the aims « à terme »: first steps in
 * 2012–2013 (a briefing of elected officials, exchanges with another neighbourhood), then, in 2014, a
 * know-how transfer and project engineering, so that every kind of transfer appears once at least.
 */
export interface SampleTransfer {
  id: string;
  kind: TransferKind;
  title: string;
  heldOn: string;
  territoryId: string;
  audience: string;
  audienceKind: AudienceKind;
  participantCount: number;
  /** Every sample transfer is the Pôle's own: its team held and recorded it. */
  origin: TransferOrigin;
  practiceIds: string[];
  memberIds: string[];
}

const id = (n: number) => `c3000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const practice = (n: number) => `c2000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const M = SAMPLE_MEMBER_IDS;

export const sampleTransfers: SampleTransfer[] = [
  {
    id: id(1),
    kind: TransferKind.ELECTED_OFFICIALS_BRIEFING,
    title: "Présentation du modèle du Pôle aux élus du Grand Dijon",
    heldOn: "2012-10-11",
    territoryId: GRAND_DIJON,
    audience: "élus communautaires",
    audienceKind: AudienceKind.ELECTED_OFFICIALS,
    participantCount: 18,
    origin: TransferOrigin.POLE,
    practiceIds: [practice(2)],
    memberIds: [M.bureauAccompagnementArtistique],
  },
  {
    id: id(2),
    kind: TransferKind.IN_SITU_TRAINING,
    title: "Formation in situ : accueillir des entreprises culturelles dans un immeuble d'habitat social",
    heldOn: "2013-05-23",
    territoryId: CHALON_TILLEULS,
    audience: "opérateurs culturels et bailleur social",
    audienceKind: AudienceKind.MIXED,
    participantCount: 12,
    origin: TransferOrigin.POLE,
    practiceIds: [practice(1), practice(2)],
    memberIds: [M.atelierBoutaricImages, M.bureauAccompagnementArtistique],
  },
  {
    id: id(3),
    kind: TransferKind.OPERATOR_TRANSFER,
    title: "Atelier d'échange : mener un projet participatif sur l'espace public",
    heldOn: "2013-11-14",
    territoryId: CHALON_TILLEULS,
    audience: "opérateurs des quartiers prioritaires",
    audienceKind: AudienceKind.NEIGHBOURHOOD_OPERATORS,
    participantCount: 9,
    origin: TransferOrigin.POLE,
    practiceIds: [practice(3)],
    memberIds: [M.compagnieDesGresilles],
  },
  {
    id: id(4),
    kind: TransferKind.KNOW_HOW_TRANSFER,
    title: "Transfert de savoir-faire : lancer une radio de quartier avec les habitants",
    heldOn: "2014-03-20",
    territoryId: CHENOVE_MAIL,
    audience: "centre social et association de jeunes",
    audienceKind: AudienceKind.NEIGHBOURHOOD_OPERATORS,
    participantCount: 7,
    origin: TransferOrigin.POLE,
    practiceIds: [practice(5)],
    memberIds: [M.radioBoutaric],
  },
  {
    id: id(5),
    kind: TransferKind.PROJECT_ENGINEERING,
    title: "Ingénierie de projet : un pôle d'entreprises culturelles en pied d'immeuble",
    heldOn: "2014-06-12",
    territoryId: CHENOVE_MAIL,
    audience: "services de la ville et bailleur social",
    audienceKind: AudienceKind.LOCAL_AUTHORITY_STAFF,
    participantCount: 5,
    origin: TransferOrigin.POLE,
    practiceIds: [practice(2)],
    memberIds: [M.bureauAccompagnementArtistique],
  },
];
