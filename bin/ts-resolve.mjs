// Lets Node run the handbook's TypeScript sources directly (Node 24 strips types itself):
// the sources import each other without file extensions, as Astro and Vite expect, so a
// relative import that Node cannot find is retried with `.ts`.
//
// A synchronous hook for `module.registerHooks`, which runs on the thread that imports. The
// older `module.register` ran hooks on a worker thread and the importing thread waited on it for
// each of the CLI's ~400 modules: about half a second of every command's start on one core.
export function resolve(specifier, context, next) {
  try {
    return next(specifier, context);
  } catch (error) {
    const relative = specifier.startsWith('./') || specifier.startsWith('../');
    if (relative && error?.code === 'ERR_MODULE_NOT_FOUND' && !/\.[cm]?[jt]s$/.test(specifier)) {
      return next(`${specifier}.ts`, context);
    }
    throw error;
  }
}
