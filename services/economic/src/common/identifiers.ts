// The French organisation identifiers (SIRET, SIREN, RNA) live in the kit: every subgraph checks them alike.
export {
  isValidRna,
  isValidSiren,
  isValidSiret,
  passesLuhn,
  placeholderSiret,
  sirenOf,
  withCheckDigit,
} from "@pole/subgraph-kit";
