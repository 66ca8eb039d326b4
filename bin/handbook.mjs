#!/usr/bin/env node
// The playbook generator's entry point. Checks the Node version first (in plain JavaScript
// every Node can parse), then runs the TypeScript CLI in src/cli/ with Node's own type stripping.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    `handbook needs Node.js 22.18 or newer; this is Node ${process.versions.node}.\n` +
      "Run it through npm so the project's own Node is used: `npx handbook --help` or `npm run handbook -- --help`\n" +
      '(after `npm install` in the project folder).',
  );
  process.exit(2);
}
const { register } = await import('node:module');
register('./ts-resolve.mjs', import.meta.url);
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
