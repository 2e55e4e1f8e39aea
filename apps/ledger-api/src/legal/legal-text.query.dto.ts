import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { LEGAL_LANGUAGES, type LegalLanguage } from './legal-texts';

export class LegalTextQueryDto {
  @ApiPropertyOptional({
    description: 'Language of the text; German is binding, and is answered when no English text exists',
    enum: LEGAL_LANGUAGES,
    default: 'de',
    example: 'de',
  })
  @IsOptional()
  @IsIn(LEGAL_LANGUAGES, { message: `lang must be one of ${LEGAL_LANGUAGES.join(', ')}` })
  lang?: LegalLanguage;
}
