// Refreshes deploy/nginx/handbook.conf from the last build's dist/_nginx.conf, with the two
// lines a deployer edits set to placeholders. `npm test` fails when the committed recipe no
// longer matches what the build generates (a new inline script, a changed header).
//
//   npm run build && npm run deploy:nginx
import { readFileSync, writeFileSync } from 'node:fs';

const generated = readFileSync('dist/_nginx.conf', 'utf8');
writeFileSync(
  'deploy/nginx/handbook.conf',
  // The build's block marks the two lines already; only their values change.
  generated
    .replace(/^(\s*)listen [^;]*;/m, '$1listen 80;')
    .replace(/^(\s*)root [^;]*;/m, '$1root /srv/handbook/dist;'),
);
console.log('deploy/nginx/handbook.conf updated from dist/_nginx.conf');
