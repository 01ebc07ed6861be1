import { Router } from 'express';
import { OpenApiDocument, specRoutes } from './spec';

// Served by Backstage's validated router itself: the spec, not an operation of it.
const SPEC_ROUTE = 'GET /openapi.json';

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  name?: string;
  regexp?: RegExp & { fast_slash?: boolean };
  handle?: { stack?: Layer[] };
}

/** The routes an Express router answers, as `GET /path/{param}`, routers mounted at `/` included. */
export function routesOf(router: Router): string[] {
  const walk = (stack: Layer[]): string[] =>
    stack.flatMap(layer => {
      if (layer.route) {
        const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
        return paths.flatMap(path =>
          Object.keys(layer.route!.methods)
            .filter(method => method !== '_all')
            .map(method => `${method.toUpperCase()} ${path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`),
        );
      }
      if (layer.name === 'router' && layer.handle?.stack) {
        if (!layer.regexp?.fast_slash) throw new Error(`A router mounted below / (${layer.regexp}) cannot be compared with the spec`);
        return walk(layer.handle.stack);
      }
      return [];
    });
  return walk((router as unknown as { stack: Layer[] }).stack).filter(route => route !== SPEC_ROUTE);
}

/**
 * Throws, naming each one, when the router answers a route its spec does not describe or the spec
 * describes one the router does not answer.
 */
export function assertRoutesMatchSpec(router: Router, spec: OpenApiDocument) {
  const served = new Set(routesOf(router));
  const described = new Set(specRoutes(spec));
  const undocumented = [...served].filter(route => !described.has(route));
  const missing = [...described].filter(route => !served.has(route));
  if (undocumented.length || missing.length) {
    throw new Error(
      [...undocumented.map(route => `served but not in the spec: ${route}`), ...missing.map(route => `in the spec but not served: ${route}`)].join('\n'),
    );
  }
}
