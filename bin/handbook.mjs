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
const { registerHooks, enableCompileCache } = await import('node:module');
const { fileURLToPath } = await import('node:url');
// Node keeps the compiled CLI (type-stripped TypeScript, its libraries) between runs, beside
// Astro's own cache in node_modules: every command starts about 0.1 s sooner. A folder it
// cannot write to only turns the cache off.
enableCompileCache?.(fileURLToPath(new URL('../node_modules/.cache/handbook-cli/', import.meta.url)));
const { resolve } = await import('./ts-resolve.mjs');
registerHooks({ resolve });
// Whoever reads the output may stop early (`handbook plan … | head`): what is left to print is
// dropped, and the command still finishes its work and exits with its own code, instead of dying
// halfway with a stack trace about a broken pipe.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
  });
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
