// @ts-check
import { join, relative } from 'node:path';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { buildSidebar } from './src/lib/handbook/sidebar';
import { contentRoot } from './src/config/content-root';
import { loadHandbookFromDisk } from './src/config/read-content';
import { validateLinks } from './src/integrations/validate-links';

// The sidebar comes from the handbook model, read from disk because the config is evaluated
// before the content collections exist. Problems are not reported here: the build reports
// them, with the file and line, when the site loads the same model.
const { handbook } = loadHandbookFromDisk(contentRoot());

export default defineConfig({
  // Served from the root of whatever host a team deploys to; change with `base` if needed.
  site: process.env.HANDBOOK_SITE_URL ?? 'http://127.0.0.1:4321',
  // Tests build fixture handbooks into their own folders so they never touch ./dist.
  outDir: process.env.HANDBOOK_OUT_DIR ?? './dist',
  cacheDir: process.env.HANDBOOK_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'ignore',
  // Astro 7's default ('jsx') drops spaces next to {expressions} in components ("to{max}");
  // `true` removes whitespace only where it is safe, so generated sentences keep their spaces.
  compressHTML: true,
  vite: {
    build: {
      rollupOptions: {
        // Astro 7 marks every MDX module with "use astro:head-inject"; the bundler warns once per
        // file that it may drop the directive. It is harmless and would bury real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    starlight({
      title: 'Engineering Handbook',
      description:
        'Career ladders, playbooks and private self-assessments for engineers, managers and the teams that host them.',
      logo: { src: './src/assets/logo.svg', alt: '' },
      favicon: '/favicon.svg',
      customCss: ['./src/styles/handbook.css'],
      // No Google fonts, no analytics, no external scripts: the handbook makes no third-party requests.
      // Starlight matches sidebar directories against paths from the project root, so an absolute
      // HANDBOOK_CONTENT_DIR is made relative first.
      sidebar: buildSidebar(handbook, relative(process.cwd(), join(contentRoot(), 'docs'))),
      // Each page lists its own section in full and the others as one link each, so a page's
      // HTML does not grow with the rest of the handbook.
      routeMiddleware: './src/components/overrides/scope-sidebar.ts',
      lastUpdated: false,
      // Templates are prose to copy: wrap long lines instead of scrolling sideways, which reads
      // better on a phone and leaves no scroll-only region that keyboard users cannot reach.
      expressiveCode: { defaultProps: { wrap: true } },
      pagefind: true,
      components: {
        Search: './src/components/overrides/Search.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
      },
      // A link to a page or heading that does not exist fails the build, naming the file.
      plugins: [
        validateLinks(
          contentRoot(),
          handbook.generated.map((g) => g.route),
        ),
      ],
    }),
  ],
});
