/** Webhook secrets the e2e backend is started with, so tests can sign deliveries like senders do. */
export const E2E_DORA_SECRETS = {
  DORA_GITHUB_WEBHOOK_SECRET: 'e2e-github-webhook-secret',
  DORA_ARGOCD_TOKEN: 'e2e-argocd-token',
  DORA_INCIDENT_WEBHOOK_SECRET: 'e2e-incident-webhook-secret',
  DORA_PAGERDUTY_WEBHOOK_SECRET: 'e2e-pagerduty-webhook-secret',
};
