/**
 * The council's reports as flat rows: one per number, whatever the pillar, so the same rows feed the
 * Markdown tables and the CSV. Walks the GraphQL answer generically: a number is an indicator, a list of
 * `{ key, label, value }` is a breakdown; `changeFromPreviousYear` gives each number its change.
 */
export interface IndicatorRow {
  year: number;
  pillar: string;
  indicator: string;
  /** Breakdown key; empty for a plain indicator. */
  key: string;
  label: string;
  value: number;
  /** This year minus the previous one; null when unknown. */
  change: number | null;
}

interface BreakdownItem {
  key: string;
  label: string;
  value: number;
}

type Part = Record<string, unknown> & { changeFromPreviousYear?: Part | null };

export const PILLARS: Record<string, string> = {
  economy: "Développement économique",
  neighbourhood: "Quartier des Grésilles",
  knowledge: "Modélisation et essaimage",
};

/** French names of the indicators; a field without one shows its own name. */
export const INDICATOR_LABELS: Record<string, string> = {
  memberCount: "Structures membres",
  installedMemberCount: "Installées dans l'immeuble Boutaric",
  associatedMemberCount: "Associées sur le territoire",
  fte: "Équivalents temps plein",
  permanentEmployees: "Salariés permanents",
  consolidatedBudget: "Budget consolidé (€)",
  cumulatedRevenue: "Chiffre d'affaires cumulé (€)",
  cumulatedEquity: "Fonds propres cumulés (€)",
  legalFormCount: "Formes juridiques représentées",
  occupiedAreaSqm: "Bureaux occupés (m²)",
  actionCount: "Actions menées",
  inhabitantsReached: "Habitants touchés",
  practiceCount: "Bonnes pratiques publiées",
  transferCount: "Transferts réalisés",
  territoryCount: "Territoires touchés",
  membersByMembershipKind: "Structures par implantation",
  membersByLegalForm: "Structures par forme juridique",
  membersByActivity: "Structures par activité",
  serviceEngagementCount: "Prestations délivrées aux membres",
  serviceEngagementsByCategory: "Prestations par famille de services",
  serviceHours: "Heures de prestations",
  serviceHoursByCategory: "Heures par famille de services",
  membersServed: "Membres bénéficiaires",
  membersServedByCategory: "Membres bénéficiaires par famille de services",
  membersSavings: "Économies réalisées par les membres (€)",
  membersSavingsByCategory: "Économies par famille de services (€)",
  fundingReceived: "Financements reçus (€)",
  fundingByFunderKind: "Financements par type de financeur (€)",
  actionsByKind: "Actions par type",
  inhabitantsReachedByKind: "Habitants touchés par type d'action",
  hours: "Heures d'actions",
  hoursByKind: "Heures par type d'action",
  contributionCount: "Contributions au projet participatif",
  contributionsByStatus: "Contributions par statut",
  trainingCount: "Formations (partenariat emploi)",
  immersionCount: "Immersions en entreprise",
  returnToEmploymentCount: "Retours à l'emploi",
  insertionEntryCount: "Entrées en parcours d'insertion",
  insertionExitCount: "Sorties de parcours d'insertion",
  insertionExitsByDestination: "Sorties de parcours par destination",
  transfersByKind: "Transferts par type",
  participantCount: "Participants aux transferts",
  adoptionCount: "Adoptions par d'autres territoires",
};

const isBreakdown = (value: unknown): value is BreakdownItem[] =>
  Array.isArray(value) &&
  value.every((item) => item && typeof item === "object" && "key" in item && "value" in item);

/** Rows of one year's report, pillar by pillar, in the order of the answer's fields. */
export function rowsOfReport(report: Record<string, unknown> & { year: number }): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const pillar of Object.keys(PILLARS)) {
    const part = report[pillar] as Part | null | undefined;
    if (!part) continue;
    const change = part.changeFromPreviousYear ?? null;
    for (const [field, value] of Object.entries(part)) {
      if (field === "__typename" || field === "changeFromPreviousYear") continue;
      const label = INDICATOR_LABELS[field] ?? field;
      if (typeof value === "number") {
        const delta = change?.[field];
        rows.push({
          year: report.year,
          pillar,
          indicator: field,
          key: "",
          label,
          value,
          change: typeof delta === "number" ? delta : null,
        });
      } else if (isBreakdown(value)) {
        const deltas = isBreakdown(change?.[field]) ? (change![field] as BreakdownItem[]) : [];
        for (const item of value) {
          const delta = deltas.find((d) => d.key === item.key)?.value;
          rows.push({
            year: report.year,
            pillar,
            indicator: field,
            key: item.key,
            label: `${label} — ${item.label}`,
            value: item.value,
            change: typeof delta === "number" ? delta : null,
          });
        }
      }
    }
  }
  return rows;
}
