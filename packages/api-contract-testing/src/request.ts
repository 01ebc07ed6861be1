import request from 'supertest';
import { OpenApiDocument } from './spec';
import { ObservedResponse, responseChecker } from './responses';

type Server = Parameters<typeof request>[0];
const VERBS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/**
 * supertest on a server, with every answer checked against the spec: a test that awaits a request
 * fails when the answer is not one the spec allows, whatever else it asserts.
 */
export function specRequest(server: Server, spec: OpenApiDocument): ReturnType<typeof request> {
  const agent = request(server);
  const check = responseChecker(spec);
  return new Proxy(agent, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || !VERBS.has(property)) return value;
      return (url: string) => {
        const test = value.call(target, url);
        const then = test.then.bind(test);
        test.then = (onFulfilled?: (r: unknown) => unknown, onRejected?: (e: unknown) => unknown) =>
          then((response: ObservedResponse) => {
            check(response);
            return response;
          }).then(onFulfilled, onRejected);
        return test;
      };
    },
  });
}
