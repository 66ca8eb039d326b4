// @ts-check
// The command line of `npm run bench`: which parts to run and how many synthetic pages.
import { parseArgs } from 'node:util';

/** The parts of a run, in the order they run; `--skip` takes any of these names. */
export const PARTS = ['builds', 'weights', 'search', 'export', 'lighthouse'];

export const HELP = `npm run bench [-- options]

Measures the handbook's performance against bare Starlight and prints a Markdown report on
stdout (progress on stderr). The full results are saved as JSON in bench-results/.

Parts:
  builds      a synthetic handbook (the real content/ plus N generated pages) built with the
              handbook's configuration, and the same pages on bare Starlight, with its default
              sidebar and with none (the floor): time, CPU, memory, output size
  weights     HTML, CSS and JS of one page of each type of the real handbook, raw and gzip
  search      Pagefind index size, and the time from opening search to the first result
  export      pages per second of \`handbook export\` for every target (median of 3 runs), on
              the synthetic handbook
  lighthouse  Lighthouse scores (mobile) for the same page types of the real handbook

Options:
  --pages N        synthetic pages to generate (default 500)
  --build-runs N   times to run each build, interleaved; the report gives the median run
                   (default 3; 1 for a quick look)
  --skip a,b       parts to leave out, e.g. --skip lighthouse,export
  --help           this text
`;

/**
 * @typedef {object} BenchOptions
 * @property {number} pages how many synthetic pages to generate
 * @property {number} buildRuns how many times each build runs
 * @property {Set<string>} skip the parts not to run
 * @property {boolean} help whether only the help was asked for
 */

/**
 * Reads the options; throws an Error with a message for the reader on a bad flag or value.
 * @param {string[]} argv the arguments after the script name
 * @returns {BenchOptions}
 */
export function readOptions(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        pages: { type: 'string', default: '500' },
        'build-runs': { type: 'string', default: '3' },
        skip: { type: 'string', default: '' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new Error(
      `${/** @type {Error} */ (error).message}\nRun \`npm run bench -- --help\` for the options.`,
    );
  }
  const pages = Number(values.pages);
  if (!/^\d+$/.test(values.pages) || pages < 1 || pages > 20000) {
    throw new Error(`--pages takes a whole number from 1 to 20000, not "${values.pages}".`);
  }
  const buildRuns = Number(values['build-runs']);
  if (!/^\d+$/.test(values['build-runs']) || buildRuns < 1 || buildRuns > 9) {
    throw new Error(`--build-runs takes a whole number from 1 to 9, not "${values['build-runs']}".`);
  }
  const skip = new Set(
    values.skip
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  const unknown = [...skip].filter((s) => !PARTS.includes(s));
  if (unknown.length > 0) {
    throw new Error(
      `--skip: unknown part ${unknown.map((u) => `"${u}"`).join(', ')}; the parts are ${PARTS.join(', ')}.`,
    );
  }
  return { pages, buildRuns, skip, help: values.help };
}
