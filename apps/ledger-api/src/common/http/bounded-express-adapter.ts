import { createServer } from 'node:http';
import { ExpressAdapter } from '@nestjs/platform-express';

export interface HttpTimeouts {
  /** A client must have sent all headers within this time, or its connection is closed (408). */
  readonly headersTimeoutMs: number;
  /** A client must have sent the whole request within this time. */
  readonly requestTimeoutMs: number;
}

/** How often Node looks for connections past their time-outs; its default of 30 s would let them run late. */
const CONNECTIONS_CHECKING_INTERVAL_MS = 1_000;

/**
 * The Express adapter with an HTTP server whose time-outs are the service's settings rather than
 * Node's defaults (five minutes for a request), so a client that sends its headers or body slowly,
 * or never, holds a connection for seconds, not minutes.
 */
export class BoundedExpressAdapter extends ExpressAdapter {
  constructor(private readonly timeouts: HttpTimeouts) {
    super();
  }

  override initHttpServer(): void {
    this.httpServer = createServer(
      {
        headersTimeout: this.timeouts.headersTimeoutMs,
        requestTimeout: this.timeouts.requestTimeoutMs,
        connectionsCheckingInterval: CONNECTIONS_CHECKING_INTERVAL_MS,
      },
      this.getInstance(),
    );
  }
}
