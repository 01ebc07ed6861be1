// MCP clients (an IDE's assistant) reach the portal through Backstage's MCP actions backend
// (/api/mcp-actions/v1), each call made with the person's own token. What they are offered and
// what they get is checked with the MCP SDK's own client.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { env } from './environment.mjs';

/** An MCP client connected to the portal as `who` (a key of PEOPLE). */
async function mcpClientAs(who) {
  const client = new Client({ name: 'portal-threat-test', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL(`${env.backend.url}/api/mcp-actions/v1`), {
    requestInit: { headers: env.as[who] },
  });
  await client.connect(transport);
  return client;
}

/** The entity a tool answered with, or undefined when it answered with an error. */
const entityOf = result => (result.isError ? undefined : result.structuredContent);

describe('MCP clients', () => {
  test('are offered read-only tools only: nothing that registers, unregisters, refreshes or runs a template', async () => {
    const client = await mcpClientAs('contractor');
    try {
      const { tools } = await client.listTools();
      const names = tools.map(t => t.name);
      assert.ok(names.includes('catalog.get-catalog-entity'), names.join(', '));
      assert.ok(names.includes('dora.get-dora-metrics'), names.join(', '));
      for (const sideEffect of ['catalog.register-entity', 'catalog.unregister-entity', 'catalog.refresh-catalog-entity', 'scaffolder.execute-template']) {
        assert.ok(!names.includes(sideEffect), `${sideEffect} is offered`);
      }
      for (const tool of tools) assert.equal(tool.annotations?.readOnlyHint, true, `${tool.name} is not read-only`);

      // Calling one anyway by its name changes nothing.
      const refused = await client.callTool({
        name: 'catalog.unregister-entity',
        arguments: { type: 'entity', entityRef: 'component:default/checkout-api' },
      });
      assert.equal(refused.isError, true);
      assert.match(JSON.stringify(refused.content), /not found/i);
      assert.equal((await env.api('/api/catalog/entities/by-name/component/default/checkout-api', { as: 'admin' })).status, 200);
    } finally {
      await client.close();
    }
  });

  test("answer with the caller's own permissions: a confidential service only to its team", async () => {
    const read = async who => {
      const client = await mcpClientAs(who);
      try {
        return entityOf(
          await client.callTool({ name: 'catalog.get-catalog-entity', arguments: { name: 'fraud-detector', kind: 'Component', namespace: 'default' } }),
        );
      } finally {
        await client.close();
      }
    };
    // Carol is in the payments team, which owns the fraud detector; Erin is not, nor is a contractor.
    // (The claims tests register a component:erin/fraud-detector too, hence the namespace.)
    assert.equal((await read('otherTeam'))?.metadata?.name, 'fraud-detector');
    assert.equal(await read('owner'), undefined);
    assert.equal(await read('contractor'), undefined);
  });

  test('refuse a caller without a token', async () => {
    const res = await fetch(`${env.backend.url}/api/mcp-actions/v1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    assert.equal(res.status, 401);
  });
});
