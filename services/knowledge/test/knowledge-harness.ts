import {
  startSubgraphUnderTest,
  type SubgraphUnderTest,
  type SubgraphUnderTestOptions,
} from "@pole/subgraph-kit/testing";
import { createKnowledgeDataSource } from "../src/data-source";
import { PracticeStatus } from "../src/practice/practice-status.enum";
import { loadSampleData } from "../src/sample-data/load-sample-data";
import { samplePractices, type SamplePractice } from "../src/sample-data/sample-practices";
import { createServer } from "../src/server";

/** The knowledge subgraph on a fresh database of its own, with the sample data unless told otherwise. */
export function startKnowledge(options?: SubgraphUnderTestOptions): Promise<SubgraphUnderTest> {
  return startSubgraphUnderTest(
    { label: "knowledge", createDataSource: createKnowledgeDataSource, createServer, loadSampleData },
    options,
  );
}

/** Ids of sample practices used across the tests. */
export const RESIDENCES_AVEC_HABITANTS = "c2000000-0000-4000-8000-000000000001";
export const MUTUALISATION_DE_BUREAUX = "c2000000-0000-4000-8000-000000000002";
export const REENCHANTEZ_ESPLANADE = "c2000000-0000-4000-8000-000000000003";
/** The one sample practice still in DRAFT (territory Grand Dijon, contributed by the Bureau; no transferability yet). */
export const PARCOURS_INSERTION_DRAFT = "c2000000-0000-4000-8000-000000000004";
export const RADIO_DE_QUARTIER = "c2000000-0000-4000-8000-000000000005";
/** The one sample practice IN_REVIEW (territory Grésilles, pillar KNOWLEDGE_SHARING). */
export const VISITES_APPRENANTES_IN_REVIEW = "c2000000-0000-4000-8000-000000000006";

/** Ids of sample territories. */
export const DIJON = "c1000000-0000-4000-8000-000000000001";
export const GRAND_DIJON = "c1000000-0000-4000-8000-000000000002";
export const GRESILLES = "c1000000-0000-4000-8000-000000000003";
export const CHALON_TILLEULS = "c1000000-0000-4000-8000-000000000004";
export const CHENOVE_MAIL = "c1000000-0000-4000-8000-000000000005";

/** Ids of sample transfers. */
export const BRIEFING_ELUS_GRAND_DIJON = "c3000000-0000-4000-8000-000000000001";
export const FORMATION_IN_SITU_CHALON = "c3000000-0000-4000-8000-000000000002";
export const ATELIER_ECHANGE_CHALON = "c3000000-0000-4000-8000-000000000003";
export const SAVOIR_FAIRE_RADIO_CHENOVE = "c3000000-0000-4000-8000-000000000004";
export const INGENIERIE_CHENOVE = "c3000000-0000-4000-8000-000000000005";

/** Id of the sample adoption (Chalon's Tilleuls adopted the shared offices, ADOPTED in 2013). */
export const ADOPTION_CHALON_BUREAUX = "c4000000-0000-4000-8000-000000000001";

/** Ids of the economic subgraph's sample members (federated references here). */
export const COMPAGNIE_DES_GRESILLES = "a0000000-0000-4000-8000-000000000001";
export const ATELIER_BOUTARIC_IMAGES = "a0000000-0000-4000-8000-000000000002";
export const BUREAU_ACCOMPAGNEMENT_ARTISTIQUE = "a0000000-0000-4000-8000-000000000006";
export const RADIO_BOUTARIC = "a0000000-0000-4000-8000-000000000009";
/** The first `count` ids of the economic subgraph's sample members (…001, …002, …). */
export const economicSampleMemberIds = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => `a0000000-0000-4000-8000-${String(i + 1).padStart(12, "0")}`);

/** A sample practice by id, straight from the sample-data module. */
export function samplePractice(id: string): SamplePractice {
  const practice = samplePractices.find((candidate) => candidate.id === id);
  if (!practice) throw new Error(`no sample practice ${id}`);
  return practice;
}

/** The API's order of practices: most recently published first, unpublished last, then by id. */
export function inPublicationOrder(practices: SamplePractice[]): SamplePractice[] {
  return [...practices].sort(
    (a, b) =>
      (b.publishedOn ?? "").localeCompare(a.publishedOn ?? "") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Ids, in the API's order, of the sample practices that pass `keep`; published only unless `staff`. */
export function expectedPracticeIds(
  keep: (practice: SamplePractice) => boolean = () => true,
  { staff = false } = {},
): string[] {
  return inPublicationOrder(
    samplePractices.filter((p) => (staff || p.status === PracticeStatus.PUBLISHED) && keep(p)),
  ).map((p) => p.id);
}
