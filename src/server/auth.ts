/**
 * Credentials checks with Web-standard APIs only (Web Crypto for HMAC), so the handler runs on Node
 * and on edge runtimes alike.
 */
const encoder = new TextEncoder();

/**
 * Whether `given` equals `known`, in a time that depends only on `given`'s length (which its sender
 * knows): every byte is compared, with no early exit, and a length mismatch is folded into the result.
 */
function sameBytes(known: Uint8Array, given: Uint8Array): boolean {
  let diff = known.length ^ given.length;
  for (let i = 0; i < given.length; i++) diff |= (known[i % known.length] as number) ^ (given[i] as number);
  return diff === 0;
}

/**
 * Checks bearer tokens against a list of API keys. Every key is compared on every call, each in
 * constant time (see `sameBytes`), so the time taken reveals neither which key matched nor a prefix.
 * Synchronous: Web Crypto's digest would cost a thread-pool round trip per request.
 */
export function apiKeyChecker(keys: readonly string[]): (token: string) => boolean {
  const known = keys.map((k) => encoder.encode(k));
  return (token) => {
    const given = encoder.encode(token);
    let ok = false;
    for (const k of known) ok = sameBytes(k, given) || ok;
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
