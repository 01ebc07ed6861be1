import { Deployment, StatefulSet } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Service, ServiceAccount } from 'kubernetes-models/v1';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { esmModel } from './__testUtils__/esmModel';
import { Manifest, chartDir, helm, render } from './__testUtils__/helm';

/** The Kubernetes (1.27) schemas every rendered object must satisfy, by apiVersion and kind. */
const MODELS: Record<string, new (data: any) => { validate(): void }> = {
  'apps/v1/Deployment': Deployment,
  'apps/v1/StatefulSet': StatefulSet,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/Ingress': Ingress,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'v1/ConfigMap': ConfigMap,
  'v1/Service': Service,
  'v1/ServiceAccount': ServiceAccount,
  // v1: current External Secrets releases no longer serve v1beta1.
  'external-secrets.io/v1/ExternalSecret': esmModel('@kubernetes-models/external-secrets/external-secrets.io/v1', 'ExternalSecret'),
  'monitoring.coreos.com/v1/ServiceMonitor': esmModel('@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1', 'ServiceMonitor'),
};

const VALUE_SETS: [string, string[]][] = [
  ['the default values', []],
  ['the EKS example', ['examples/eks-values.yaml']],
  ['the trial example (PostgreSQL in the cluster)', ['examples/trial-values.yaml']],
];

const workloads = (manifests: Manifest[]) => manifests.filter(m => m.kind === 'Deployment' || m.kind === 'StatefulSet');

describe.each(VALUE_SETS)('the chart with %s', (_name, valueFiles) => {
  const manifests = render(valueFiles);

  it('passes helm lint', () => {
    const { status, stdout, stderr } = helm('lint', chartDir, ...valueFiles.flatMap(f => ['-f', `${chartDir}/${f}`]));
    expect(`${stdout}${stderr}`).toContain('1 chart(s) linted, 0 chart(s) failed');
    expect(status).toBe(0);
  });

  it('renders only objects that are valid against the Kubernetes schemas', () => {
    expect(manifests.length).toBeGreaterThan(5);
    for (const manifest of manifests) {
      const Model = MODELS[`${manifest.apiVersion}/${manifest.kind}`];
      expect(Model && `${manifest.apiVersion}/${manifest.kind}`).toBe(`${manifest.apiVersion}/${manifest.kind}`);
      expect(() => new Model(manifest).validate()).not.toThrow();
    }
    // The same check refuses a broken object.
    const deployment = manifests.find(m => m.kind === 'Deployment')!;
    const ExternalSecretV1 = MODELS['external-secrets.io/v1/ExternalSecret'];
    expect(() =>
      new ExternalSecretV1({
        apiVersion: 'external-secrets.io/v1',
        kind: 'ExternalSecret',
        metadata: { name: 'x' },
        spec: { target: { creationPolicy: 'Sometimes' } },
      }).validate(),
    ).toThrow(/creationPolicy/);
    expect(() => new Deployment({ ...deployment, spec: { ...deployment.spec, replicas: 'two' } } as any).validate()).toThrow(/replicas/);
  });

  it('pins every image, sets resources and probes, and runs nothing as root or writable', () => {
    for (const workload of workloads(manifests)) {
      const pod = workload.spec.template.spec;
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
      for (const container of pod.containers) {
        const where = `${workload.kind} ${workload.metadata.name} container ${container.name}`;
        expect([where, container.image]).not.toEqual([where, expect.stringMatching(/:latest$|^[^:]+$/)]);
        expect([where, container.resources]).toEqual([
          where,
          { requests: { cpu: expect.anything(), memory: expect.anything() }, limits: { memory: expect.anything() } },
        ]);
        // The portal container alone may make the user namespaces of the TechDocs sandbox.
        const seccomp = container.name === 'portal' ? { seccompProfile: { type: 'Unconfined' } } : {};
        expect([where, container.securityContext]).toEqual([
          where,
          { runAsNonRoot: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] }, ...seccomp },
        ]);
        expect([where, Boolean(container.readinessProbe && container.livenessProbe)]).toEqual([where, true]);
      }
    }
  });
});

