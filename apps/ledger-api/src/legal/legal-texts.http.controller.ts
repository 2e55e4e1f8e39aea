import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth';
import { LegalTextQueryDto } from './legal-text.query.dto';
import { LegalTextResponseDto } from './legal-text.response.dto';
import { LegalTexts, type LegalDocument } from './legal-texts';

const FILLED_IN_OR_TEMPLATE =
  'Without a token, for the pages every visitor must be able to reach. The text is the one the operator put in LEGAL_TEXTS_DIR; until then, the template (filledIn: false).';

/**
 * The accessibility statement and the privacy notice a public body must publish for the web application,
 * answered without a token like the health checks: every visitor must reach them, signed in or not.
 */
@ApiTags('Legal texts')
@ApiSecurity({})
@Public()
@Controller('legal')
export class LegalTextsHttpController {
  constructor(private readonly texts: LegalTexts) {}

  @Get('accessibility')
  @ApiOperation({
    summary: 'The accessibility statement (Erklärung zur Barrierefreiheit)',
    description: FILLED_IN_OR_TEMPLATE,
  })
  @ApiOkResponse({ type: LegalTextResponseDto })
  @ApiBadRequestResponse({ description: 'An unknown language' })
  accessibility(@Query() query: LegalTextQueryDto): Promise<LegalTextResponseDto> {
    return this.read('accessibility', query);
  }

  @Get('privacy')
  @ApiOperation({
    summary: 'The privacy notice (Datenschutzerklärung)',
    description: FILLED_IN_OR_TEMPLATE,
  })
  @ApiOkResponse({ type: LegalTextResponseDto })
  @ApiBadRequestResponse({ description: 'An unknown language' })
  privacy(@Query() query: LegalTextQueryDto): Promise<LegalTextResponseDto> {
    return this.read('privacy', query);
  }

  private read(document: LegalDocument, query: LegalTextQueryDto): Promise<LegalTextResponseDto> {
    return this.texts.read(document, query.lang ?? 'de');
  }
}
