import { currentLocale, type Locale } from "./locale";

/**
 * The catalogue of every message the API sends, English and French side by side: error messages of every
 * service (the gateway's included), and what each class-validator constraint says about a field. Clients
 * show these texts as they come (in the language the request's Accept-Language asks for), so no UI keeps a
 * translation table of its own. A message for a field (`fieldErrors[].message`) says what is wrong with the
 * value, without naming the field; the error's top-level message adds the field's path.
 */

/** A message in both languages, with the values it quotes. */
export interface Entry<P extends object> {
  en(params: P): string;
  fr(params: P): string;
}

const fixed = (en: string, fr: string): Entry<object> => ({ en: () => en, fr: () => fr });
const quoting = <P extends object>(en: (params: P) => string, fr: (params: P) => string): Entry<P> => ({
  en,
  fr,
});

/** French numbers as French readers write them (1 000 000, 0,5). */
const nf = (value: number) => value.toLocaleString("fr-FR");

/** What a territory token may write only for its own territory, in French. */
const TERRITORY_WRITES = {
  "change the record": "modifier la fiche",
  "add practices": "ajouter des pratiques",
  "change the practices": "modifier les pratiques",
  "change the status of the practices": "changer le statut des pratiques",
  "record transfers": "enregistrer des transferts",
  "change the transfers": "modifier les transferts",
  "delete the transfers": "supprimer les transferts",
  "record adoptions": "enregistrer des adoptions",
  "change the adoptions": "modifier les adoptions",
  "delete the adoptions": "supprimer les adoptions",
} as const;

export type TerritoryWrite = keyof typeof TERRITORY_WRITES;

/** What happens to a practice in each step of its workflow, in French. */
const PRACTICE_STEPS = {
  "submitted for review": "soumise à relecture",
  "returned to draft": "renvoyée en brouillon",
  published: "publiée",
  withdrawn: "retirée",
} as const;

