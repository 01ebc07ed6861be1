import express from 'express';
import { assertRoutesMatchSpec, specRequest } from './index';

const spec = {
  info: { title: 'pets' },
  paths: {
    '/pets/{name}': {
      get: {
        responses: {
          '200': {
            description: 'a pet',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/Pet' } },
            },
          },
          '404': { $ref: '#/components/responses/Error' },
        },
      },
    },
    '/pets': {
      post: { responses: { '204': { description: 'created' } } },
    },
  },
  components: {
    responses: {
      Error: { description: 'an error', content: { 'application/json': { schema: { type: 'object', required: ['error'] } } } },
    },
    schemas: {
      Pet: {
        type: 'object',
        required: ['name', 'born'],
        properties: { name: { type: 'string' }, born: { type: 'string', format: 'date-time' }, owner: { type: 'string', nullable: true } },
        additionalProperties: false,
      },
    },
  },
};

describe('assertRoutesMatchSpec', () => {
  const router = () => {
    const r = express.Router();
    r.get('/pets/:name', (_req, res) => res.end());
    return r;
  };

  it('passes when the router serves exactly what the spec describes', () => {
    const r = router();
    r.post('/pets', (_req, res) => res.end());
    expect(() => assertRoutesMatchSpec(r, spec)).not.toThrow();
  });

  it('names a route the spec describes that the router does not serve', () => {
    expect(() => assertRoutesMatchSpec(router(), spec)).toThrow('in the spec but not served: POST /pets');
  });

  it('names a route the router serves that the spec does not describe', () => {
    const r = router();
    r.post('/pets', (_req, res) => res.end());
    r.delete('/pets/:name', (_req, res) => res.end());
    expect(() => assertRoutesMatchSpec(r, spec)).toThrow('served but not in the spec: DELETE /pets/{name}');
  });
});

describe('specRequest', () => {
  const app = (pet: unknown, status = 200) => {
    const a = express();
    a.get('/api/pets/pets/:name', (_req, res) => res.status(status).json(pet));
    a.post('/api/pets/pets', (_req, res) => res.status(201).json({}));
    a.get('/api/pets/other', (_req, res) => res.json({}));
    return a;
  };

  it('lets through an answer the spec allows', async () => {
    const response = await specRequest(app({ name: 'Rex', born: '2020-01-01T00:00:00Z', owner: null }), spec).get('/api/pets/pets/rex');
    expect(response.body.name).toBe('Rex');
  });

  it('fails on a body the schema refuses, naming the field', async () => {
    await expect(specRequest(app({ name: 'Rex', born: 'yesterday' }), spec).get('/api/pets/pets/rex')).rejects.toThrow(
      'GET /api/pets/pets/rex answered 200: the body is not what the spec says: body/born must match format "date-time"',
    );
    await expect(specRequest(app({ name: 'Rex', born: '2020-01-01T00:00:00Z', colour: 'red' }), spec).get('/api/pets/pets/rex')).rejects.toThrow(
      'must NOT have additional properties',
    );
  });

  it('fails on a status the spec does not document, and on an operation it does not have', async () => {
    await expect(specRequest(app({}), spec).post('/api/pets/pets')).rejects.toThrow('answered 201: the spec does not document this status');
    await expect(specRequest(app({}), spec).get('/api/pets/other')).rejects.toThrow('the spec has no such operation');
    // Other plugins' answers are theirs to check.
    expect((await specRequest(app({}), spec).get('/api/petsitters/pets/rex')).status).toBe(404);
  });

  it('checks error answers against the documented error body', async () => {
    await expect(specRequest(app({ message: 'gone' }, 404), spec).get('/api/pets/pets/rex')).rejects.toThrow("body must have required property 'error'");
  });
});
