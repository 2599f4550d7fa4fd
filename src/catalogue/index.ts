/** The services catalogue: cached lists per panel, an index per list version, page views. */
export { Catalogue, cacheKeyOf, type CatalogueOptions, type StoredCatalogue } from "./catalogue.js";
export {
  CatalogueIndex,
  catalogueVersion,
  pageOf,
  CATEGORIES_PER_PAGE,
  SERVICES_PER_PAGE,
  type CategoryInfo,
  type Page,
} from "./catalogue-index.js";
export { normalizeSearchText, searchTokens } from "./normalize.js";
export * from "./views.js";
