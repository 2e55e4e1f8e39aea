import { ApiProperty } from '@nestjs/swagger';
import { IsMultiLineText, TEXT_LENGTH_MAX } from '../../shared/request-fields';

/** The body of the request: close a fund. */
export class CloseFundRequestDto {
  @ApiProperty({
    description: 'Why the fund is closed',
    example: 'The funding programme ended on 31 December 2027.',
    maxLength: TEXT_LENGTH_MAX.reason,
  })
  @IsMultiLineText(TEXT_LENGTH_MAX.reason)
  reason!: string;
}
