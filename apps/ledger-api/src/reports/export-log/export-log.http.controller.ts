import { Readable } from 'node:stream';
import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
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
import type { Response } from 'express';
import { Roles } from '../../auth';
import { FundPath } from '../../funds/request-fields/path-params';
import { positionOf } from '../shared/global-position';
import { ExportLogQuery, type ExportedLog } from './export-log.query';
import { ExportLogRequestDto } from './export-log.request.dto';

export const JSON_LINES_MEDIA_TYPE = 'application/x-ndjson; charset=utf-8';
/** The response header that says up to which global position an export reaches. */
export const EXPORT_POSITION_HEADER = 'Ledger-Export-Position';

const FORMAT_DESCRIPTION =
  'JSON Lines, one stored event per line in global position order, with stream, revision, position, type, data, metadata, prevHash and hash: exactly what `ledger-cli verify --input` and `ledger-cli verify-report` check (the rule is in docs/hash-chain.md).';

export function exportResponse(exported: ExportedLog, fileName: string, response: Response): StreamableFile {
  response.setHeader(EXPORT_POSITION_HEADER, String(exported.upTo));
  return new StreamableFile(Readable.from(exported.lines), {
    type: JSON_LINES_MEDIA_TYPE,
    disposition: `attachment; filename="${fileName}"`,
  });
}

@ApiTags('Reports')
@Controller('funds/:fundId/export')
export class FundExportHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @Roles('auditor')
  @ApiOperation({
    summary: "Export a fund's events with their hashes",
    description: `The fund's stream, streamed. ${FORMAT_DESCRIPTION} A fund's chain verifies on its own; checking a report's ledger digest needs the whole log (GET /ledger/export).\n\nRoles: auditor.`,
  })
  @ApiProduces('application/x-ndjson')
  @ApiOkResponse({ description: 'The events, one JSON object per line' })
  @ApiBadRequestResponse({ description: 'A malformed fund id, or a position beyond the head of the log' })
  @ApiUnauthorizedResponse({ description: 'No valid bearer token' })
  @ApiForbiddenResponse({ description: 'The token has no auditor role' })
  @ApiNotFoundResponse({ description: 'There is no such fund' })
  async export(
    @Param() path: FundPath,
    @Query() query: ExportLogRequestDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const exported = await this.queryBus.execute(
      new ExportLogQuery(path.fundId, positionOf(query.toPosition)),
    );
    return exportResponse(exported, `fund-${path.fundId}-to-${exported.upTo}.jsonl`, response);
  }
}

@ApiTags('Reports')
@Controller('ledger/export')
export class LedgerExportHttpController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @Roles('auditor')
  @ApiOperation({
    summary: 'Export the whole event log with its hashes',
    description: `Every stream, streamed. ${FORMAT_DESCRIPTION}\n\nRoles: auditor.`,
  })
  @ApiProduces('application/x-ndjson')
  @ApiOkResponse({ description: 'The events, one JSON object per line' })
  @ApiBadRequestResponse({ description: 'A position beyond the head of the log' })
  @ApiUnauthorizedResponse({ description: 'No valid bearer token' })
  @ApiForbiddenResponse({ description: 'The token has no auditor role' })
  async export(
    @Query() query: ExportLogRequestDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const exported = await this.queryBus.execute(new ExportLogQuery(null, positionOf(query.toPosition)));
    return exportResponse(exported, `ledger-to-${exported.upTo}.jsonl`, response);
  }
}
