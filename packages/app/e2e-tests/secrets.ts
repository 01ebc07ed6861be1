/**
 * Secrets the e2e backend and the stand-ins of Argo CD and Datadog are started with, so tests can
 * sign deliveries like senders do.
 */
export const E2E_SECRETS = {
  DORA_GITHUB_WEBHOOK_SECRET: 'e2e-github-webhook-secret',
  DORA_ARGOCD_TOKEN: 'e2e-argocd-token',
  DORA_INCIDENT_WEBHOOK_SECRET: 'e2e-incident-webhook-secret',
  DORA_PAGERDUTY_WEBHOOK_SECRET: 'e2e-pagerduty-webhook-secret',
  ARGOCD_TOKEN: 'e2e-argocd-token',
  DATADOG_API_KEY: 'e2e-datadog-api-key',
  DATADOG_APP_KEY: 'e2e-datadog-app-key',
  N8N_WEBHOOK_TOKEN: 'e2e-n8n-webhook-token',
  N8N_CALLBACK_SECRET: 'e2e-n8n-callback-secret',
  FAKE_OIDC_CLIENT_SECRET: 'e2e-oidc-client-secret',
};