export const MESSAGES = {
  // ─── Access ─────────────────────────────────────────────────────────────────────────────────────────
  "access.signInRequired": fixed(
    "You must be signed in to do this.",
    "Vous devez être connecté pour faire cela.",
  ),
  "access.forbidden": fixed("You are not allowed to do this.", "Vous n'avez pas le droit de faire cela."),
  "auth.bearerHeader": fixed(
    "The Authorization header must be 'Bearer <token>'.",
    "L'en-tête Authorization doit être de la forme « Bearer <jeton> ».",
  ),
  "auth.tokenExpired": fixed("The token has expired.", "Le jeton a expiré."),
  "auth.tokenInvalid": fixed("The token is invalid.", "Le jeton n'est pas valide."),
  "auth.claimsInvalid": fixed(
    "The token's claims are invalid.",
    "Les informations du jeton ne sont pas valides.",
  ),
  "auth.memberIdMissing": fixed(
    "A member token must carry memberId.",
    "Un jeton de membre doit indiquer memberId.",
  ),
  "auth.territoryIdMissing": fixed(
    "A territory token must carry territoryId.",
    "Un jeton de territoire doit indiquer territoryId.",
  ),
  "auth.partnerKeyInvalid": fixed(
    "This partner key is not valid; ask the Pôle's team for yours.",
    "Cette clé de partenaire n'est pas valide ; demandez la vôtre à l'équipe du Pôle.",
  ),
  "auth.noExpiry": fixed("The token has no expiry (exp).", "Le jeton n'a pas de date d'expiration (exp)."),
  "auth.livesTooLong": quoting<{ duration: string }>(
    ({ duration }) => `The token lives longer than the ${duration} this graph accepts.`,
    ({ duration }) => `Le jeton vit plus longtemps que les ${duration} que ce graphe accepte.`,
  ),

  // ─── Service health and request limits ──────────────────────────────────────────────────────────────
  "service.internalError": fixed("Internal server error", "Erreur interne du serveur"),
  "service.databaseUnavailable": fixed(
    "The service's database is unavailable; try again later.",
    "La base de données du service est indisponible ; réessayez plus tard.",
  ),
  "service.subgraphUnavailable": fixed(
    "A service behind the gateway did not answer; try again later.",
    "Un service derrière la passerelle n'a pas répondu ; réessayez plus tard.",
  ),
  "service.subgraphTimeout": fixed(
    "A service behind the gateway did not answer in time; try again later.",
    "Un service derrière la passerelle n'a pas répondu à temps ; réessayez plus tard.",
  ),
  "openData.unavailable": quoting<{ seconds: number }>(
    ({ seconds }) => `The library of practices cannot be read at the moment; retry in ${seconds} s.`,
    ({ seconds }) =>
      `La bibliothèque des pratiques est momentanément illisible ; réessayez dans ${seconds} s.`,
  ),
  "openData.noDocument": fixed(
    "There is no open-data document at this address.",
    "Aucun document de données ouvertes à cette adresse.",
  ),
  "openData.practiceId": fixed(
    "A practice's id is a UUID, e.g. c2000000-0000-4000-8000-000000000001.",
    "L'identifiant d'une pratique est un UUID, par exemple c2000000-0000-4000-8000-000000000001.",
  ),
  "openData.noPractice": fixed(
    "No published practice has this id.",
    "Aucune pratique publiée ne porte cet identifiant.",
  ),
  "request.rateLimited": quoting<{ seconds: number }>(
    ({ seconds }) => `Too many requests; retry in ${seconds} s.`,
    ({ seconds }) => `Trop de requêtes ; réessayez dans ${seconds} s.`,
  ),
  "request.answerTooLarge": quoting<{ maximum: number }>(
    ({ maximum }) => `The answer would be larger than ${maximum} bytes; ask for fewer items or fields.`,
    ({ maximum }) => `La réponse dépasserait ${nf(maximum)} octets ; demandez moins d'éléments ou de champs.`,
  ),
  "request.bodyTooLarge": fixed("The request body is too large.", "Le corps de la requête est trop grand."),
  "request.bodyNotJson": fixed(
    "The request body is not valid JSON.",
    "Le corps de la requête n'est pas du JSON valide.",
  ),
  "request.unsafeText": quoting<{ where: string }>(
    ({ where }) => `${where} contains a NUL character or an unpaired surrogate; remove it.`,
    ({ where }) => `${where} contient un caractère NUL ou un demi-caractère (surrogate) isolé ; retirez-le.`,
  ),
  "limits.tokens": quoting<{ found: number; maximum: number }>(
    ({ found, maximum }) => `The operation has ${found} tokens; at most ${maximum} are accepted.`,
    ({ found, maximum }) => `L'opération compte ${nf(found)} lexèmes ; au plus ${nf(maximum)} sont acceptés.`,
  ),
  "limits.fields": quoting<{ found: number; maximum: number }>(
    ({ found, maximum }) =>
      `The operation has ${found} fields selected (fragments expanded); at most ${maximum} are accepted.`,
    ({ found, maximum }) =>
      `L'opération sélectionne ${nf(found)} champs (fragments développés) ; au plus ${nf(maximum)} sont acceptés.`,
  ),
  "limits.repeatedFields": quoting<{ found: number; maximum: number }>(
    ({ found, maximum }) =>
      `The operation has ${found} selections of one field in one selection set; at most ${maximum} are accepted.`,
    ({ found, maximum }) =>
      `L'opération sélectionne ${nf(found)} fois un même champ dans une sélection ; au plus ${nf(maximum)} sont acceptées.`,
  ),
  "limits.depth": quoting<{ found: number; maximum: number }>(
    ({ found, maximum }) => `The operation has ${found} levels of nesting; at most ${maximum} are accepted.`,
    ({ found, maximum }) =>
      `L'opération a ${nf(found)} niveaux d'imbrication ; au plus ${nf(maximum)} sont acceptés.`,
  ),
  "limits.aliases": quoting<{ found: number; maximum: number }>(
    ({ found, maximum }) => `The operation has ${found} aliases; at most ${maximum} are accepted.`,
    ({ found, maximum }) => `L'opération a ${nf(found)} alias ; au plus ${nf(maximum)} sont acceptés.`,
  ),
  "limits.directives": quoting<{ found: number; maximum: number }>(
    ({ found, maximum }) => `The operation has ${found} directives; at most ${maximum} are accepted.`,
    ({ found, maximum }) => `L'opération a ${nf(found)} directives ; au plus ${nf(maximum)} sont acceptées.`,
  ),
  "limits.rootFields": quoting<{ found: number; maximum: number }>(
    ({ found, maximum }) => `The operation has ${found} root fields; at most ${maximum} are accepted.`,
    ({ found, maximum }) =>
      `L'opération a ${nf(found)} champs racines ; au plus ${nf(maximum)} sont acceptés.`,
  ),
  "limits.cost": quoting<{ cost: number; maximum: number; lists: string }>(
    ({ cost, maximum, lists }) =>
      `The operation's estimated cost is ${cost}; at most ${maximum} is accepted. Each list multiplies ` +
      `the cost of what it holds: ask for smaller pages (lower \`first\` or \`last\`) or fewer nested lists, and page ` +
      `through the rest.${lists ? ` Largest lists: ${lists}.` : ""}`,
    ({ cost, maximum, lists }) =>
      `Le coût estimé de l'opération est de ${nf(cost)} ; au plus ${nf(maximum)} est accepté. Chaque liste ` +
      `multiplie le coût de ce qu'elle contient : demandez des pages plus petites (\`first\` ou \`last\` plus bas) ou moins ` +
      `de listes imbriquées, et parcourez le reste page par page.${lists ? ` Listes les plus grandes : ${lists}.` : ""}`,
  ),
  "limits.pageSize": quoting<{ argument: string; maximum: number; path: string; value: number }>(
    ({ argument, maximum, path, value }) =>
      `${argument} must be between 0 and ${maximum}; ${path} asks for ${value}.`,
    ({ argument, maximum, path, value }) =>
      `${argument} doit être compris entre 0 et ${maximum} ; ${path} en demande ${value}.`,
  ),

  // ─── Input, any service (messages about one field) ──────────────────────────────────────────────────
  "input.invalid": fixed("Invalid input", "Saisie invalide"),
  "input.uuid": fixed("must be a UUID", "doit être un UUID"),
  "input.notNull": fixed(
    "cannot be null; leave it out to keep its value",
    "ne peut pas être null ; omettez-le pour garder sa valeur",
  ),
  "input.required": fixed("is required", "est obligatoire"),
  "input.notAfter": quoting<{ other: string }>(
    ({ other }) => `must not be after ${other}`,
    ({ other }) => `ne doit pas être postérieur à ${other}`,
  ),
  "input.notBefore": quoting<{ other: string }>(
    ({ other }) => `must not be before ${other}`,
    ({ other }) => `ne doit pas être antérieur à ${other}`,
  ),
  "input.after": quoting<{ other: string }>(
    ({ other }) => `must be after ${other}`,
    ({ other }) => `doit être postérieur à ${other}`,
  ),
  "input.pageSize": quoting<{ maximum: number }>(
    ({ maximum }) => `must be between 0 and ${maximum}`,
    ({ maximum }) => `doit être compris entre 0 et ${maximum}`,
  ),
  "input.cursor": fixed(
    "is not a cursor returned by this list",
    "n'est pas un curseur renvoyé par cette liste",
  ),
  "input.cursorMalformed": fixed(
    "is not a cursor of this list: it is malformed",
    "n'est pas un curseur de cette liste : il est mal formé",
  ),
  "input.cursorVersion": fixed(
    "is not a cursor of this list: it is of another version; read the list again from its start",
    "n'est pas un curseur de cette liste : il est d'une autre version ; relisez la liste depuis le début",
  ),
  "input.cursorList": fixed(
    "is not a cursor of this list: it comes from another list",
    "n'est pas un curseur de cette liste : il vient d'une autre liste",
  ),
  "input.cursorSort": fixed(
    "is not a cursor of this list: it was made for another sort; read the list again from its start",
    "n'est pas un curseur de cette liste : il a été fait pour un autre tri ; relisez la liste depuis le début",
  ),
  "input.cursorValue": fixed(
    "is not a cursor of this list: it holds a value this list cannot have",
    "n'est pas un curseur de cette liste : il contient une valeur que cette liste ne peut pas avoir",
  ),
  "input.firstAndLast": fixed(
    "cannot be used with first: use first (with after) to read forward, last (with before) to read backward",
    "ne peut pas être utilisé avec first : first (avec after) lit en avant, last (avec before) lit en arrière",
  ),
  "input.year": quoting<{ min: number; max: number; value: number }>(
    ({ min, max, value }) => `must be between ${min} and ${max}; got ${value}`,
    ({ min, max, value }) => `doit être comprise entre ${min} et ${max} ; reçu ${value}`,
  ),
  "input.futureYear": quoting<{ current: number; value: number }>(
    ({ current, value }) => `must not be after the current year ${current}; got ${value}`,
    ({ current, value }) => `ne peut pas dépasser l'année en cours, ${current} ; reçu ${value}`,
  ),
  "input.yearSpan": quoting<{ maximum: number; from: number; to: number }>(
    ({ maximum, from, to }) => `at most ${maximum} years at once; ${from}–${to} is ${to - from + 1}`,
    ({ maximum, from, to }) => `au plus ${maximum} ans à la fois ; ${from}–${to} en compte ${to - from + 1}`,
  ),
  "input.notWithDeprecated": quoting<{ deprecated: string }>(
    ({ deprecated }) => `give this field or the deprecated ${deprecated}, not both`,
    ({ deprecated }) => `donnez ce champ ou l'ancien champ ${deprecated}, pas les deux`,
  ),
  "knowledge.searchTooBroad": fixed(
    "is too broad: it only excludes words (`-word`); add at least one word the practices must contain",
    "est trop large : il ne fait qu'exclure des mots (`-mot`) ; ajoutez au moins un mot que les pratiques doivent contenir",
  ),
  "input.notEmpty": fixed("must not be empty", "ne doit pas être vide"),
  "input.maxLength": quoting<{ max: number }>(
    ({ max }) => `must be at most ${max} characters long`,
    ({ max }) => `doit compter au plus ${max} caractères`,
  ),
  "input.unknownField": fixed("is not a field of this input", "n'est pas un champ de cette saisie"),
  "input.wrongType": quoting<{ type: string }>(
    ({ type }) => `is not a value of type ${type}`,
    ({ type }) => `n'est pas une valeur de type ${type}`,
  ),
  "input.notInEnum": quoting<{ type: string }>(
    ({ type }) => `is not one of the values of ${type}`,
    ({ type }) => `n'est pas l'une des valeurs de ${type}`,
  ),
  "input.invalidValue": fixed("is not a valid value here", "n'est pas une valeur valide ici"),
  "input.unsafeText": fixed(
    "contains a NUL character or an unpaired surrogate; remove it",
    "contient un caractère NUL ou un demi-caractère (surrogate) isolé ; retirez-le",
  ),
  "input.listedTwice": fixed(
    "each item may appear once only",
    "chaque élément ne peut y figurer qu'une fois",
  ),

  // ─── Economic ───────────────────────────────────────────────────────────────────────────────────────
  "economic.noMember": fixed("No member has this id.", "Aucun membre n'a cet identifiant."),
  "economic.noServiceOffering": fixed(
    "No service offering has this id.",
    "Aucune offre de service n'a cet identifiant.",
  ),
  "economic.noSharedResource": fixed(
    "No shared resource has this id.",
    "Aucune ressource mutualisée n'a cet identifiant.",
  ),
  "economic.noBooking": fixed("No booking has this id.", "Aucune réservation n'a cet identifiant."),
  "economic.noTrainingSession": fixed(
    "No training session has this id.",
    "Aucune session de formation n'a cet identifiant.",
  ),
  "economic.noAssociationMember": fixed(
    "No member of the association has this id.",
    "Aucun membre de l'association n'a cet identifiant.",
  ),
  "economic.noOfficeLease": fixed(
    "No office lease has this id.",
    "Aucun bail de bureau n'a cet identifiant.",
  ),
  "economic.noCommercialAction": fixed(
    "No commercial action has this id.",
    "Aucune action commerciale n'a cet identifiant.",
  ),
  "economic.rnaOnlyForAssociations": fixed(
    "only associations have an RNA number",
    "seules les associations ont un numéro RNA",
  ),
  "economic.leaseStartsAfter": quoting<{ room: string; startsOn: string; lastDay: string }>(
    ({ room, startsOn, lastDay }) =>
      `the member has a lease of ${room} starting on ${startsOn}, after ${lastDay}`,
    ({ room, startsOn, lastDay }) =>
      `le membre a un bail pour ${room} qui commence le ${startsOn}, après le ${lastDay}`,
  ),
  "economic.alreadyLeft": quoting<{ leftOn: string }>(
    ({ leftOn }) => `The member already left on ${leftOn}.`,
    ({ leftOn }) => `Le membre est déjà parti le ${leftOn}.`,
  ),
  "economic.leftThePole": quoting<{ leftOn: string }>(
    ({ leftOn }) => `The member left the Pôle on ${leftOn}.`,
    ({ leftOn }) => `Le membre a quitté le Pôle le ${leftOn}.`,
  ),
  "economic.leftBeforeMembership": quoting<{ startsOn: string }>(
    ({ startsOn }) => `must be on or after ${startsOn}, the start of its membership`,
    ({ startsOn }) => `doit être le ${startsOn} ou après, début de son adhésion`,
  ),
  "economic.alreadyOfKind": quoting<{ kind: string }>(
    ({ kind }) => `the member is already ${kind}`,
    ({ kind }) => `le membre est déjà ${kind}`,
  ),
  "economic.changeBeforePeriod": quoting<{ startsOn: string }>(
    ({ startsOn }) => `must be after ${startsOn}, the start of the current period`,
    ({ startsOn }) => `doit être postérieur au ${startsOn}, début de la période en cours`,
  ),
  "economic.notMemberInYear": quoting<{ year: number }>(
    ({ year }) => `the structure was not a member in ${year}`,
    ({ year }) => `la structure n'était pas membre en ${year}`,
  ),
  "economic.bookingTooLong": quoting<{ days: number }>(
    ({ days }) => `a booking lasts at most ${days} days`,
    ({ days }) => `une réservation dure au plus ${days} jours`,
  ),
  "economic.memberLeftByThen": fixed(
    "the member has left the Pôle by then",
    "le membre a quitté le Pôle à cette date",
  ),
  "economic.resourceBooked": quoting<{ name: string }>(
    ({ name }) => `${name} is already booked over part of this slot.`,
    ({ name }) => `${name} est déjà réservé sur une partie de ce créneau.`,
  ),
  "economic.roomLeased": quoting<{ room: string }>(
    ({ room }) => `${room} is already leased over some of these days.`,
    ({ room }) => `${room} est déjà loué sur une partie de ces jours.`,
  ),
  "economic.offeringFamily": quoting<{ family: string }>(
    ({ family }) => `must be an offering of the ${family} family`,
    ({ family }) => `doit être une offre de la famille ${family}`,
  ),
  "economic.memberRequiredInCollege": quoting<{ college: string }>(
    ({ college }) => `is required in the ${college} college`,
    ({ college }) => `est obligatoire dans le collège ${college}`,
  ),
  "economic.memberOnlyInCollege": quoting<{ college: string }>(
    ({ college }) => `only the ${college} college holds member structures`,
    ({ college }) => `seul le collège ${college} regroupe des structures membres`,
  ),
  "economic.votesWithoutRights": fixed("must be 0 without voting rights", "doit valoir 0 sans droit de vote"),
  "economic.notInstalled": fixed(
    "the member is not installed in the building on that day",
    "le membre n'est pas installé dans le bâtiment ce jour-là",
  ),
  "economic.memberListedTwice": fixed(
    "each member may appear once only",
    "chaque membre ne peut y figurer qu'une fois",
  ),
  "economic.partnerIsLead": fixed(
    "must be another member than the lead",
    "doit être un autre membre que le porteur",
  ),
  "economic.singlePaymentDates": fixed(
    "a single payment has exactly one date",
    "un paiement unique a exactement une date",
  ),
  "economic.instalmentDates": fixed(
    "payment in instalments has two dates or more",
    "un paiement échelonné a deux dates ou plus",
  ),
  "economic.beneficiaryIdentifier": fixed(
    "give the beneficiary's SIRET or RNA number: the SCDL open data needs one of them",
    "indiquez le SIRET ou le numéro RNA du bénéficiaire : les données ouvertes SCDL exigent l'un des deux",
  ),

  // ─── Formats explained in words (decorators give these keys as their `message`) ─────────────────────
  "format.qpvCode": fixed(
    "must be a QPV code: QN then 6 or 7 characters (2024 geography, e.g. QN02501M) or QP then 6 digits (2015 geography, e.g. QP021003)",
    "doit être un code QPV : QN suivi de 6 ou 7 caractères (géographie 2024, par exemple QN02501M) ou QP suivi de 6 chiffres (géographie 2015, par exemple QP021003)",
  ),
  "format.nafCode": fixed(
    "must look like 56.30Z (2 digits, a dot, 2 digits, a capital)",
    "doit ressembler à 56.30Z (2 chiffres, un point, 2 chiffres, une majuscule)",
  ),
  "format.territoryCode": fixed(
    "must be 5 digits or capital letters, e.g. 21231",
    "doit compter 5 chiffres ou majuscules, par exemple 21231",
  ),
  "format.siren": fixed(
    "must be a SIREN: 9 digits with a valid check digit, e.g. 242100410",
    "doit être un SIREN : 9 chiffres avec une clé de contrôle valide, par exemple 242100410",
  ),
  "format.inseeCommuneCode": fixed(
    "must be an INSEE commune code such as 21231",
    "doit être un code commune INSEE comme 21231",
  ),

  // ─── Neighbourhood ──────────────────────────────────────────────────────────────────────────────────
  "neighbourhood.noAction": quoting<{ id: string }>(
    ({ id }) => `No neighbourhood action has id ${id}.`,
    ({ id }) => `Aucune action de quartier n'a l'identifiant ${id}.`,
  ),
  "neighbourhood.noPhase": quoting<{ id: string }>(
    ({ id }) => `No project phase has id ${id}.`,
    ({ id }) => `Aucune phase de projet n'a l'identifiant ${id}.`,
  ),
  "neighbourhood.noPublishedContribution": quoting<{ id: string }>(
    ({ id }) => `No published contribution has id ${id}.`,
    ({ id }) => `Aucune contribution publiée n'a l'identifiant ${id}.`,
  ),
  "neighbourhood.noContribution": quoting<{ id: string }>(
    ({ id }) => `No contribution has id ${id}.`,
    ({ id }) => `Aucune contribution n'a l'identifiant ${id}.`,
  ),
  "neighbourhood.noEmploymentOutcome": quoting<{ id: string }>(
    ({ id }) => `No employment outcome has id ${id}.`,
    ({ id }) => `Aucun résultat d'emploi n'a l'identifiant ${id}.`,
  ),
  "neighbourhood.noInsertionCohort": quoting<{ id: string }>(
    ({ id }) => `No insertion cohort has id ${id}.`,
    ({ id }) => `Aucune cohorte d'insertion n'a l'identifiant ${id}.`,
  ),
  "neighbourhood.noProject": quoting<{ id: string }>(
    ({ id }) => `No participatory project has id ${id}.`,
    ({ id }) => `Aucun projet participatif n'a l'identifiant ${id}.`,
  ),
  "neighbourhood.noResult": quoting<{ id: string }>(
    ({ id }) => `No project result has id ${id}.`,
    ({ id }) => `Aucun résultat de projet n'a l'identifiant ${id}.`,
  ),
  "neighbourhood.memberManagesOwnActions": fixed(
    "A member may only manage the actions it leads (its own id among the lead members).",
    "Un membre ne peut gérer que les actions qu'il porte (son identifiant parmi les membres porteurs).",
  ),
  "neighbourhood.staffOrLeadsManage": fixed(
    "Only the staff and the members leading an action may manage it.",
    "Seuls l'équipe du Pôle et les membres porteurs d'une action peuvent la gérer.",
  ),
  "neighbourhood.staffSeesHidden": fixed(
    "Only the staff may see hidden contributions.",
    "Seule l'équipe du Pôle peut voir les contributions masquées.",
  ),
  "neighbourhood.staffSeesPending": fixed(
    "Only the staff may see contributions awaiting moderation.",
    "Seule l'équipe du Pôle peut voir les contributions en attente de modération.",
  ),
  "neighbourhood.actionOfOtherKind": quoting<{ kind: string; actual: string }>(
    ({ kind, actual }) => `is for actions of kind ${kind}; the action is of kind ${actual}`,
    ({ kind, actual }) => `concerne les actions de type ${kind} ; l'action est de type ${actual}`,
  ),
  "neighbourhood.outsideAction": quoting<{ startsOn: string; endsOn: string | null }>(
    ({ startsOn, endsOn }) => `must lie within the action's dates (${startsOn} to ${endsOn ?? "no end"})`,
    ({ startsOn, endsOn }) =>
      `doit se situer dans les dates de l'action (${endsOn ? `du ${startsOn} au ${endsOn}` : `à partir du ${startsOn}`})`,
  ),
  "neighbourhood.outsideProject": quoting<{ startsOn: string; endsOn: string | null }>(
    ({ startsOn, endsOn }) =>
      `a phase must lie within its project's dates (${startsOn} to ${endsOn ?? "no end"})`,
    ({ startsOn, endsOn }) =>
      `une phase doit se situer dans les dates de son projet (${endsOn ? `du ${startsOn} au ${endsOn}` : `à partir du ${startsOn}`})`,
  ),
  "neighbourhood.phaseTakesNothing": quoting<{ title: string }>(
    ({ title }) => `the phase « ${title} » does not take contributions or votes`,
    ({ title }) => `la phase « ${title} » ne reçoit ni contributions ni votes`,
  ),
  "neighbourhood.phaseNotOpenYet": quoting<{
    title: string;
    startsOn: string;
    what: "contributions" | "votes";
  }>(
    ({ title, startsOn, what }) =>
      `the phase « ${title} » opens on ${startsOn}: it does not take ${what} yet`,
    ({ title, startsOn, what }) =>
      `la phase « ${title} » ouvre le ${startsOn} : elle ne reçoit pas encore de ${what === "votes" ? "votes" : "contributions"}`,
  ),
  "neighbourhood.phaseClosed": quoting<{ title: string; endsOn: string; what: "contributions" | "votes" }>(
    ({ title, endsOn, what }) => `the phase « ${title} » closed on ${endsOn}: it no longer takes ${what}`,
    ({ title, endsOn, what }) =>
      `la phase « ${title} » a fermé le ${endsOn} : elle ne reçoit plus de ${what === "votes" ? "votes" : "contributions"}`,
  ),
  "neighbourhood.alreadyVoted": fixed(
    "This connection has already voted for this contribution.",
    "Cette connexion a déjà voté pour cette contribution.",
  ),
  "neighbourhood.tooManyContributions": quoting<{
    limit: number;
    window: number;
    seconds: number;
    at: string;
  }>(
    ({ limit, window, seconds, at }) =>
      `Too many contributions from your connection: at most ${limit} every ${window} seconds. Try again in ${seconds} seconds (at ${at}).`,
    ({ limit, window, seconds, at }) =>
      `Trop de contributions depuis votre connexion : au plus ${limit} toutes les ${window} secondes. Réessayez dans ${seconds} secondes (à ${at}).`,
  ),
  "neighbourhood.pendingIsNoDecision": fixed(
    "must be PUBLISHED or HIDDEN: PENDING is not a moderation decision",
    "doit valoir PUBLISHED ou HIDDEN : PENDING n'est pas une décision de modération",
  ),
  "neighbourhood.reasonToHide": fixed(
    "is required to hide a contribution",
    "est obligatoire pour masquer une contribution",
  ),
  "neighbourhood.periodInOneYear": fixed(
    "must fall in the same calendar year as periodStart (record one period per year, so each count belongs to one annual report)",
    "doit tomber dans la même année civile que periodStart (une période par an, pour que chaque chiffre relève d'un seul rapport annuel)",
  ),
  "neighbourhood.exitsOverEntries": quoting<{ exits: number; entries: number }>(
    ({ exits, entries }) =>
      `exitsToEmployment + exitsToTraining + otherExits (${exits}) must not exceed entryCount (${entries})`,
    ({ exits, entries }) =>
      `exitsToEmployment + exitsToTraining + otherExits (${exits}) ne doit pas dépasser entryCount (${entries})`,
  ),
  "neighbourhood.actionCancelled": fixed(
    "This action is cancelled: it can no longer change.",
    "Cette action est annulée : elle ne peut plus changer.",
  ),
  "neighbourhood.actionAlreadyCancelled": fixed(
    "This action is already cancelled.",
    "Cette action est déjà annulée.",
  ),
  "neighbourhood.actionDone": fixed(
    "This action is done: a finished action cannot be cancelled.",
    "Cette action est terminée : une action finie ne peut pas être annulée.",
  ),
  "neighbourhood.cancelThroughMutation": fixed(
    "use cancelNeighbourhoodAction to cancel an action",
    "utilisez cancelNeighbourhoodAction pour annuler une action",
  ),
  "neighbourhood.doneNeedsEnd": fixed(
    "is required when the status is DONE",
    "est obligatoire quand le statut est DONE",
  ),
  "neighbourhood.detailsOnlyForKind": quoting<{ kind: string }>(
    ({ kind }) => `is only for actions of kind ${kind}`,
    ({ kind }) => `ne concerne que les actions de type ${kind}`,
  ),
  "neighbourhood.detailsRequiredForKind": quoting<{ kind: string }>(
    ({ kind }) => `is required for an action of kind ${kind}`,
    ({ kind }) => `est obligatoire pour une action de type ${kind}`,
  ),
  "neighbourhood.recordsOutsideNewDates": quoting<{ count: number }>(
    ({ count }) =>
      `${count} employment outcome(s) or insertion cohort(s) of the action would fall outside its new dates: change them first`,
    ({ count }) =>
      `${count} résultat(s) d'emploi ou cohorte(s) d'insertion de l'action sortiraient de ses nouvelles dates : modifiez-les d'abord`,
  ),
  "neighbourhood.phasesOutsideNewDates": quoting<{ count: number }>(
    ({ count }) => `${count} phase(s) of the project would fall outside its new dates: change them first`,
    ({ count }) => `${count} phase(s) du projet sortiraient de ses nouvelles dates : modifiez-les d'abord`,
  ),

  // ─── Knowledge ──────────────────────────────────────────────────────────────────────────────────────
  "knowledge.noPractice": quoting<{ id: string }>(
    ({ id }) => `No practice has the id ${id}.`,
    ({ id }) => `Aucune pratique n'a l'identifiant ${id}.`,
  ),
  "knowledge.intercommunalityInseeCode": fixed(
    "an intercommunality has no INSEE code: it is identified by its SIREN",
    "une intercommunalité n'a pas de code INSEE : elle est identifiée par son SIREN",
  ),
  "knowledge.intercommunalitySiren": fixed(
    "an intercommunality needs its SIREN (9 digits)",
    "une intercommunalité doit avoir son SIREN (9 chiffres)",
  ),
  "knowledge.territoryInseeCode": fixed(
    "a commune, department or region needs its INSEE code",
    "une commune, un département ou une région doit avoir son code INSEE",
  ),
  "knowledge.noTerritory": quoting<{ id: string }>(
    ({ id }) => `No territory has the id ${id}.`,
    ({ id }) => `Aucun territoire n'a l'identifiant ${id}.`,
  ),
  "knowledge.noTransfer": quoting<{ id: string }>(
    ({ id }) => `No transfer has the id ${id}.`,
    ({ id }) => `Aucun transfert n'a l'identifiant ${id}.`,
  ),
  "knowledge.noAdoption": quoting<{ id: string }>(
    ({ id }) => `No adoption has the id ${id}.`,
    ({ id }) => `Aucune adoption n'a l'identifiant ${id}.`,
  ),
  "knowledge.noVisiblePractice": quoting<{ id: string }>(
    ({ id }) => `No practice ${id} that you may see.`,
    ({ id }) => `Aucune pratique ${id} que vous puissiez voir.`,
  ),
  "knowledge.ownTerritoryRecordsOnly": quoting<{ what: TerritoryWrite }>(
    ({ what }) => `A territory may only ${what} of its own territory.`,
    ({ what }) => `Un territoire ne peut ${TERRITORY_WRITES[what]} que de son propre territoire.`,
  ),
  "knowledge.ownTerritoryOnly": quoting<{ what: TerritoryWrite }>(
    ({ what }) => `A territory may only ${what} for its own territory.`,
    ({ what }) => `Un territoire ne peut ${TERRITORY_WRITES[what]} que pour son propre territoire.`,
  ),
  "knowledge.staffPublishes": fixed(
    "Only the Pôle's staff publish practices: create it as DRAFT or IN_REVIEW.",
    "Seule l'équipe du Pôle publie les pratiques : créez-la en DRAFT ou IN_REVIEW.",
  ),
  "knowledge.newNotWithdrawn": fixed(
    "a new practice cannot be WITHDRAWN",
    "une nouvelle pratique ne peut pas être WITHDRAWN",
  ),
  "knowledge.publishedCorrectedByStaff": fixed(
    "A published practice is corrected by the Pôle's staff; a territory may withdraw it.",
    "Une pratique publiée est corrigée par l'équipe du Pôle ; un territoire peut la retirer.",
  ),
  "knowledge.practiceStaysInTerritory": fixed(
    "A territory may not move its practice to another territory.",
    "Un territoire ne peut pas déplacer sa pratique vers un autre territoire.",
  ),
  "knowledge.transferStaysInTerritory": fixed(
    "A territory may not move its transfer to other territories.",
    "Un territoire ne peut pas déplacer son transfert vers d'autres territoires.",
  ),
  "knowledge.transferToItself": fixed(
    "must be another territory than the one the transfer goes to",
    "doit être un autre territoire que celui qui reçoit le transfert",
  ),
  "knowledge.withdrawnUnchangeable": fixed(
    "A withdrawn practice cannot be changed.",
    "Une pratique retirée ne peut plus être modifiée.",
  ),
  "knowledge.transitionRefused": quoting<{
    status: string;
    step: keyof typeof PRACTICE_STEPS;
    from: string[];
  }>(
    ({ status, step, from }) =>
      `A ${status} practice cannot be ${step}: only a practice in status ${from.join(" or ")} can.`,
    ({ status, step, from }) =>
      `Une pratique ${status} ne peut pas être ${PRACTICE_STEPS[step]} : seule une pratique au statut ${from.join(" ou ")} peut l'être.`,
  ),
  "knowledge.requiredForReview": quoting<{ fields: string }>(
    ({ fields }) => `is required before review (${fields})`,
    ({ fields }) => `est obligatoire avant la relecture (${fields})`,
  ),
  "knowledge.tooShortForReview": quoting<{ min: number; length: number }>(
    ({ min, length }) => `must be at least ${min} characters long before review (it has ${length})`,
    ({ min, length }) => `doit compter au moins ${min} caractères avant la relecture (il en a ${length})`,
  ),
  "knowledge.completedOnRequired": quoting<{ status: string }>(
    ({ status }) => `is required when the status is ${status}`,
    ({ status }) => `est obligatoire quand le statut est ${status}`,
  ),
  "knowledge.completedOnOnlyWhenFinal": quoting<{ status: string }>(
    ({ status }) => `only ADOPTED or ABANDONED adoptions have one (status is ${status})`,
    ({ status }) => `seules les adoptions ADOPTED ou ABANDONED en ont une (le statut est ${status})`,
  ),
  "knowledge.onlyPublishedAdopted": quoting<{ status: string }>(
    ({ status }) => `Only a published practice can be adopted; this one is ${status}.`,
    ({ status }) => `Seule une pratique publiée peut être adoptée ; celle-ci est ${status}.`,
  ),
  "knowledge.changeFeedOrder": fixed(
    "leave it out with updatedSince: the changes come in the order they were made (updatedAt, then id)",
    "à omettre avec updatedSince : les changements viennent dans l'ordre où ils ont été faits (updatedAt, puis id)",
  ),
  "knowledge.importTerritoryRequired": fixed(
    "is required: name the territory of the practice here or in input.territoryId",
    "est obligatoire : nommez le territoire de la pratique ici ou dans input.territoryId",
  ),
  "knowledge.externalIdTwice": quoting<{ first: number }>(
    ({ first }) => `is given twice in this import for the same territory (first in row ${first})`,
    ({ first }) => `figure deux fois dans cet import pour le même territoire (d'abord à la ligne ${first})`,
  ),
  "knowledge.importedPracticeFrozen": quoting<{ status: string }>(
    ({ status }) =>
      `names a practice that is ${status}: an import changes only DRAFT or IN_REVIEW practices (the Pôle's staff correct published ones with updatePractice)`,
    ({ status }) =>
      `désigne une pratique ${status} : un import ne modifie que les pratiques DRAFT ou IN_REVIEW (l'équipe du Pôle corrige les pratiques publiées avec updatePractice)`,
  ),
  "knowledge.noPendingTerritoryChange": quoting<{ id: string }>(
    ({ id }) => `Territory ${id} has no change waiting for review.`,
    ({ id }) => `Le territoire ${id} n'a aucune modification en attente de relecture.`,
  ),
  "knowledge.ownPracticeNotAdopted": fixed(
    "a territory does not adopt its own practice",
    "un territoire n'adopte pas sa propre pratique",
  ),

  // ─── Database rules (any service) ───────────────────────────────────────────────────────────────────
  "idempotency.keyInvalid": quoting<{ maximum: number }>(
    ({ maximum }) =>
      `The Idempotency-Key header must be 1 to ${maximum} characters: letters, digits, '-', '_', '.' or ':' (a UUID, say).`,
    ({ maximum }) =>
      `L'en-tête Idempotency-Key doit compter de 1 à ${nf(maximum)} caractères : lettres, chiffres, « - », « _ », « . » ou « : » (un UUID, par exemple).`,
  ),
  "idempotency.keyReused": fixed(
    "This Idempotency-Key was already used for another request; send each new request with a new key.",
    "Cette Idempotency-Key a déjà servi pour une autre requête ; envoyez chaque nouvelle requête avec une nouvelle clé.",
  ),
  "idempotency.answerUnavailable": fixed(
    "This request was already applied under this Idempotency-Key, but its answer is not available: read the records it changed rather than sending it again.",
    "Cette requête a déjà été appliquée sous cette Idempotency-Key, mais sa réponse n'est pas disponible : lisez les fiches qu'elle a modifiées plutôt que de la renvoyer.",
  ),
  "data.duplicate": fixed(
    "A record with the same unique values already exists.",
    "Un enregistrement avec les mêmes valeurs uniques existe déjà.",
  ),
  "data.overlap": fixed("This overlaps an existing record.", "Cela chevauche un enregistrement existant."),
  "data.missingReference": fixed(
    "A record this refers to does not exist.",
    "Un enregistrement auquel cela renvoie n'existe pas.",
  ),
  "data.checkViolated": fixed(
    "A value breaks a rule of the data (see the field descriptions).",
    "Une valeur enfreint une règle des données (voir la description des champs).",
  ),
  "data.tooLong": fixed("A value is too long.", "Une valeur est trop longue."),
} satisfies Record<string, Entry<never>>;

