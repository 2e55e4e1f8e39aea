/**
 * Prints the service's OpenAPI document on stdout, built from its routes without opening any store
 * for real use (a temporary SQLite file). `npm run generate:api` turns it into the web application's
 * API types.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../create-app';
import { buildOpenApiDocument } from './openapi';

async function main(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'ledger-openapi-'));
  try {
    const env = { NODE_ENV: 'test', LOG_LEVEL: 'silent', SQLITE_PATH: join(directory, 'ledger.sqlite') };
    const app = await createApp({ env });
    await app.init();
    process.stdout.write(`${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`);
    await app.close();
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

void main();
