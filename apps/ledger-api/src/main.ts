import type { Logger } from 'pino';
import { assertSealingConfigured, describeSettings, loadSettings, type Settings } from '@fund-ledger/config';
import { createApp } from './create-app';
import { ROOT_LOGGER } from './observability/observability.module';

/** Settings are checked before Nest starts, so a bad value ends start-up with one clear line. */
function settingsOrExit(): Settings {
  try {
    const settings = loadSettings(process.env);
    assertSealingConfigured(settings);
    return settings;
  } catch (error) {
    process.stderr.write(`fund-ledger cannot start: ${messageOf(error)}\n`);
    process.exit(1);
  }
}

async function bootstrap(): Promise<void> {
  const settings = settingsOrExit();
  const app = await createApp();
  await app.listen(settings.port, settings.host);
  const url = await app.getUrl();
  app
    .get<Logger>(ROOT_LOGGER)
    .info(
      { settings: describeSettings(settings) },
      `fund-ledger listening on ${url} (OpenAPI at ${url}/docs)`,
    );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`fund-ledger could not start: ${messageOf(error)}\n`);
  process.exit(1);
});
