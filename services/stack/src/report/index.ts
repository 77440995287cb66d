// The council report's building blocks for other programs (the web site's downloads): the operations, the
// rows and the formatters the report tool (`npm run report`) uses, re-exported as they are.
export { councilOperation, COUNCIL_OPERATIONS_PATH } from "./council-operations";
export { NO_DATA, NO_DATA_LEGEND, percent, reportsToCsv, SAMPLE_WARNING } from "./report-formats";
export { KEY_INDICATORS } from "./report-html";
export {
  catalogueEntries,
  catalogueOf,
  percentChange,
  PILLARS,
  rowsOfReport,
  usesSampleData,
  type CatalogueIndicator,
  type IndicatorRow,
  type Report,
} from "./report-rows";
export { reportsToXlsx } from "./report-xlsx";
export { SCDL_SUBVENTIONS_COLUMNS, scdlCsv, type ScdlRow } from "./scdl-csv";