describe('the portal deployment', () => {
  const manifests = render(['examples/eks-values.yaml']);
  const byKind = (kind: string) => manifests.find(m => m.kind === kind)!;
  const deployment = byKind('Deployment');
  const container = deployment.spec.template.spec.containers[0];

  it("probes Backstage's health endpoints and outlives the load balancer's deregistration delay", () => {
    expect(container.readinessProbe.httpGet.path).toBe('/.backstage/health/v1/readiness');
    expect(container.livenessProbe.httpGet.path).toBe('/.backstage/health/v1/liveness');
    const ingress = byKind('Ingress');
    expect(ingress.metadata.annotations).toMatchObject({
      'alb.ingress.kubernetes.io/target-type': 'ip',
      'alb.ingress.kubernetes.io/healthcheck-path': '/.backstage/health/v1/readiness',
      'alb.ingress.kubernetes.io/target-group-attributes': 'deregistration_delay.timeout_seconds=30',
      'alb.ingress.kubernetes.io/certificate-arn': expect.stringMatching(/^arn:aws:acm:/),
    });
    expect(ingress.spec.rules[0].host).toBe('portal.acme.example');
    // Keeps serving while the ALB drains, then has time to finish what is in flight.
    const overlay = parse(byKind('ConfigMap').data!['app-config.cluster.yaml']);
    expect(overlay.backend.lifecycle.serverShutdownDelay).toEqual({ seconds: 35 });
    expect(deployment.spec.template.spec.terminationGracePeriodSeconds).toBeGreaterThan(35);
    expect(overlay.aiAssistant.providers.map((p: { id: string }) => p.id)).toEqual(['in-cluster', 'bedrock']);
  });

  it('keeps idle connections open longer than the load balancer does, so no request meets a closed one (502)', () => {
    const ingress = byKind('Ingress');
    const attributes = String(ingress.metadata.annotations?.['alb.ingress.kubernetes.io/load-balancer-attributes'] ?? '');
    const idleSeconds = Number(/idle_timeout\.timeout_seconds=(\d+)/.exec(attributes)?.[1] ?? 60); // the ALB's default
    const production = parse(fs.readFileSync(path.resolve(__dirname, '../../../app-config.production.yaml'), 'utf8'));
    expect(production.backend.server.keepAliveTimeout).toBeGreaterThan(idleSeconds * 1000);
    expect(production.backend.server.headersTimeout).toBeGreaterThan(production.backend.server.keepAliveTimeout);
  });

  it('runs two replicas at least, spread, with a disruption budget and autoscaling', () => {
    expect(byKind('HorizontalPodAutoscaler').spec).toMatchObject({ minReplicas: 2, maxReplicas: 6 });
    expect(byKind('PodDisruptionBudget').spec.minAvailable).toBe(1);
    expect(deployment.spec.strategy.rollingUpdate).toEqual({ maxUnavailable: 0, maxSurge: 1 });
    expect(render([], ['autoscaling.enabled=false']).find(m => m.kind === 'Deployment')!.spec.replicas).toBe(2);
  });

  it('assumes its IAM role through IRSA and takes its secrets from External Secrets', () => {
    expect(byKind('ServiceAccount').metadata.annotations).toEqual({ 'eks.amazonaws.com/role-arn': 'arn:aws:iam::123456789012:role/developer-portal' });
    expect(byKind('ExternalSecret').spec).toMatchObject({ dataFrom: [{ extract: { key: 'developer-portal/production' } }], target: { name: 'portal-env' } });
    expect(container.envFrom).toEqual([{ secretRef: { name: 'portal-env' } }]);
    expect(container.env).toEqual(
      expect.arrayContaining([
        { name: 'PGSSLMODE', value: 'require' },
        { name: 'NODE_ENV', value: 'production' },
      ]),
    );
  });

  it('trusts the load balancer for client addresses, and limits the open routes per client', () => {
    const cluster = parse(byKind('ConfigMap').data!['app-config.cluster.yaml']);
    expect(cluster.backend.trustProxy).toBe(1);
    expect(cluster.portal.openRoutes.rateLimit).toEqual({ limit: 600, window: 'PT1M' });
  });

  it('admits traffic from the load balancer, and Prometheus to the metrics port only', () => {
    const policy = byKind('NetworkPolicy');
    expect(policy.spec.podSelector.matchLabels['app.kubernetes.io/component']).toBe('backend');
    // The HTTP port from the load balancer; the metrics port from Prometheus, and nothing else.
    expect(policy.spec.ingress).toEqual([
      { from: [{ ipBlock: { cidr: '10.20.0.0/16' } }], ports: [{ port: 7007, protocol: 'TCP' }] },
      { from: [{ namespaceSelector: {} }], ports: [{ port: 9464, protocol: 'TCP' }] },
    ]);
  });
});

