import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsEntityId } from '../../../common/validation';
import { ApplicationDetailsDto } from '../../request-fields/application-details.request.dto';

/** The body of the request: submit an application. */
export class SubmitApplicationRequestDto extends ApplicationDetailsDto {
  @ApiPropertyOptional({
    description:
      'Id of the new application; left out, the service uses the command id derived from the Idempotency-Key',
    example: 'pianos-in-public-space',
    maxLength: 64,
  })
  @IsOptional()
  @IsEntityId()
  applicationId?: string;
}
