// OpenTelemetry for the backend, loaded with `node --require` before anything else, so the
// auto-instrumentation can wrap http, express and pg as they are first required (the image's CMD
// and the production shape do this). Configured by OpenTelemetry's environment variables:
//   OTEL_EXPORTER_PROMETHEUS_HOST / _PORT   the Prometheus endpoint (default localhost:9464/metrics;
//                                           the chart sets 0.0.0.0 so Prometheus reaches the pod)
//   OTEL_EXPORTER_OTLP_ENDPOINT             traces to an OTLP collector (none when unset)
//   OTEL_SDK_DISABLED=true                  nothing at all
// docs/operations/metrics.md lists the portal's own series.
const { isMainThread } = require('node:worker_threads');

// Worker threads (the scaffolder's, for one) load this file too; one SDK per process is enough.
if (isMainThread && process.env.OTEL_SDK_DISABLED !== 'true') {
  // Traces and logs leave only when a collector is named; without one the SDK would retry
  // localhost:4318 and log every failure.
  process.env.OTEL_TRACES_EXPORTER ??= process.env.OTEL_EXPORTER_OTLP_ENDPOINT ? 'otlp' : 'none';
  process.env.OTEL_LOGS_EXPORTER ??= 'none';
  process.env.OTEL_SERVICE_NAME ??= 'developer-portal';

  const { NodeSDK } = require('@opentelemetry/sdk-node');
  const { getNodeAutoInstrumentations } = require('@opentelemetry/auto-instrumentations-node');
  const { PrometheusExporter } = require('@opentelemetry/exporter-prometheus');

  const sdk = new NodeSDK({
    // The exporter does not read its variables itself.
    metricReaders: [
      new PrometheusExporter({
        host: process.env.OTEL_EXPORTER_PROMETHEUS_HOST || undefined,
        port: Number(process.env.OTEL_EXPORTER_PROMETHEUS_PORT) || undefined,
      }),
    ],
    instrumentations: [
      getNodeAutoInstrumentations({
        // A span per file read or name lookup is noise at the portal's volume, and costs.
        '@opentelemetry/instrumentation-fs': { enabled: false },
        '@opentelemetry/instrumentation-dns': { enabled: false },
        '@opentelemetry/instrumentation-net': { enabled: false },
      }),
    ],
  });
  // Nothing to flush at exit for Prometheus, which pulls; the backend owns SIGTERM and drains.
  sdk.start();
}
