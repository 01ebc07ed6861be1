import { hmac, sameHex } from '@internal/open-routes';

/** PagerDuty's X-PagerDuty-Signature: one or more `v1=<hex>`, several while a secret is rotated. */
export function verifyPagerDutySignature(secret: string, body: Buffer, header: string | undefined): boolean {
  if (!header) return false;
  const expected = hmac(secret, body);
  return header
    .split(',')
    .map(part => part.trim())
    .some(part => part.startsWith('v1=') && sameHex(expected, part.slice(3)));
}
