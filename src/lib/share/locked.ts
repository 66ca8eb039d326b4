/**
 * Passphrase-locked share-link fragments (`#locked=…`), using WebCrypto only
 * (PBKDF2-SHA-256 → AES-GCM 256). No dependencies: this ships in browser islands.
 *
 * What it protects against: someone who sees the link — in chat logs, browser
 * history, a screen share — but not the passphrase cannot read the answers. The
 * fragment (after `#`) is never sent to a server, so no server sees it either.
 *
 * What it does not protect against:
 * - A weak passphrase can be guessed offline: anyone with the link can try
 *   passphrases as fast as their hardware allows (PBKDF2 only slows each guess).
 * - Anyone given both the link and the passphrase can read and re-share the answers.
 * - It does not hide that a link exists, nor its rough size (the length of the answers).
 * - Once unlocked, the answers sit in plain form in the reader's browser.
 */

/** The fragment key of a locked payload: `#locked=…`. */
export const LOCKED_PREFIX = 'locked=';
/** PBKDF2-SHA-256 iterations (OWASP 2023 guidance for PBKDF2-HMAC-SHA256 is 600,000). */
export const PBKDF2_ITERATIONS = 600_000;

/** The result of unlocking. */
export type Unlocked = { ok: true; text: string } | { ok: false; reason: 'wrong-passphrase' | 'malformed' };

const VERSION = '1';
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const AES = 'AES-GCM';
const MALFORMED: Unlocked = { ok: false, reason: 'malformed' };
const webCrypto = () => globalThis.crypto;

function toB64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s)
    .replace(/=+$/, '')
    .replace(/[+/]/g, (c) => (c === '+' ? '-' : '_'));
}

/** Strict: throws unless `s` is the canonical unpadded base64url of some bytes. */
function fromB64(s: string): Uint8Array<ArrayBuffer> {
  const bytes = Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  if (toB64(bytes) !== s) throw new Error();
  return bytes;
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const { subtle } = webCrypto();
  const base = await subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: AES, length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Encrypts `text` with a key derived from `passphrase`; returns `locked=1.<salt>.<iv>.<ciphertext>` (base64url, no padding). Salt 16 random bytes, IV 12 random bytes, AES-GCM 256. Throws on an empty passphrase. */
export async function lock(
  text: string,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<string> {
  if (!passphrase) throw new Error('lock: empty passphrase');
  const salt = webCrypto().getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = webCrypto().getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(passphrase, salt, iterations);
  const data = await webCrypto().subtle.encrypt({ name: AES, iv }, key, new TextEncoder().encode(text));
  return `${LOCKED_PREFIX}${VERSION}.${[salt, iv, new Uint8Array(data)].map(toB64).join('.')}`;
}

/** Decrypts a fragment made by `lock` (with or without a leading '#', with or without the `locked=` prefix). A wrong passphrase (AES-GCM auth failure) gives reason 'wrong-passphrase'; anything unparseable or of an unknown version gives 'malformed'. Never throws. */
export async function unlock(
  fragment: string,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<Unlocked> {
  // Strip an optional '#', then an optional LOCKED_PREFIX ('locked=').
  const [version, ...parts] = fragment.replace(/^#?(locked=)?/, '').split('.');
  let bytes: Uint8Array<ArrayBuffer>[];
  try {
    bytes = parts.map(fromB64);
  } catch {
    return MALFORMED;
  }
  const [salt, iv, data] = bytes;
  if (version !== VERSION || bytes.length !== 3 || !salt || !iv || !data) return MALFORMED;
  if (salt.length !== SALT_BYTES || iv.length !== IV_BYTES || data.length < TAG_BYTES) return MALFORMED;
  try {
    const key = await deriveKey(passphrase, salt, iterations);
    const plain = await webCrypto().subtle.decrypt({ name: AES, iv }, key, data);
    return { ok: true, text: new TextDecoder().decode(plain) };
  } catch {
    return { ok: false, reason: 'wrong-passphrase' };
  }
}

/** True when a location hash carries a locked payload. */
export function isLocked(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(LOCKED_PREFIX);
}
