import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface HttpRequestObservation {
  readonly method: string;
  /** The route template (`/funds/:fundId/contributions`), never the raw URL, so labels stay few. */
  readonly route: string;
  readonly status: number;
  readonly durationSeconds: number;
}

export type ConflictOutcome = 'retried' | 'gave_up';

const LATENCY_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The service's Prometheus metrics, in a registry of its own (not prom-client's global one) so that
 * several service instances in one process, as in tests, never collide.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly httpRequests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from receiving a request to finishing its response, by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS_SECONDS,
    registers: [this.registry],
  });
  private readonly eventsAppended = new Counter({
    name: 'ledger_events_appended_total',
    help: 'Events appended to the event store, by event type',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });
  private readonly concurrencyConflicts = new Counter({
    name: 'ledger_concurrency_conflicts_total',
    help: 'Appends refused because the stream changed since it was read, by stream category and whether the command was retried or gave up',
    labelNames: ['stream_category', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly projectionLag = new Gauge({
    name: 'ledger_projection_lag_events',
    help: 'How far a projection is behind the head of the global log, in positions',
    labelNames: ['projection'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  recordHttpRequest(observation: HttpRequestObservation): void {
    const labels = {
      method: observation.method,
      route: observation.route,
      status: String(observation.status),
    };
    this.httpRequests.inc(labels);
    this.httpDuration.observe(labels, observation.durationSeconds);
  }

  countEventsAppended(events: readonly { readonly type: string }[]): void {
    for (const event of events) this.eventsAppended.inc({ type: event.type });
  }

  countConcurrencyConflict(streamId: string, outcome: ConflictOutcome): void {
    this.concurrencyConflicts.inc({ stream_category: streamCategoryOf(streamId), outcome });
  }

  /** For the projection runner: how many positions the projection still has to process. */
  setProjectionLag(projection: string, lagPositions: number): void {
    this.projectionLag.set({ projection }, lagPositions);
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  async render(): Promise<string> {
    return this.registry.metrics();
  }
}

/** `fund-city-2024` → `fund`: one label value per kind of stream, not per stream. */
function streamCategoryOf(streamId: string): string {
  const separator = streamId.indexOf('-');
  return separator > 0 ? streamId.slice(0, separator) : streamId;
}
