// Delivery events for the demo organisation: four months of pushes, deployments and incidents,
// the same every time for the same days, so posting them again adds only the newest days.
import { createHmac } from 'node:crypto';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

/** A small deterministic generator (mulberry32), seeded per service and day. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const hash = text => [...text].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261);
const sha = (...parts) => createHmac('sha1', 'demo').update(parts.join('/')).digest('hex');
const iso = ms => new Date(ms).toISOString();

/** How each demo service delivers: chance of a deploy day, of a failure, and how it deploys. */
export const DEMO_SERVICES = [
  { repo: 'acme/payments-api', deployChance: 0.8, failChance: 0.08, incidents: 'pagerduty', pagerDutyService: 'PPAY001' },
  { repo: 'acme/fraud-detector', deployChance: 0.45, failChance: 0.12, incidents: 'github' },
  { repo: 'acme/ledger-service', deployChance: 0.15, failChance: 0.2, incidents: 'github' },
  { repo: 'acme/checkout-api', deployChance: 0.6, failChance: 0.1, incidents: 'github', argoApp: 'checkout-api-prod' },
  { repo: 'acme/events-ingestor', deployChance: 0.3, failChance: 0.05, incidents: 'github' },
  // No component claims this repository: it shows up in the admins' list of unmapped events.
  { repo: 'acme/legacy-billing', deployChance: 0.2, failChance: 0, incidents: 'github' },
];

/** Every delivery for the last `days` days before `now`: { source, headers, body }. */
export function demoDeliveries(now, days = 120) {
  const deliveries = [];
  const today = Math.floor(now / DAY);
  for (const service of DEMO_SERVICES) {
    const repository = { full_name: service.repo, default_branch: 'main', html_url: `https://github.com/${service.repo}` };
    let previousRevision;
    for (let day = today - days; day <= today; day++) {
      const rnd = random(hash(`${service.repo}/${day}`));
      if (rnd() > service.deployChance) continue;
      const deployAt = day * DAY + (9 + Math.floor(rnd() * 8)) * HOUR;
      if (deployAt > now) continue;
      const pushedAt = deployAt - Math.floor((0.5 + rnd() * 6) * HOUR);
      const commits = Array.from({ length: 1 + Math.floor(rnd() * 3) }, (_, i) => ({
        id: sha(service.repo, day, i),
        timestamp: iso(pushedAt - Math.floor(rnd() * 40 * HOUR)),
        url: `https://github.com/${service.repo}/commit/${sha(service.repo, day, i)}`,
      }));
      const revision = commits[commits.length - 1].id;
      deliveries.push({
        source: 'github',
        headers: { 'X-GitHub-Event': 'push', 'X-GitHub-Delivery': `demo-push-${service.repo}-${day}` },
        body: { ref: 'refs/heads/main', after: revision, repository: { ...repository, pushed_at: pushedAt / 1000 }, commits },
      });
      if (service.argoApp) {
        deliveries.push({
          source: 'argocd',
          body: {
            app: service.argoApp,
            revision,
            phase: 'Succeeded',
            finishedAt: iso(deployAt),
            url: `https://argocd.example.com/applications/${service.argoApp}`,
          },
        });
      } else {
        deliveries.push({
          source: 'github',
          headers: { 'X-GitHub-Event': 'deployment_status', 'X-GitHub-Delivery': `demo-deploy-${service.repo}-${day}` },
          body: {
            action: 'created',
            repository,
            deployment: { id: Math.abs(hash(`${service.repo}-${day}`)), sha: revision, environment: 'production', payload: {} },
            deployment_status: {
              state: 'success',
              environment: 'production',
              created_at: iso(deployAt),
              target_url: `https://github.com/${service.repo}/actions`,
            },
          },
        });
      }
      if (rnd() < service.failChance) {
        const openedAt = deployAt + Math.floor((0.2 + rnd() * 3) * HOUR);
        const resolvedAt = openedAt + Math.floor((0.3 + rnd() * 10) * HOUR);
        if (resolvedAt < now) {
          deliveries.push(...incident(service, day, openedAt, resolvedAt, repository));
          // Some failures are rolled back to the revision before.
          if (previousRevision && rnd() < 0.4) {
            deliveries.push({
              source: 'github',
              headers: { 'X-GitHub-Event': 'deployment_status', 'X-GitHub-Delivery': `demo-rollback-${service.repo}-${day}` },
              body: {
                action: 'created',
                repository,
                deployment: {
                  id: Math.abs(hash(`${service.repo}-${day}-rollback`)),
                  sha: previousRevision,
                  environment: 'production',
                  payload: { kind: 'rollback' },
                },
                deployment_status: { state: 'success', environment: 'production', created_at: iso(openedAt + 20 * 60 * 1000) },
              },
            });
          }
        }
      }
      previousRevision = revision;
    }
  }
  return deliveries;
}

