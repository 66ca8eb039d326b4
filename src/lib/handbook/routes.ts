/**
 * Where each generated ladder page lives. One place, so pages, links, the sidebar and the
 * tests agree. All paths end in a slash (pages) or a file extension (downloads).
 */
export const ladderPaths = {
  /** All ladders. */
  hub: () => '/ladders/',
  /** A ladder's overview: the level × dimension matrix. */
  ladder: (ladder: string) => `/ladders/${ladder}/`,
  /** One level's page. */
  level: (ladder: string, level: string) => `/ladders/${ladder}/${level}/`,
  /** What changes from one level to the next one up. */
  next: (ladder: string, from: string, to: string) => `/ladders/${ladder}/next/${from}-to-${to}/`,
  /** The list of every pair that can be compared. */
  compareIndex: (ladder: string) => `/ladders/${ladder}/compare/`,
  /** Two levels side by side (lower level first). */
  compare: (ladder: string, low: string, high: string) => `/ladders/${ladder}/compare/${low}-vs-${high}/`,
  /** A level's radar chart as a standalone SVG file. */
  radar: (ladder: string, level: string) => `/ladders/${ladder}/radar/${level}.svg`,
  /** The ladder's data as JSON. */
  json: (ladder: string) => `/ladders/${ladder}.json`,
  /** The ladder's data as CSV, one row per level × dimension. */
  csv: (ladder: string) => `/ladders/${ladder}.csv`,
};