describe('what users of the public Backstage chart expect', () => {
  const sets = [
    'imagePullSecrets[0].name=regcred',
    'extraAppConfig[0].filename=app-config.extra.yaml',
    'extraAppConfig[0].configMapRef=portal-extra',
    'extraEnv[0].name=DB_CA',
    'extraEnv[0].valueFrom.secretKeyRef.name=rds-ca',
    'extraEnv[0].valueFrom.secretKeyRef.key=bundle',
    'extraEnvFrom[0].configMapRef.name=portal-flags',
    'extraVolumes[0].name=rds-ca',
    'extraVolumes[0].secret.secretName=rds-ca',
    'extraVolumeMounts[0].name=rds-ca',
    'extraVolumeMounts[0].mountPath=/etc/rds',
    'podAnnotations.example\\.com/team=platform',
  ];
  const manifests = render([], sets);
  const deployment = manifests.find(m => m.kind === 'Deployment')!;
  const pod = deployment.spec.template.spec;
  const container = pod.containers[0];

  it('renders valid objects with every extra set', () => {
    for (const manifest of manifests) expect(() => new MODELS[`${manifest.apiVersion}/${manifest.kind}`](manifest).validate()).not.toThrow();
  });

  it('pulls from a private registry, and annotates the pods', () => {
    expect(pod.imagePullSecrets).toEqual([{ name: 'regcred' }]);
    expect(deployment.spec.template.metadata.annotations['example.com/team']).toBe('platform');
  });

  it('layers each extra app-config file after the chart overlay, mounted from its ConfigMap', () => {
    expect(container.args.slice(-4)).toEqual([
      '--config',
      '/app/config/app-config.cluster.yaml',
      '--config',
      '/app/config/extra/portal-extra/app-config.extra.yaml',
    ]);
    expect(container.volumeMounts).toEqual(
      expect.arrayContaining([{ name: 'extra-config-portal-extra', mountPath: '/app/config/extra/portal-extra', readOnly: true }]),
    );
    expect(pod.volumes).toEqual(expect.arrayContaining([{ name: 'extra-config-portal-extra', configMap: { name: 'portal-extra' } }]));
  });

  it("adds environment variables, their sources, volumes and mounts next to the chart's own", () => {
    expect(container.env).toEqual(
      expect.arrayContaining([
        { name: 'NODE_ENV', value: 'production' },
        { name: 'DB_CA', valueFrom: { secretKeyRef: { name: 'rds-ca', key: 'bundle' } } },
      ]),
    );
    expect(container.envFrom).toEqual([{ secretRef: { name: 'portal-env' } }, { configMapRef: { name: 'portal-flags' } }]);
    expect(pod.volumes).toEqual(expect.arrayContaining([{ name: 'rds-ca', secret: { secretName: 'rds-ca' } }, expect.objectContaining({ name: 'tmp' })]));
    expect(container.volumeMounts).toEqual(expect.arrayContaining([{ name: 'rds-ca', mountPath: '/etc/rds' }, expect.objectContaining({ name: 'tmp' })]));
  });
});

