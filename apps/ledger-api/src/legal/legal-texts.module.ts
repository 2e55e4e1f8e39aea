import { Inject, Module, type OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import type { Settings } from '@fund-ledger/config';
import { SETTINGS } from '../config/settings.module';
import { ROOT_LOGGER } from '../observability/observability.module';
import { LegalTextsHttpController } from './legal-texts.http.controller';
import {
  assertLegalTextsDirectory,
  LEGAL_DOCUMENTS,
  LegalTexts,
  shippedTemplatesDirectory,
} from './legal-texts';

/**
 * Serves the city's accessibility statement and privacy notice (`/legal/...`). A `LEGAL_TEXTS_DIR` that
 * names no directory stops start-up; texts not yet filled in are served as templates, and said so in the
 * log when the service runs in production.
 */
@Module({
  controllers: [LegalTextsHttpController],
  providers: [
    {
      provide: LegalTexts,
      inject: [SETTINGS],
      useFactory: (settings: Settings) => {
        assertLegalTextsDirectory(settings.legalTextsDirectory);
        return new LegalTexts(shippedTemplatesDirectory(), settings.legalTextsDirectory);
      },
    },
  ],
})
export class LegalTextsModule implements OnApplicationBootstrap {
  constructor(
    private readonly texts: LegalTexts,
    @Inject(SETTINGS) private readonly settings: Settings,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.settings.nodeEnv !== 'production') return;
    for (const document of LEGAL_DOCUMENTS) {
      const text = await this.texts.read(document, 'de');
      if (!text.filledIn || text.placeholders.length > 0) {
        this.logger.warn(
          { document, filledIn: text.filledIn, placeholders: text.placeholders },
          `The ${document} text is not filled in yet: put the city's own text into LEGAL_TEXTS_DIR (see docs/legal)`,
        );
      }
    }
  }
}
