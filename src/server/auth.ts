/**
 * Credentials checks with Web Crypto only (`crypto.subtle`), so the handler runs on Node and on
 * edge runtimes alike.
 */
const encoder = new TextEncoder();

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}

/** Compares two digests of equal length without an early exit, so timing does not reveal a prefix. */
function sameDigest(a: Uint8Array, b: Uint8Array): boolean {
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}

/**
 * Checks bearer tokens against a list of API keys. Both sides are hashed first, so every compare
 * is between 32-byte digests whatever the lengths, and every key is compared on every call.
 */
export function apiKeyChecker(keys: readonly string[]): (token: string) => Promise<boolean> {
  const digests = Promise.all(keys.map((k) => sha256(encoder.encode(k))));
  return async (token) => {
    const [known, given] = await Promise.all([digests, sha256(encoder.encode(token))]);
    let ok = false;
    for (const d of known) ok = sameDigest(d, given) || ok;
    return ok;
  };
}

const SIGNATURE = /^sha256=([0-9a-f]{64})$/i;

/** Checks `sha256=<hex>` HMAC-SHA256 signatures of raw bodies (Web Crypto's verify compares in constant time). */
export function signatureChecker(secret: string): (header: string, body: Uint8Array) => Promise<boolean> {
  const key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  return async (header, body) => {
    const hex = SIGNATURE.exec(header.trim())?.[1];
    if (hex === undefined) return false;
    const signature = new Uint8Array(32);
    for (let i = 0; i < 32; i++) signature[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
    return crypto.subtle.verify('HMAC', await key, signature, body);
  };
}

/** The bearer token of an `Authorization` header, or `undefined`. */
export function bearerToken(header: string | null): string | undefined {
  const match = header === null ? null : /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  return match?.[1];
}