describe('TechDocs across replicas', () => {
  it('publishes to the bucket every replica reads, with the IAM role of the service account', () => {
    const cluster = parse(render().find(m => m.kind === 'ConfigMap' && m.metadata.name === 'portal-config')!.data!['app-config.cluster.yaml']);
    expect(cluster.techdocs.publisher).toEqual({ type: 'awsS3', awsS3: { bucketName: 'acme-portal-techdocs', region: 'eu-west-1' } });
  });

  it("keeps docs in the pod's own folder only for a single replica", () => {
    const trial = render(['examples/trial-values.yaml'], ['techdocs.publisher.type=local']);
    const cluster = parse(trial.find(m => m.kind === 'ConfigMap' && m.metadata.name === 'portal-config')!.data!['app-config.cluster.yaml']);
    expect(cluster.techdocs.publisher).toEqual({ type: 'local', local: { publishDirectory: '/tmp/techdocs' } });
  });
});

describe('the metrics endpoint', () => {
  const byDefault = render();
  const deployment = byDefault.find(m => m.kind === 'Deployment')!;
  const container = deployment.spec.template.spec.containers[0];
  const service = byDefault.find(m => m.kind === 'Service' && m.metadata.name === 'portal')!;

  it('is on by default on a port of its own, which the Service names and the Ingress never routes', () => {
    expect(container.args.slice(0, 4)).toEqual(['node', '--require', './instrumentation.js', 'packages/backend']);
    expect(container.ports).toEqual(expect.arrayContaining([{ name: 'metrics', containerPort: 9464, protocol: 'TCP' }]));
    expect(container.env).toEqual(
      expect.arrayContaining([
        { name: 'OTEL_EXPORTER_PROMETHEUS_HOST', value: '0.0.0.0' },
        { name: 'OTEL_EXPORTER_PROMETHEUS_PORT', value: '9464' },
      ]),
    );
    expect(service.spec.ports).toEqual(expect.arrayContaining([{ name: 'metrics', port: 9464, targetPort: 'metrics', protocol: 'TCP' }]));
    const ingress = byDefault.find(m => m.kind === 'Ingress')!;
    expect(JSON.stringify(ingress.spec)).not.toContain('metrics');
    const policy = byDefault.find(m => m.kind === 'NetworkPolicy' && m.metadata.name === 'portal')!;
    expect(policy.spec.ingress).toEqual(expect.arrayContaining([{ from: [{ namespaceSelector: {} }], ports: [{ port: 9464, protocol: 'TCP' }] }]));
    expect(byDefault.filter(m => m.kind === 'ServiceMonitor' || m.metadata.name.endsWith('-dashboard'))).toEqual([]);
  });

  it("offers a ServiceMonitor for the portal's Service alone, and the dashboard for Grafana's sidecar", () => {
    const manifests = render(
      ['examples/trial-values.yaml'],
      [
        'metrics.serviceMonitor.enabled=true',
        'metrics.serviceMonitor.labels.release=kube-prometheus-stack',
        'metrics.grafanaDashboard.enabled=true',
        'metrics.otlpEndpoint=http://otel-collector.observability:4318',
      ],
    );
    for (const manifest of manifests) expect(() => new MODELS[`${manifest.apiVersion}/${manifest.kind}`](manifest).validate()).not.toThrow();
    const monitor = manifests.find(m => m.kind === 'ServiceMonitor')!;
    expect(monitor.metadata.labels).toMatchObject({ release: 'kube-prometheus-stack' });
    const selected = manifests.filter(
      m => m.kind === 'Service' && Object.entries(monitor.spec.selector.matchLabels).every(([k, v]) => m.metadata.labels?.[k] === v),
    );
    // The trial's in-cluster PostgreSQL has a Service of the same release; it is not scraped.
    expect(selected.map(m => m.metadata.name)).toEqual(['portal']);
    expect(monitor.spec.endpoints).toEqual([{ port: 'metrics', path: '/metrics', interval: '30s' }]);
    const dashboard = manifests.find(m => m.kind === 'ConfigMap' && m.metadata.name === 'portal-dashboard')!;
    expect(dashboard.metadata.labels).toMatchObject({ grafana_dashboard: '1' });
    expect(JSON.parse(dashboard.data!['portal.json']).title).toBe('Developer portal');
    const env = manifests.find(m => m.kind === 'Deployment')!.spec.template.spec.containers[0].env;
    expect(env).toEqual(expect.arrayContaining([{ name: 'OTEL_EXPORTER_OTLP_ENDPOINT', value: 'http://otel-collector.observability:4318' }]));
  });

  it("charts every series of the portal's own that docs/operations/metrics.md defines, and no other", () => {
    const dashboard = fs.readFileSync(path.join(chartDir, 'dashboards/portal.json'), 'utf8');
    const docs = fs.readFileSync(path.join(chartDir, '../../docs/operations/metrics.md'), 'utf8');
    const names = (text: string) => [...new Set([...text.matchAll(/\bportal_[a-z_]+/g)].map(m => m[0]))].sort();
    expect(names(dashboard).length).toBeGreaterThanOrEqual(5);
    expect(names(dashboard)).toEqual(names(docs));
  });
});

