/** The parts of an OpenAPI 3 document the checks read. */
export interface OpenApiDocument {
  /** `title` is the plugin id: the API is at `/api/<title>`. */
  info: { title: string };
  paths: { readonly [path: string]: { readonly [method: string]: unknown } };
  components?: unknown;
}

export const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** Every operation of the spec, as `GET /path/{param}`. */
export function specRoutes(spec: OpenApiDocument): string[] {
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter(key => METHODS.includes(key))
      .map(method => `${method.toUpperCase()} ${path}`),
  );
}

/** Where Backstage serves the plugin's API, e.g. `/api/argocd`. */
export function basePathOf(spec: OpenApiDocument): string {
  return `/api/${spec.info.title}`;
}
