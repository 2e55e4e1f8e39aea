import { Query } from '@nestjs/cqrs';
import type { SealStatusResponseDto } from './seal-status.response.dto';

/** The state of the log's seals, for auditors: the last seal, what follows it, seals still without a token. */
export class SealStatusQuery extends Query<SealStatusResponseDto> {}
