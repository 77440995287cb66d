import { AdoptionStatus } from "../adoption/adoption-status.enum";
import { CHALON_TILLEULS } from "./sample-territories";

/**
 * The sample adoption: after the in-situ training of May 2013, the Tilleuls neighbourhood in Chalon adopted
 * the shared offices for cultural enterprises (invented, « exemple »).
 */
export interface SampleAdoption {
  id: string;
  practiceId: string;
  territoryId: string;
  status: AdoptionStatus;
  startedOn: string;
  completedOn: string | null;
  outcome: string | null;
  transferId: string | null;
}

export const sampleAdoptions: SampleAdoption[] = [
  {
    id: "c4000000-0000-4000-8000-000000000001",
    practiceId: "c2000000-0000-4000-8000-000000000002",
    territoryId: CHALON_TILLEULS,
    status: AdoptionStatus.ADOPTED,
    startedOn: "2013-06-03",
    completedOn: "2013-11-28",
    outcome:
      "Trois bureaux ouverts à des entreprises culturelles au rez-de-chaussée d'un immeuble du bailleur, avec une " +
      "salle de réunion partagée ; le bail est porté par une association d'entreprises (exemple).",
    transferId: "c3000000-0000-4000-8000-000000000002",
  },
];
