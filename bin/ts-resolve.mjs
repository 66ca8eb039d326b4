// Lets Node run the handbook's TypeScript sources directly (Node 24 strips types itself):
// the sources import each other without file extensions, as Astro and Vite expect, so a
// relative import that Node cannot find is retried with `.ts`.
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    const relative = specifier.startsWith('./') || specifier.startsWith('../');
    if (relative && error?.code === 'ERR_MODULE_NOT_FOUND' && !/\.[cm]?[jt]s$/.test(specifier)) {
      return next(`${specifier}.ts`, context);
    }
    throw error;
  }
}
