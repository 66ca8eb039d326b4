/**
 * How the site search ranks pages, handed to Pagefind through Starlight's `pagefind.ranking`.
 * Starlight's own defaults, written out so that the search tests ask Pagefind's API
 * with the ranking readers' searches use: the API alone falls back to Pagefind's defaults,
 * which favour a short word's longer relatives ("app" finding "approve") far more, so a test
 * could pass or fail on a ranking no reader sees.
 */
export const SEARCH_RANKING = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
  // Ours, not Starlight's: a match in a page's `searchTerms` (the `terms` metadata) counts as
  // one in its title. Those are the words readers use for the page that its text does not, such
  // as "production down" for the incident commander's page, whose stem "product" fills the
  // product pages.
  metaWeights: { title: 5, terms: 5 },
};
