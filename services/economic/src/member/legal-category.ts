import { LegalForm } from "./member.enums";

/**
 * INSEE *catégorie juridique* (level III, 4 digits) of each legal form, with its official label. A form with
 * no category of its own maps to null: an activity hosted by a CAE is no legal person, the CAE's own
 * category applies. SCIC and SCOP are shown in their most common form here, the SARL one.
 */
export const legalCategoryOf: Record<LegalForm, { code: string; label: string } | null> = {
  [LegalForm.ASSOCIATION]: { code: "9220", label: "Association déclarée" },
  [LegalForm.SCIC]: { code: "5460", label: "Autre SARL coopérative" },
  [LegalForm.SCOP]: { code: "5458", label: "SARL coopérative ouvrière de production (SCOP)" },
  [LegalForm.SARL]: { code: "5499", label: "Société à responsabilité limitée (sans autre indication)" },
  [LegalForm.EURL]: { code: "5498", label: "SARL unipersonnelle" },
  [LegalForm.SAS]: { code: "5710", label: "SAS, société par actions simplifiée" },
  [LegalForm.EPCC]: { code: "7331", label: "Établissement public local culturel" },
  [LegalForm.CAE_HOSTING]: null,
};
