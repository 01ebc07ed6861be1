/*
 * idp: the portal from the terminal.
 *   idp templates
 *   idp create service user-profile --template fastapi --owner group:default/payments-team \
 *       --system system:default/payment-gateway [--description "..."] [--set key=value ...]
 * Reaches the portal at IDP_URL (default http://localhost:7007) with the token in IDP_TOKEN, or
 * as the guest user with --guest where the portal allows it.
 */
import { parseArgs } from 'node:util';
import { PortalClient, PortalError } from './client';
import { create } from './create';

const USAGE = `Usage:
  idp templates                                   the templates you can run
  idp create <kind> <name> --template <template>  run a template, e.g. idp create service user-profile --template fastapi
      --owner <group ref>  --system <system ref>  --description <text>
      --publish <github|local>  --set <key=value> (any other template field; repeatable)  --no-wait
Options: --url <portal> (IDP_URL, default http://localhost:7007), --guest (sign in as guest), IDP_TOKEN for a portal token`;

/** A --set value: JSON when it parses (numbers, booleans, lists), the plain text otherwise. */
function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function main(argv: string[], env: Record<string, string | undefined>, out: (line: string) => void): Promise<number> {
  const { values: flags, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      guest: { type: 'boolean' },
      template: { type: 'string', short: 't' },
      owner: { type: 'string' },
      system: { type: 'string' },
      description: { type: 'string' },
      publish: { type: 'string' },
      set: { type: 'string', multiple: true },
      'no-wait': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, kind, name] = positionals;
  if (flags.help || !command) {
    out(USAGE);
    return flags.help ? 0 : 2;
  }
  const baseUrl = flags.url ?? env.IDP_URL ?? 'http://localhost:7007';
  const client = flags.guest ? await PortalClient.asGuest({ baseUrl }) : new PortalClient({ baseUrl, token: env.IDP_TOKEN });

  if (command === 'templates') {
    for (const t of await client.templates()) out(`${t.name.padEnd(20)} ${String(t.type).padEnd(10)} ${t.title ?? ''}`);
    return 0;
  }
  if (command === 'create') {
    if (!kind || !name || !flags.template) throw new PortalError(`create needs a kind, a name and --template\n\n${USAGE}`);
    const values: Record<string, unknown> = {};
    for (const pair of flags.set ?? []) {
      const at = pair.indexOf('=');
      if (at < 1) throw new PortalError(`--set takes key=value, not '${pair}'`);
      values[pair.slice(0, at)] = parseValue(pair.slice(at + 1));
    }
    for (const key of ['owner', 'system', 'description'] as const) {
      if (flags[key] !== undefined) values[key] = flags[key];
    }
    if (flags.publish !== undefined) values.publishTo = flags.publish;
    const output = await create(client, { kind, name, template: flags.template, values, wait: !flags['no-wait'] }, out);
    for (const link of output?.links ?? []) out(`${link.title ?? 'Link'}: ${link.url ?? link.entityRef}`);
    for (const text of output?.text ?? []) out(`${text.title ?? ''}\n${text.content ?? ''}`);
    out('Done.');
    return 0;
  }
  throw new PortalError(`Unknown command '${command}'\n\n${USAGE}`);
}

/** The command itself: output on stdout, a one-line reason on stderr, and the exit code. */
export function run() {
  main(process.argv.slice(2), process.env, line => process.stdout.write(`${line}\n`)).then(
    code => process.exit(code),
    error => {
      const expected = error instanceof PortalError || String(error?.code).startsWith('ERR_PARSE_ARGS');
      process.stderr.write(`idp: ${expected ? error.message : error?.stack ?? error}\n`);
      process.exit(1);
    },
  );
}