describe('wrong values', () => {
  it.each([
    ['a latest tag', ['image.tag=latest'], /image\.tag: Must not validate the schema \(not\)/],
    ['a base URL without scheme', ['baseUrl=portal.acme.example'], /baseUrl: Does not match pattern/],
    ['no database host for an external PostgreSQL', ['database.host='], /database\.host: String length must be greater than or equal to 1/],
    ['no Secret and no External Secrets', ['secrets.existingSecret='], /secrets\.existingSecret: String length must be greater than or equal to 1/],
    ['a misspelt value', ['replicas=3'], /Additional property replicas is not allowed/],
    [
      'a grace period shorter than the deregistration delay',
      ['terminationGracePeriodSeconds=30'],
      /terminationGracePeriodSeconds \(30\) must be more than ingress\.deregistrationDelaySeconds \(30\) \+ 10/,
    ],
    ['an IAM role that is not an ARN', ['serviceAccount.roleArn=developer-portal'], /serviceAccount\.roleArn: Does not match pattern/],
    ['a rate limit of nothing', ['openRoutes.rateLimit.limit=0'], /openRoutes\.rateLimit\.limit: Must be greater than or equal to 1/],
    [
      'an extra app-config that is not a YAML file',
      ['extraAppConfig[0].filename=../etc/passwd', 'extraAppConfig[0].configMapRef=x'],
      /extraAppConfig\.0\.filename: Does not match pattern/,
    ],
    ['a pull secret without a name', ['imagePullSecrets[0].nam=regcred'], /imagePullSecrets\.0: name is required/],
    [
      'TechDocs in each pod with more than one replica',
      ['techdocs.publisher.type=local'],
      /techdocs\.publisher\.type local keeps built docs in each pod's own \/tmp, and 6 replicas would each serve only what they built/,
    ],
    ['an S3 bucket name S3 refuses', ['techdocs.publisher.awsS3.bucketName=Portal_Docs'], /techdocs\.publisher\.awsS3\.bucketName: Does not match pattern/],
    ['a metrics port on the HTTP port', ['metrics.port=7007'], /metrics\.port: Must not validate the schema/],
  ])('fail at install with a message naming the value: %s', (_name, sets, message) => {
    expect(() => render([], sets)).toThrow(message);
  });
});
