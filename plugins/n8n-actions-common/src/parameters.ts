import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** One field that does not match the action's schema. */
export interface ParameterProblem {
  field: string;
  message: string;
}

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const compiled = new WeakMap<object, ValidateFunction>();

function fieldOf(error: ErrorObject): string {
  const path = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (error.keyword === 'required') return [path, (error.params as { missingProperty: string }).missingProperty].filter(Boolean).join('.');
  if (error.keyword === 'additionalProperties') {
    return [path, (error.params as { additionalProperty: string }).additionalProperty].filter(Boolean).join('.');
  }
  return path || '(parameters)';
}

/** The problems of an action definition's schema itself, for startup validation. */
export function schemaProblems(schema: Record<string, unknown>): string[] {
  if (schema.type !== 'object') return ["the parameters schema must have type 'object'"];
  if (!ajv.validateSchema(schema)) return (ajv.errors ?? []).map(e => `${e.instancePath || 'schema'} ${e.message}`);
  return [];
}

/**
 * Checks parameters against an action's schema: the same rules in the browser and the backend.
 * Fields the schema does not define are refused unless it says otherwise (additionalProperties),
 * so nothing the platform team did not design reaches the workflow.
 */
export function validateParameters(schema: Record<string, unknown>, parameters: unknown): ParameterProblem[] {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile('additionalProperties' in schema ? schema : { ...schema, additionalProperties: false });
    compiled.set(schema, validate);
  }
  if (validate(parameters)) return [];
  return (validate.errors ?? []).map(error => ({
    field: fieldOf(error),
    message: error.keyword === 'additionalProperties' ? 'is not a field of this action' : error.message ?? 'is invalid',
  }));
}
