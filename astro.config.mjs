// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { buildSidebar, sectionLinks } from './src/lib/handbook/sidebar';
import { editBaseUrl } from './src/lib/config/repository';
import { siteBuild } from './src/config/site-build';
import { logoPath } from './src/config/settings';
import { localStyles } from './src/config/local-files';
import { checkLinks } from './src/integrations/validate-links';
import { termsInMarkdown } from './src/integrations/terms-in-markdown';
import { selfContainedIslands } from './src/integrations/self-contained-islands';
import { securityHeadersIntegration } from './src/integrations/security-headers';
import { termValues } from './src/lib/config/terms';
import { SEARCH_RANKING } from './src/lib/search/ranking';

// The team's settings (handbook.config.yaml and the environment) and the handbook model, read
// from disk because this file is evaluated before the content collections exist. The sidebar
// comes from the model. Content problems are reported by the build, with the file and line,
// when the site loads the same model; a bad config stops here, naming the key.
const { settings, handbook } = siteBuild();
// A link to a page or heading that does not exist fails the build here, naming the file.
checkLinks(handbook);
const { config } = settings;
const { repository } = settings;

export default defineConfig({
  // Where the site is served: handbook.config.yaml's site and base, or HANDBOOK_SITE_URL and HANDBOOK_BASE.
  // With no site configured there is none: pages then name no canonical address, rather than
  // advertise a local one (http://127.0.0.1:4321) from wherever they end up deployed.
  site: settings.publicSite,
  base: settings.base,
  // Tests build fixture handbooks into their own folders so they never touch ./dist.
  outDir: process.env.HANDBOOK_OUT_DIR ?? './dist',
  cacheDir: process.env.HANDBOOK_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'ignore',
  // Astro 7's default ('jsx') drops spaces next to {expressions} in components ("to{max}");
  // `true` removes whitespace only where it is safe, so generated sentences keep their spaces.
  compressHTML: true,
  // Styles and scripts as files, never inlined: the Content-Security-Policy then needs hashes only
  // for Starlight's few inline scripts (see src/integrations/security-headers.ts).
  build: { inlineStylesheets: 'never' },
  vite: {
    plugins: [termsInMarkdown(settings.layers, termValues(config)), selfContainedIslands()],
    build: {
      assetsInlineLimit: 0,
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
    // The internal edition ships no sitemap: Starlight adds @astrojs/sitemap unless an
    // integration of that name is already there, so an empty one stands in for it.
    ...(settings.visibility === 'internal' ? [{ name: '@astrojs/sitemap', hooks: {} }] : []),
    starlight({
      title: config.name,
      description: config.description,
      logo: { src: logoPath(settings) ?? './src/assets/logo.svg', alt: '' },
      favicon: '/favicon.svg',
      // The fork's own styles (local/styles/*.css) come after ours, so they win.
      customCss: ['./src/styles/handbook.css', ...localStyles(settings)],
      // Starlight's own Markdown features (asides, heading anchor links) apply only to
      // src/content/docs unless told where else the pages are: ours are in content/ and local/.
      markdown: { processedDirs: settings.layers.map((layer) => `${layer}/docs`) },
      // "Edit this page" and "Report a problem" (EditLink override) only when the fork names its repository.
      ...(repository ? { editLink: { baseUrl: editBaseUrl(repository) } } : {}),
      // No Google fonts, no analytics, no external scripts: the handbook makes no third-party requests.
      // One link per section. Each page's sidebar (its own section in full, the others as one
      // link each) and its previous and next pages come from route middleware, so neither a
      // page's HTML nor the work of building it grows with the rest of the handbook.
      sidebar: sectionLinks(buildSidebar(handbook)),
      routeMiddleware: [
        './src/components/overrides/scope-sidebar.ts',
        './src/components/overrides/edition-head.ts',
        './src/components/overrides/page-title.ts',
        './src/components/overrides/template-toc.ts',
      ],
      lastUpdated: false,
      // Templates are prose to copy: wrap long lines instead of scrolling sideways, which reads
      // better on a phone and leaves no scroll-only region that keyboard users cannot reach.
      expressiveCode: { defaultProps: { wrap: true } },
      pagefind: { ranking: SEARCH_RANKING },
      components: {
        Search: './src/components/overrides/Search.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        EditLink: './src/components/overrides/EditLink.astro',
      },
    }),
    // Last, after search has read the pages: the CSP and the header files.
    securityHeadersIntegration(settings),
  ],
});
