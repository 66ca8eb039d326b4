import { describe, expect, test } from 'vitest';
import { isLocked, lock, LOCKED_PREFIX, PBKDF2_ITERATIONS, unlock } from '../../../../src/lib/share/locked';

const FAST = 1000;
const TEXT = 'Ana’s 1:1 — ✓';
const PASS = 'correct horse battery staple';

/** Replaces the character at `i` with a different base64url character. */
function flipAt(s: string, i: number): string {
  return s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
}

/** Base64url of the UTF-8 bytes, to check the payload is not merely encoded. */
function plainB64(text: string): string {
  let s = '';
  for (const b of new TextEncoder().encode(text)) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

describe('lock / unlock', () => {
  test('round-trips unicode text', async () => {
    const fragment = await lock(TEXT, PASS, FAST);
    expect(await unlock(fragment, PASS, FAST)).toEqual({ ok: true, text: TEXT });
  });

  test('produces locked=1.<salt>.<iv>.<ciphertext> in unpadded base64url with 16-byte salt and 12-byte IV', async () => {
    const fragment = await lock(TEXT, PASS, FAST);
    expect(fragment).toMatch(/^locked=1\.[\w-]{22}\.[\w-]{16}\.[\w-]+$/);
    expect(fragment.startsWith(LOCKED_PREFIX)).toBe(true);
  });

  test('the fragment holds no plaintext, not even base64-encoded', async () => {
    const long = 'Ana’s answers: she wants more feedback on design reviews and fewer status meetings.';
    for (const text of [TEXT, long]) {
      const fragment = await lock(text, PASS, FAST);
      for (let i = 0; i + 6 <= text.length; i++) expect(fragment).not.toContain(text.slice(i, i + 6));
      expect(fragment).not.toContain(plainB64(text).slice(0, 8));
      expect(fragment).not.toContain(plainB64(text).slice(4, 12));
    }
  });

  test('two locks of the same text differ (random salt and IV)', async () => {
    const a = (await lock(TEXT, PASS, FAST)).split('.');
    const b = (await lock(TEXT, PASS, FAST)).split('.');
    expect(a[1]).not.toBe(b[1]);
    expect(a[2]).not.toBe(b[2]);
    expect(a[3]).not.toBe(b[3]);
  });

  test('a wrong passphrase gives wrong-passphrase', async () => {
    const fragment = await lock(TEXT, PASS, FAST);
    expect(await unlock(fragment, 'correct horse battery stapler', FAST)).toEqual({
      ok: false,
      reason: 'wrong-passphrase',
    });
    expect(await unlock(fragment, '', FAST)).toEqual({ ok: false, reason: 'wrong-passphrase' });
  });

  test('a different iteration count does not unlock', async () => {
    const fragment = await lock(TEXT, PASS, FAST);
    expect(await unlock(fragment, PASS, FAST + 1)).toEqual({ ok: false, reason: 'wrong-passphrase' });
  });

  test('tampering with any character of the ciphertext, salt or IV is detected', async () => {
    const fragment = await lock(TEXT, PASS, FAST);
    const ctStart = fragment.lastIndexOf('.') + 1;
    const mid = ctStart + Math.floor((fragment.length - ctStart) / 2);
    expect(await unlock(flipAt(fragment, mid), PASS, FAST)).toEqual({
      ok: false,
      reason: 'wrong-passphrase',
    });
    for (let i = LOCKED_PREFIX.length + 2; i < fragment.length; i++) {
      if (fragment[i] === '.') continue;
      const result = await unlock(flipAt(fragment, i), PASS, FAST);
      expect(result.ok, `flipped character ${i}`).toBe(false);
    }
  });

  test('garbage, unknown versions and missing parts are malformed', async () => {
    const fragment = await lock(TEXT, PASS, FAST);
    const [, salt, iv, ct] = fragment.slice(LOCKED_PREFIX.length).split('.');
    const cases = [
      '',
      '#',
      'garbage',
      'locked=',
      'locked=garbage',
      `locked=2.${salt}.${iv}.${ct}`,
      `locked=.${salt}.${iv}.${ct}`,
      `locked=1.${salt}.${iv}`,
      `locked=1.${salt}.${iv}.`,
      `locked=1..${iv}.${ct}`,
      `locked=1.${salt}.${iv}.${ct}.${ct}`,
      `locked=1.${salt}.${iv}.${ct}=`,
      `locked=1.${salt}.${iv}.${ct}!`,
      `locked=1.${salt}.${iv}.${ct?.slice(0, 10)}`,
      `locked=1.${salt}A.${iv}.${ct}`,
      `locked=1.${salt?.slice(0, 20)}.${iv}.${ct}`,
      `locked=1.${salt}.${salt}.${ct}`,
      'locked=1.a.b.c',
    ];
    for (const bad of cases) {
      expect(await unlock(bad, PASS, FAST), bad).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  test('accepts a leading # and a missing locked= prefix', async () => {
    const fragment = await lock(TEXT, PASS, FAST);
    expect(await unlock(`#${fragment}`, PASS, FAST)).toEqual({ ok: true, text: TEXT });
    expect(await unlock(fragment.slice(LOCKED_PREFIX.length), PASS, FAST)).toEqual({ ok: true, text: TEXT });
    expect(await unlock(`#${fragment.slice(LOCKED_PREFIX.length)}`, PASS, FAST)).toEqual({
      ok: true,
      text: TEXT,
    });
  });

  test('round-trips empty text', async () => {
    expect(await unlock(await lock('', PASS, FAST), PASS, FAST)).toEqual({ ok: true, text: '' });
  });

  test('an empty passphrase throws', async () => {
    await expect(lock(TEXT, '', FAST)).rejects.toThrow(/passphrase/);
    await expect(lock(TEXT, '')).rejects.toThrow(/passphrase/);
  });

  test(
    'uses at least 600,000 iterations by default, and round-trips with them',
    { timeout: 30_000 },
    async () => {
      expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
      const fragment = await lock(TEXT, PASS);
      expect(await unlock(fragment, PASS)).toEqual({ ok: true, text: TEXT });
      // The default really is used: a fragment locked with the default does not open with the fast count.
      expect(await unlock(fragment, PASS, FAST)).toEqual({ ok: false, reason: 'wrong-passphrase' });
    },
  );
});

describe('isLocked', () => {
  test('recognises locked hashes with or without #', () => {
    expect(isLocked('#locked=1.a.b.c')).toBe(true);
    expect(isLocked('locked=1.a.b.c')).toBe(true);
    expect(isLocked('#locked=')).toBe(true);
  });

  test('rejects other hashes', () => {
    expect(isLocked('')).toBe(false);
    expect(isLocked('#')).toBe(false);
    expect(isLocked('#answers=abc')).toBe(false);
    expect(isLocked('#xlocked=1.a.b.c')).toBe(false);
    expect(isLocked('##locked=1.a.b.c')).toBe(false);
    expect(isLocked('#LOCKED=1.a.b.c')).toBe(false);
  });
});
