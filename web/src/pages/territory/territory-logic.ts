// The territory area's pure logic: where a practice stands for its territory, what a review still needs,
// the form values ↔ mutation inputs, and the French labels of the enums the forms offer.
import type {
  AdoptionStatus,
  AudienceKind,
  CreatePracticeInput,
  Pillar,
  PracticeStatus,
  TransferKind,
  UpdatePracticeInput,
} from "../../gql/graphql";

/** Where a practice stands in the territory's eyes: a draft returned by staff is a stage of its own. */
export type PracticeStage = "draft" | "returned" | "inReview" | "published";

export const STAGE_LABELS: Record<PracticeStage, string> = {
  draft: "Brouillons",
  inReview: "En relecture",
  returned: "Renvoyées avec commentaires",
  published: "Publiées",
};

export const STAGES: PracticeStage[] = ["draft", "inReview", "returned", "published"];

/** The stage of a practice; undefined for one withdrawn (not shown among the territory's work). */
export function stageOf(practice: {
  status: PracticeStatus;
  reviewComments?: readonly unknown[] | null;
}): PracticeStage | undefined {
  switch (practice.status) {
    case "DRAFT":
      return (practice.reviewComments?.length ?? 0) > 0 ? "returned" : "draft";
    case "IN_REVIEW":
      return "inReview";
    case "PUBLISHED":
      return "published";
    default:
      return undefined;
  }
}

/** The practices grouped by stage, each group in the given order. */
export function groupByStage<
  P extends { status: PracticeStatus; reviewComments?: readonly unknown[] | null },
>(practices: readonly P[]): Record<PracticeStage, P[]> {
  const groups: Record<PracticeStage, P[]> = { draft: [], returned: [], inReview: [], published: [] };
  for (const practice of practices) {
    const stage = stageOf(practice);
    if (stage) groups[stage].push(practice);
  }
  return groups;
}

/** The texts of the practice form (every one a string, as inputs hold them). */
export interface PracticeFormValues {
  title: string;
  summary: string;
  pillar: Pillar;
  challenge: string;
  description: string;
  transferability: string;
  themes: string;
}

export const EMPTY_PRACTICE: PracticeFormValues = {
  title: "",
  summary: "",
  pillar: "KNOWLEDGE_SHARING",
  challenge: "",
  description: "",
  transferability: "",
  themes: "",
};

/** The minimum lengths the knowledge subgraph asks of a practice before review (spaces at the ends not counted). */
export const REVIEW_MIN_LENGTHS = {
  summary: 100,
  challenge: 60,
  description: 150,
  transferability: 60,
} as const;

export const FIELD_LABELS: Record<keyof PracticeFormValues, string> = {
  title: "Titre",
  summary: "Résumé",
  pillar: "Pilier",
  challenge: "Enjeu",
  description: "Description",
  transferability: "Transférabilité",
  themes: "Mots-clés",
};

/** What a review still needs, field by field, in French (empty when the practice may be submitted). */
export function reviewProblems(
  values: PracticeFormValues,
): Partial<Record<keyof PracticeFormValues, string>> {
  const problems: Partial<Record<keyof PracticeFormValues, string>> = {};
  if (!values.title.trim()) problems.title = "Indiquez le titre.";
  for (const [field, min] of Object.entries(REVIEW_MIN_LENGTHS) as [
    keyof typeof REVIEW_MIN_LENGTHS,
    number,
  ][]) {
    const length = values[field].trim().length;
    if (length === 0) problems[field] = `${FIELD_LABELS[field]} : à rédiger avant la relecture.`;
    else if (length < min)
      problems[field] =
        `${FIELD_LABELS[field]} : ${length} caractères sur ${min} au moins avant la relecture.`;
  }
  return problems;
}

/** « mutualisation, résidence » → ["mutualisation", "résidence"] (blanks and repeats dropped). */
export function themesOf(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[,;\n]/)
    .map((theme) => theme.trim())
    .filter((theme) => theme && !seen.has(theme.toLowerCase()) && seen.add(theme.toLowerCase()));
}

