import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function derive(secret: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(secret, salt, KEY_LENGTH, { N: n, r, p, maxmem: 64 * 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key))));
}

/** A slow, salted hash of an API key secret (scrypt), self-describing so parameters can change. */
export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(secret, salt, N, R, P);
  return ['scrypt', N, R, P, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(secret, Buffer.from(salt, 'base64url'), Number(n), Number(r), Number(p));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** `lgk_<key id>_<secret>`: the id finds the row, the secret is checked against its slow hash. */
export function formatApiKey(id: string, secret: string): string {
  return `lgk_${id}_${secret}`;
}

export function parseApiKey(key: string): { id: string; secret: string } | undefined {
  const m = /^lgk_([0-9a-f-]{36})_([A-Za-z0-9_-]{32,})$/.exec(key);
  return m ? { id: m[1], secret: m[2] } : undefined;
}

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}
