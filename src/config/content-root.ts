/**
 * Where the handbook's content lives. Normally `./content`; the content-check tests point
 * HANDBOOK_CONTENT_DIR at a fixture folder to prove that bad pages fail the build.
 */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  const dir = env.HANDBOOK_CONTENT_DIR?.trim();
  return dir ? dir.replace(/\/+$/, '') : './content';
}