const optional = (text: string): string | null => (text.trim() ? text.trim() : null);

/**
 * A new draft: the required title and summary are sent even when empty, so the server names them in its
 * fieldErrors; optional texts left empty are not sent.
 */
export function createPracticeInputOf(values: PracticeFormValues): CreatePracticeInput {
  const input: CreatePracticeInput = {
    title: values.title.trim(),
    summary: values.summary.trim(),
    pillar: values.pillar,
    themes: themesOf(values.themes),
  };
  for (const field of ["challenge", "description", "transferability"] as const) {
    const text = optional(values[field]);
    if (text) input[field] = text;
  }
  return input;
}

/** A change of a draft: every field of the form, an emptied optional text cleared (null). */
export function updatePracticeInputOf(id: string, values: PracticeFormValues): UpdatePracticeInput {
  return {
    id,
    title: values.title.trim(),
    summary: values.summary.trim(),
    pillar: values.pillar,
    themes: themesOf(values.themes),
    challenge: optional(values.challenge),
    description: optional(values.description),
    transferability: optional(values.transferability),
  };
}

/** The form's values for a practice read from the graph. */
export function practiceFormValuesOf(practice: {
  title: string;
  summary?: string | null;
  pillar: Pillar;
  challenge?: string | null;
  description?: string | null;
  transferability?: string | null;
  themes: readonly string[];
}): PracticeFormValues {
  return {
    title: practice.title,
    summary: practice.summary ?? "",
    pillar: practice.pillar,
    challenge: practice.challenge ?? "",
    description: practice.description ?? "",
    transferability: practice.transferability ?? "",
    themes: practice.themes.join(", "),
  };
}

/** An adoption's end date is required once ADOPTED or ABANDONED, refused before (as the server says). */
export function completedOnProblem(
  status: AdoptionStatus,
  completedOn: string,
  startedOn?: string,
): string | undefined {
  const ended = status === "ADOPTED" || status === "ABANDONED";
  if (ended && !completedOn) return "Indiquez la date de fin : l'adoption est terminée.";
  if (!ended && completedOn) return "Pas de date de fin tant que l'adoption n'est pas terminée.";
  if (ended && startedOn && completedOn < startedOn) return "La date de fin précède la date de début.";
  return undefined;
}

export const PILLAR_LABELS: Record<Pillar, string> = {
  ECONOMIC_DEVELOPMENT: "Développement économique des entreprises culturelles et créatives",
  NEIGHBOURHOOD: "Mieux-être et attractivité du quartier",
  KNOWLEDGE_SHARING: "Modélisation et partage des bonnes pratiques",
};

export const ADOPTION_STATUS_LABELS: Record<AdoptionStatus, string> = {
  PLANNED: "Envisagée",
  IN_PROGRESS: "En cours",
  ADOPTED: "Adoptée",
  ABANDONED: "Abandonnée",
};

export const TRANSFER_KIND_LABELS: Record<TransferKind, string> = {
  IN_SITU_TRAINING: "Formation in situ",
  ELECTED_OFFICIALS_BRIEFING: "Transfert vers les élus",
  OPERATOR_TRANSFER: "Transfert vers d'autres opérateurs",
  KNOW_HOW_TRANSFER: "Transfert de savoir-faire",
  PROJECT_ENGINEERING: "Ingénierie de projets",
};

export const AUDIENCE_KIND_LABELS: Record<AudienceKind, string> = {
  ELECTED_OFFICIALS: "Élus",
  LOCAL_AUTHORITY_STAFF: "Agents des collectivités",
  NEIGHBOURHOOD_OPERATORS: "Opérateurs des quartiers prioritaires",
  CULTURAL_OPERATORS: "Opérateurs culturels",
  SOCIAL_LANDLORDS: "Bailleurs sociaux",
  ENTERPRISES: "Entreprises culturelles et créatives",
  MIXED: "Public mixte",
};

/** Today in Paris as a LocalDate (YYYY-MM-DD), the default start of an adoption. */
export function todayInParis(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(now);
}