function incident(service, day, openedAt, resolvedAt, repository) {
  if (service.incidents === 'pagerduty') {
    const data = {
      id: `DEMO${day}`,
      type: 'incident',
      title: `Payments errors (day ${day})`,
      created_at: iso(openedAt),
      service: { id: service.pagerDutyService },
      html_url: 'https://acme.pagerduty.com/incidents',
    };
    return [
      {
        source: 'pagerduty',
        body: { event: { id: `demo-pd-${day}-t`, event_type: 'incident.triggered', resource_type: 'incident', occurred_at: iso(openedAt), data } },
      },
      {
        source: 'pagerduty',
        body: { event: { id: `demo-pd-${day}-r`, event_type: 'incident.resolved', resource_type: 'incident', occurred_at: iso(resolvedAt), data } },
      },
    ];
  }
  const issue = (action, closedAt) => ({
    action,
    repository,
    issue: {
      number: day,
      title: `Production incident ${day}`,
      html_url: `https://github.com/${service.repo}/issues/${day}`,
      created_at: iso(openedAt),
      closed_at: closedAt ? iso(closedAt) : null,
      labels: [{ name: 'incident' }],
    },
  });
  return [
    { source: 'github', headers: { 'X-GitHub-Event': 'issues', 'X-GitHub-Delivery': `demo-issue-${service.repo}-${day}-o` }, body: issue('opened') },
    {
      source: 'github',
      headers: { 'X-GitHub-Event': 'issues', 'X-GitHub-Delivery': `demo-issue-${service.repo}-${day}-c` },
      body: issue('closed', resolvedAt),
    },
  ];
}

const sign = (secret, body) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/** Posts one delivery to a running backend the way its sender would sign it. */
export async function postDelivery(baseUrl, secrets, delivery) {
  const body = JSON.stringify(delivery.body);
  const headers = { 'Content-Type': 'application/json', ...delivery.headers };
  if (delivery.source === 'github') headers['X-Hub-Signature-256'] = sign(secrets.github, body);
  if (delivery.source === 'argocd') headers['X-DORA-Token'] = secrets.argocd;
  if (delivery.source === 'pagerduty') headers['X-PagerDuty-Signature'] = `v1=${sign(secrets.pagerduty, body).slice(7)}`;
  if (delivery.source === 'incident') headers['X-Signature-256'] = sign(secrets.incidents, body);
  const path = { github: 'github', argocd: 'argocd', pagerduty: 'pagerduty', incident: 'incidents' }[delivery.source];
  let response;
  // Past the open routes' rate limit the portal answers 429 with Retry-After: wait and send again,
  // as a sender that retries does.
  for (let attempt = 0; ; attempt++) {
    response = await fetch(`${baseUrl}/api/dora/webhooks/${path}`, { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) });
    if (response.status !== 429 || attempt === 3) break;
    await response.arrayBuffer();
    await new Promise(resolve => setTimeout(resolve, Number(response.headers.get('retry-after') ?? 1) * 1000));
  }
  if (response.status !== 202) {
    throw new Error(`${delivery.source} delivery refused with ${response.status}: ${await response.text()}`);
  }
}

/** The webhook secrets from the environment, as app-config.yaml reads them. */
export function secretsFromEnv(env = process.env) {
  return {
    github: env.DORA_GITHUB_WEBHOOK_SECRET,
    argocd: env.DORA_ARGOCD_TOKEN,
    incidents: env.DORA_INCIDENT_WEBHOOK_SECRET,
    pagerduty: env.DORA_PAGERDUTY_WEBHOOK_SECRET,
  };
}
