import { Controller, Get, Inject, Param, Res, StreamableFile } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Settings } from '@fund-ledger/config';
import { Public } from '../auth';
import { ProblemException } from '../common/problems/problem.exception';
import { SETTINGS } from '../config/settings.module';
import { webAppPolicy } from './content-security-policy';
import { WEB_APP_FILES } from './web-app.tokens';
import type { WebAppFile, WebAppFiles } from './web-app-files';

/**
 * The paths of the web application's own pages: they all answer its `index.html`, and the application
 * shows what the path names. Listed one by one, so that no page can ever hide a route of the API.
 */
export const WEB_APP_PAGES = [
  '/',
  'sign-in',
  'sign-in/callback',
  'funds/:fundId/treasury{/*rest}',
  'funds/:fundId/council{/*rest}',
  'funds/:fundId/audit{/*rest}',
  'funds/:fundId/jury{/*rest}',
  'funds/:fundId/management{/*rest}',
  'accessibility',
  'privacy',
];

/** The page the sign-in library loads in a hidden frame of the application to renew the token silently. */
export const SILENT_RENEWAL_PAGE = 'sign-in/renewal';

/** Hashed file names never change content: a browser may keep them for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the web application on the service's own origin: its pages and its assets, without a token
 * (the pages hold no data; the data comes from the API with the signed-in person's token). The service's
 * security headers apply; pages replace the CSP with the web application's (the identity provider
 * added) and may be revalidated, assets with hashed names may be cached. Headers are set through
 * Nest's HTTP adapter, so this works on whichever adapter the service runs.
 */
@ApiExcludeController()
@Controller()
@Public()
export class WebAppHttpController {
  private readonly pagePolicy: string;
  private readonly renewalPolicy: string;

  constructor(
    @Inject(WEB_APP_FILES) private readonly files: WebAppFiles,
    @Inject(SETTINGS) settings: Settings,
    private readonly adapterHost: HttpAdapterHost,
  ) {
    this.pagePolicy = webAppPolicy(settings);
    this.renewalPolicy = webAppPolicy(settings, 'self');
  }

  @Get(WEB_APP_PAGES)
  page(@Res({ passthrough: true }) response: unknown): StreamableFile {
    return this.index(response, this.pagePolicy, 'DENY');
  }

  @Get(SILENT_RENEWAL_PAGE)
  renewalPage(@Res({ passthrough: true }) response: unknown): StreamableFile {
    return this.index(response, this.renewalPolicy, 'SAMEORIGIN');
  }

  private index(response: unknown, policy: string, frameOptions: 'DENY' | 'SAMEORIGIN'): StreamableFile {
    const index = this.files.file('index.html');
    if (index === undefined) {
      throw ProblemException.of('unavailable', {
        detail: `The web application is not built (no index.html in ${this.files.folder}); run npm run build`,
      });
    }
    this.setHeaders(response, {
      'Cache-Control': 'no-cache',
      'Content-Security-Policy': policy,
      'X-Frame-Options': frameOptions,
    });
    return fileResponse(index);
  }

  @Get('assets/:name')
  asset(@Param('name') name: string, @Res({ passthrough: true }) response: unknown): StreamableFile {
    const file = this.files.file(`assets/${name}`);
    if (file === undefined) {
      throw ProblemException.of('notFound', { detail: `The web application has no file assets/${name}` });
    }
    this.setHeaders(response, { 'Cache-Control': IMMUTABLE });
    return fileResponse(file);
  }

  private setHeaders(response: unknown, headers: Readonly<Record<string, string>>): void {
    for (const [name, value] of Object.entries(headers)) {
      this.adapterHost.httpAdapter.setHeader(response, name, value);
    }
  }
}

function fileResponse(file: WebAppFile): StreamableFile {
  return new StreamableFile(file.body, { type: file.mediaType, length: file.body.length });
}
