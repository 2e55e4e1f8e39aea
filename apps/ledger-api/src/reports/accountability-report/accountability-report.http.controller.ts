import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Roles } from '../../auth';
import { FundPath } from '../../funds/request-fields/path-params';
import { positionOf } from '../shared/global-position';
import { AccountabilityReportQuery } from './accountability-report.query';
import { AccountabilityReportRequestDto } from './accountability-report.request.dto';

@ApiTags('Reports')
@Controller('funds/:fundId/reports')
export class AccountabilityReportHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('accountability')
  @Roles('council', 'auditor')
  @ApiOperation({
    summary: 'Accountability report of a fund for a period',
    description:
      'Money in by source and funder, public share against the cap month by month, applications by outcome, every jury decision with its tally, quorum and recusals, grants, payouts, open commitments, revocations and repayments, and the ledger digest and global position the report was computed from. JSON (canonical), CSV, HTML (self-contained, printable) or PDF, with German (default) or English labels. The same history always gives the same JSON, CSV and HTML bytes; `ledger-cli verify-report` checks a JSON report against an export of the log.\n\nRoles: council, auditor.',
  })
  @ApiProduces('application/json', 'text/csv', 'text/html', 'application/pdf')
  @ApiOkResponse({ description: 'The report file' })
  @ApiBadRequestResponse({ description: 'A malformed fund id, period, format, language or position' })
  @ApiUnauthorizedResponse({ description: 'No valid bearer token' })
  @ApiForbiddenResponse({ description: 'The token has neither the council nor the auditor role' })
  @ApiNotFoundResponse({ description: 'There is no such fund, or it was opened after the period' })
  async report(
    @Param() path: FundPath,
    @Query() query: AccountabilityReportRequestDto,
  ): Promise<StreamableFile> {
    const format = query.format ?? 'json';
    const rendered = await this.queryBus.execute(
      new AccountabilityReportQuery(
        path.fundId,
        query.from,
        query.to,
        format,
        query.lang ?? 'de',
        positionOf(query.position),
      ),
    );
    const disposition = format === 'pdf' || format === 'csv' ? 'attachment' : 'inline';
    return new StreamableFile(rendered.body, {
      type: rendered.mediaType,
      disposition: `${disposition}; filename="${rendered.fileName}"`,
      length: rendered.body.length,
    });
  }
}
