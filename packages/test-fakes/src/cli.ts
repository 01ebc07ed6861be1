/*
 * Starts the stand-ins of Argo CD and Datadog on 127.0.0.1:7101 and :7102, and of a model for the
 * assistant on :7104 (OpenAI's API), for a laptop, the end-to-end run and the threat tests:
 *   node --require @backstage/cli/config/nodeTransform.cjs packages/test-fakes/src/cli.ts
 * with ARGOCD_TOKEN, DATADOG_API_KEY and DATADOG_APP_KEY set (as for the backend). With
 * FAKE_OIDC_CLIENT_SECRET also an OpenID Provider on :7103 (oidc-provider) that signs in the demo
 * organisation's people, sending them back to FAKE_OIDC_REDIRECT_URIS (comma-separated; by
 * default the development backend's); with FAKE_GITHUB_REPOS (a JSON file of repositories) and
 * GITHUB_TOKEN also GitHub's API and git, the repositories it creates kept in FAKE_GITHUB_GIT_DIR.
 */
import { startFakeArgoCd } from './argocd';
import { startFakeDatadog } from './datadog';
import { startFakeGitHub } from './github';
import { startFakeLlm } from './llm';
import { startOidcProvider } from './oidc';
import { demoPeople } from './people';
import { portalModel } from './portalModel';

/** The same secrets the backend is given, so only the portal can call the stand-ins. */
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

async function main() {
  const argocd = await startFakeArgoCd({ token: required('ARGOCD_TOKEN'), port: Number(process.env.FAKE_ARGOCD_PORT ?? 7101) });
  const datadog = await startFakeDatadog({
    apiKey: required('DATADOG_API_KEY'),
    appKey: required('DATADOG_APP_KEY'),
    port: Number(process.env.FAKE_DATADOG_PORT ?? 7102),
  });
  // Single sign-on for the end-to-end run, so tests can act as different people.
  const oidc = process.env.FAKE_OIDC_CLIENT_SECRET
    ? await startOidcProvider({
        clientId: 'portal',
        clientSecret: process.env.FAKE_OIDC_CLIENT_SECRET,
        redirectUris: (process.env.FAKE_OIDC_REDIRECT_URIS ?? 'http://localhost:7007/api/auth/oidc/handler/frame').split(','),
        port: Number(process.env.FAKE_OIDC_PORT ?? 7103),
        users: demoPeople(),
      })
    : undefined;
  const github = process.env.FAKE_GITHUB_REPOS
    ? await startFakeGitHub({
        repositories: process.env.FAKE_GITHUB_REPOS,
        port: Number(process.env.FAKE_GITHUB_PORT ?? 7105),
        token: required('GITHUB_TOKEN'),
        gitRoot: process.env.FAKE_GITHUB_GIT_DIR,
      })
    : undefined;
  // A model for the assistant that speaks the OpenAI API and answers from what it is sent.
  const llm = await startFakeLlm({ script: portalModel, port: Number(process.env.FAKE_LLM_PORT ?? 7104) });
  process.stdout.write(
    `fake Argo CD on ${argocd.url}, fake Datadog on ${datadog.url}, stand-in model on ${llm.url}${oidc ? `, OpenID Provider on ${oidc.url}` : ''}${
      github ? `, fake GitHub on ${github.url}` : ''
    }\n`,
  );
}

main().catch(error => {
  process.stderr.write(`${error}\n`);
  process.exit(1);
});
