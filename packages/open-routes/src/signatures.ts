/**
 * Checks of webhook signatures and shared secrets.
 *
 * @packageDocumentation
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Constant-time comparison of an expected digest with a hex string from a header. */
export function sameHex(expected: Buffer, givenHex: string): boolean {
  if (!/^[0-9a-f]+$/i.test(givenHex)) return false;
  const given = Buffer.from(givenHex, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** HMAC-SHA256 of a raw body. */
export const hmac = (secret: string, body: Buffer) => createHmac('sha256', secret).update(body).digest();

/** `sha256=<hex>` over the raw body, as GitHub's X-Hub-Signature-256 and the incident webhook send it. */
export function verifySha256Signature(secret: string, body: Buffer, header: string | undefined): boolean {
  if (!header?.startsWith('sha256=')) return false;
  return sameHex(hmac(secret, body), header.slice('sha256='.length));
}

/** Constant-time comparison of a shared secret sent in a header. */
export function sameSecret(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = createHmac('sha256', 'compare').update(expected).digest();
  const b = createHmac('sha256', 'compare').update(given).digest();
  return timingSafeEqual(a, b);
}

/** The signature header a sender would compute; used by tests, the demo seed and benchmarks. */
export function signSha256(secret: string, body: string | Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}
