import { createServiceFactory } from '@backstage/backend-plugin-api';
import { MetricsService, metricsServiceRef } from '@backstage/backend-plugin-api/alpha';
import { Attributes } from '@opentelemetry/api';
import { DataPointType, MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics';

/** Collects on demand, as Prometheus does when it scrapes. */
class ScrapingReader extends MetricReader {
  protected async onForceFlush() {}
  protected async onShutdown() {}
}

const matches = (point: Attributes, wanted: Attributes) => Object.entries(wanted).every(([k, v]) => point[k] === v);

/**
 * A plugin's metrics on the OpenTelemetry SDK itself (the one the backend's instrumentation
 * starts), read back as a scrape would: `factory` for `startTestBackend`, `service` for code
 * that takes a MetricsService, `value` for the sum of a metric's points with these attributes.
 */
export function recordedMetrics() {
  const reader = new ScrapingReader();
  const provider = new MeterProvider({ readers: [reader] });
  const meter = provider.getMeter('backstage-plugin-under-test');
  const service: MetricsService = {
    createCounter: (name, opts) => meter.createCounter(name, opts),
    createUpDownCounter: (name, opts) => meter.createUpDownCounter(name, opts),
    createHistogram: (name, opts) => meter.createHistogram(name, opts),
    createGauge: (name, opts) => meter.createGauge(name, opts),
    createObservableCounter: (name, opts) => meter.createObservableCounter(name, opts),
    createObservableUpDownCounter: (name, opts) => meter.createObservableUpDownCounter(name, opts),
    createObservableGauge: (name, opts) => meter.createObservableGauge(name, opts),
  };
  return {
    service,
    factory: createServiceFactory({ service: metricsServiceRef, deps: {}, factory: () => service }),
    /** The metric's points with these attributes, summed; undefined when it has none. */
    async value(name: string, attributes: Attributes = {}): Promise<number | undefined> {
      const { resourceMetrics } = await reader.collect();
      const points = resourceMetrics.scopeMetrics
        .flatMap(scope => scope.metrics)
        .filter(metric => metric.descriptor.name === name)
        .flatMap(metric =>
          metric.dataPointType === DataPointType.HISTOGRAM || metric.dataPointType === DataPointType.EXPONENTIAL_HISTOGRAM
            ? metric.dataPoints.map(p => ({ attributes: p.attributes, value: p.value.count }))
            : metric.dataPoints.map(p => ({ attributes: p.attributes, value: p.value as number })),
        )
        .filter(point => matches(point.attributes, attributes));
      return points.length === 0 ? undefined : points.reduce((sum, p) => sum + p.value, 0);
    },
  };
}
