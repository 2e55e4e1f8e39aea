import { Module } from '@nestjs/common';
import type { Settings } from '@fund-ledger/config';
import { SETTINGS } from '../config/settings.module';
import { WebAppHttpController } from './web-app.http.controller';
import { WEB_APP_FILES } from './web-app.tokens';
import { WebAppFiles } from './web-app-files';

/** The web application, served at `/` from the folder WEB_APP_PATH names (`npm run build` fills it). */
@Module({
  controllers: [WebAppHttpController],
  providers: [
    {
      provide: WEB_APP_FILES,
      inject: [SETTINGS],
      useFactory: (settings: Settings) => WebAppFiles.load(settings.webAppPath),
    },
  ],
})
export class WebAppModule {}