export type MessageKey = keyof typeof MESSAGES;

/** The values a message quotes: none, or its parameters. */
export type MessageParams<K extends MessageKey> =
  (typeof MESSAGES)[K] extends Entry<infer P> ? (object extends P ? [] : [params: P]) : never;

/** A message in `locale`. */
export function messageIn<K extends MessageKey>(locale: Locale, key: K, ...params: MessageParams<K>): string {
  const entry = MESSAGES[key] as Entry<object>;
  return entry[locale]((params as object[])[0] ?? {});
}

/** A message in the language of the request being served. */
export function message<K extends MessageKey>(key: K, ...params: MessageParams<K>): string {
  return messageIn(currentLocale(), key, ...params);
}

/** Whether a string is a key of the catalogue (decorators may give one as their `message`). */
export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === "string" && Object.hasOwn(MESSAGES, value);
}

/**
 * The rules a field error names (`fieldErrors[].rule`): a stable vocabulary clients may switch on.
 */
export const RULES = {
  required: "a value is missing, empty or null where one is needed",
  length: "a text is too short or too long",
  format: "a text is not in the expected shape (UUID, SIRET, code, pattern)",
  range: "a number, amount or year is outside its bounds or has too many decimals",
  type: "a value is not of the expected kind (a whole number, an object)",
  count: "a list has too few or too many items",
  unique: "an item is given twice",
  enum: "a value is not among those accepted",
  order: "dates or bounds are in the wrong order, or outside the period that holds them",
  exists: "an id names no record the caller may see",
  consistency: "a value contradicts another field or the record's current state",
  contactData: "public text holds an e-mail address or a phone number",
} as const;

