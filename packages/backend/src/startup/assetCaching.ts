import { RequestHandler } from 'express';

/**
 * A file of the built frontend whose name carries a hash of its content (webpack's
 * `[name].[contenthash]`, e.g. `/static/854.922a2deba0fa.chunk.js`): under that name it never
 * changes, and a new build links new names from `index.html`, which is never cached.
 */
const HASHED_ASSET = /^\/static\/(?:[\w-]+\/)*[\w-]+\.[0-9a-f]{8,}(?:\.chunk)?\.(?:js|css|woff2?|ttf|svg|png|jpe?g|gif|webp)$/;

/** A year, and no revalidation: what browsers and CDNs may do with such a file. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * Marks hashed assets immutable. app-backend serves them with a 14-day `max-age` and no
 * `immutable`, so a browser still revalidates them on reload; its own header is replaced only for
 * these names and only on a successful answer.
 */
export function immutableHashedAssets(): RequestHandler {
  return (req, res, next) => {
    if ((req.method === 'GET' || req.method === 'HEAD') && HASHED_ASSET.test(req.path)) {
      const setHeader = res.setHeader.bind(res);
      res.setHeader = (name, value) => setHeader(name, name.toLowerCase() === 'cache-control' && res.statusCode < 300 ? IMMUTABLE_CACHE_CONTROL : value);
    }
    next();
  };
}
