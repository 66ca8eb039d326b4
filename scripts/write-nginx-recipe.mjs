// Refreshes deploy/nginx/handbook.conf from the last build's dist/_nginx.conf, with the two
// lines a deployer edits set to placeholders. `npm test` fails when the committed recipe no
// longer matches what the build generates (a new inline script, a changed header).
//
//   npm run build && npm run deploy:nginx
//
// Upstream's recipe comes from upstream's default build only. In a fork (a handbook.config.yaml,
// a base, the public edition), the build's own dist/_nginx.conf is the fork's recipe: the script
// refuses, so deploy/nginx/handbook.conf stays upstream's and `git merge upstream/main` stays clean.
import { readFileSync, writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { resolve } from '../bin/ts-resolve.mjs';

registerHooks({ resolve });
const { loadSettings, notUpstreamDefault, SettingsError } = await import('../src/config/settings.ts');

let fork;
try {
  fork = notUpstreamDefault(loadSettings(process.env, process.cwd()));
} catch (error) {
  if (!(error instanceof SettingsError)) throw error;
  console.error(error.message);
  process.exit(1);
}
if (fork) {
  console.error(
    [
      `Not written: ${fork}, so deploy/nginx/handbook.conf stays upstream's (a fork never edits it).`,
      "The built dist/_nginx.conf is your fork's recipe to deploy: copy it to your server as it is,",
      'and edit the two lines marked "# edit" (root and listen).',
    ].join('\n'),
  );
  process.exit(1);
}

const generated = readFileSync('dist/_nginx.conf', 'utf8');
writeFileSync(
  'deploy/nginx/handbook.conf',
  // The build's block marks the two lines already; only their values change.
  generated
    .replace(/^(\s*)listen [^;]*;/m, '$1listen 80;')
    .replace(/^(\s*)root [^;]*;/m, '$1root /srv/handbook/dist;'),
);
console.log('deploy/nginx/handbook.conf updated from dist/_nginx.conf');
