// Every npm script runs this first. npm puts node_modules/.bin first on PATH, so `node` here is
// the Node 24 that the `node` package installs. If that package's install script was skipped
// (npm "allowScripts"), or `npm install` never ran, we are on the machine's own Node instead:
// say so and say how to fix it, rather than letting Astro fail with a confusing message.
// Keep this file plain JavaScript that even old Node versions can parse.
const [major, minor] = process.versions.node.split('.').map(Number);
const ok = major > 22 || (major === 22 && minor >= 12);
if (!ok) {
  console.error(
    [
      `This project needs Node.js 22.12 or newer; this command ran on Node ${process.versions.node}.`,
      'The project brings its own Node (the "node" package in package.json). To get it:',
      '  1. run `npm install` in the project folder (approve install scripts if npm asks), then',
      '  2. run every command through npm, e.g. `npm start` or `npm test`, not `node` or `astro` directly.',
      'If it still fails, check that package.json "allowScripts" contains "node": true and run `npm rebuild node`.',
    ].join('\n'),
  );
  process.exit(1);
}
