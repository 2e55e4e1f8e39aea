import { TEXT_LENGTH_MAX } from '@fund-ledger/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsMultiLineText } from '../../request-fields/request-fields';

/** The body of the request: declare an application ineligible. */
export class DeclareApplicationIneligibleRequestDto {
  @ApiProperty({
    description: 'Why the application is not eligible',
    example: 'The project would raise the profits of a single company.',
    maxLength: TEXT_LENGTH_MAX.reason,
  })
  @IsMultiLineText(TEXT_LENGTH_MAX.reason)
  reason!: string;
}
