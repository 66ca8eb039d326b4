import type { Visibility } from '../../schemas/visibility';

/** A response header: name and value. */
export type Header = [name: string, value: string];

/** Hashed build assets: their names change when their content does, so browsers keep them a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (pages, search index, downloads): revalidated on each visit. */
export const REVALIDATE = 'no-cache';

/**
 * The headers every response carries, beside the caching rule. One list for every host: the
 * nginx server block, Netlify's and Cloudflare's `_headers`, and the tests all read it.
 */
export function securityHeaders(input: { policy: string; visibility: Visibility }): Header[] {
  return [
    ['Content-Security-Policy', input.policy],
    // Links out (sources, the team's forge) carry no trace of the handbook page a reader was on.
    ['Referrer-Policy', 'no-referrer'],
    ['X-Content-Type-Options', 'nosniff'],
    // Nothing here uses a camera, a microphone, the location, payments or sensors.
    [
      'Permissions-Policy',
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    ],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    // The internal edition is for the team: search engines that reach it anyway must not index it.
    ...(input.visibility === 'internal' ? ([['X-Robots-Tag', 'noindex']] as Header[]) : []),
  ];
}

/** The folder of hashed build assets under a base: `/_astro/` or `/handbook/_astro/`. */
export const assetsPath = (base: string) => `${base}_astro/`;