export type Rule = keyof typeof RULES;

/** What a class-validator constraint says about a field, from the constraint's own values. */
export interface ConstraintText {
  rule: Rule;
  en(constraints: unknown[]): string;
  fr(constraints: unknown[]): string;
}

const list = (values: unknown) => (Array.isArray(values) ? values.join(", ") : String(values));
const plural = (n: unknown, one: string, many: string) => (n === 1 ? one : many);

/**
 * Every class-validator constraint the services use, by its name (`ValidationError.constraints` keys), with
 * its rule and its message in both languages. A decorator may instead give a catalogue key as its
 * `message` (a pattern explained in words); its rule stays the constraint's.
 */
export const CONSTRAINTS: Record<string, ConstraintText> = {
  isWebUrl: {
    rule: "format",
    en: () =>
      "must be an absolute http or https URL with a domain name, without user or password, at most 2000 characters",
    fr: () =>
      `doit être une adresse http ou https complète, avec un nom de domaine, sans utilisateur ni mot de passe, d'au plus ${nf(2000)} caractères`,
  },
  isHttpsUrl: {
    rule: "format",
    en: () =>
      "must be an absolute https URL with a domain name, without user or password, at most 2000 characters",
    fr: () =>
      `doit être une adresse https complète, avec un nom de domaine, sans utilisateur ni mot de passe, d'au plus ${nf(2000)} caractères`,
  },
  isNotEmpty: { rule: "required", en: () => "must not be empty", fr: () => "ne doit pas être vide" },
  isLength: {
    rule: "length",
    en: ([min, max]) =>
      max === undefined
        ? `must be at least ${min} characters long`
        : `must be between ${min} and ${max} characters long`,
    fr: ([min, max]) =>
      max === undefined
        ? `doit compter au moins ${min} caractères`
        : `doit compter entre ${min} et ${max} caractères`,
  },
  minLength: {
    rule: "length",
    en: ([min]) => `must be at least ${min} characters long`,
    fr: ([min]) => `doit compter au moins ${min} caractères`,
  },
  maxLength: {
    rule: "length",
    en: ([max]) => `must be at most ${max} characters long`,
    fr: ([max]) => `doit compter au plus ${max} caractères`,
  },
  hasTrimmedLength: {
    rule: "length",
    en: ([min, max]) => `must be between ${min} and ${max} characters long (spaces at both ends not counted)`,
    fr: ([min, max]) =>
      `doit compter entre ${min} et ${max} caractères (espaces de début et de fin non comptés)`,
  },
  min: {
    rule: "range",
    en: ([min]) => `must be at least ${min}`,
    fr: ([min]) => `doit être supérieur ou égal à ${typeof min === "number" ? nf(min) : min}`,
  },
  max: {
    rule: "range",
    en: ([max]) => `must be at most ${max}`,
    fr: ([max]) => `doit être inférieur ou égal à ${typeof max === "number" ? nf(max) : max}`,
  },
  isEuros: {
    rule: "range",
    en: ([min, max]) => `must be an amount in euros from ${min} to ${max}, with at most two decimals`,
    fr: ([min, max]) =>
      `doit être un montant en euros de ${nf(Number(min))} à ${nf(Number(max))}, avec au plus deux décimales`,
  },
  isDecimal: {
    rule: "range",
    en: ([min, max, above]) =>
      `must be a number ${above !== undefined ? `above ${above}` : `of at least ${min ?? 0}`} and at most ${max}, with at most two decimals`,
    fr: ([min, max, above]) =>
      `doit être un nombre ${above !== undefined ? `supérieur à ${nf(Number(above))}` : `d'au moins ${nf(Number(min ?? 0))}`} et d'au plus ${nf(Number(max))}, avec au plus deux décimales`,
  },
  isInt: { rule: "type", en: () => "must be a whole number", fr: () => "doit être un nombre entier" },
  isNumber: { rule: "type", en: () => "must be a number", fr: () => "doit être un nombre" },
  isUuid: { rule: "format", en: () => "must be a UUID", fr: () => "doit être un UUID" },
  matches: {
    rule: "format",
    en: () => "is not in the expected format",
    fr: () => "n'a pas le format attendu",
  },
  isSiret: {
    rule: "format",
    en: () => "must be a SIRET: 14 digits with a valid check digit",
    fr: () => "doit être un SIRET : 14 chiffres avec une clé de contrôle valide",
  },
  isRna: {
    rule: "format",
    en: () => "must be an RNA number: W followed by 9 digits",
    fr: () => "doit être un numéro RNA : W suivi de 9 chiffres",
  },
  isIn: {
    rule: "enum",
    en: ([values]) => `must be one of: ${list(values)}`,
    fr: ([values]) => `doit être l'une des valeurs : ${list(values)}`,
  },
  arrayMinSize: {
    rule: "count",
    en: ([min]) => `must hold at least ${min} ${plural(min, "item", "items")}`,
    fr: ([min]) => `doit contenir au moins ${min} ${plural(min, "élément", "éléments")}`,
  },
  arrayMaxSize: {
    rule: "count",
    en: ([max]) => `must hold at most ${max} ${plural(max, "item", "items")}`,
    fr: ([max]) => `doit contenir au plus ${max} ${plural(max, "élément", "éléments")}`,
  },
  arrayUnique: {
    rule: "unique",
    en: () => "must not hold the same value twice",
    fr: () => "ne doit pas contenir deux fois la même valeur",
  },
  nestedValidation: { rule: "type", en: () => "must be an object", fr: () => "doit être un objet" },
  hasNoContactData: {
    rule: "contactData",
    en: () => "must not contain an e-mail address or a phone number (contributions are public)",
    fr: () => "ne doit contenir ni adresse e-mail ni numéro de téléphone (les contributions sont publiques)",
  },
};
