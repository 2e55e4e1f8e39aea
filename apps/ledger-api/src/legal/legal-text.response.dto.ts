import { ApiProperty } from '@nestjs/swagger';
import { LEGAL_DOCUMENTS, LEGAL_LANGUAGES, type LegalDocument, type LegalLanguage } from './legal-texts';

export class LegalTextResponseDto {
  @ApiProperty({ enum: LEGAL_DOCUMENTS, example: 'accessibility' })
  document!: LegalDocument;

  @ApiProperty({
    description: 'The language of the text: German unless an English one was asked for and exists',
    enum: LEGAL_LANGUAGES,
    example: 'de',
  })
  language!: LegalLanguage;

  @ApiProperty({
    description:
      "False while the operator has not put the city's own text in place (LEGAL_TEXTS_DIR): the answer is then the template, which must not be published as it stands",
    example: true,
  })
  filledIn!: boolean;

  @ApiProperty({ description: "The text's first heading", example: 'Erklärung zur Barrierefreiheit' })
  title!: string;

  @ApiProperty({
    description:
      'The whole text as HTML, starting with its title as <h1>. Safe to insert as it is: HTML written into the text is escaped, and no links to javascript:, vbscript:, file: or data: addresses are made. Placeholders still to be filled in are wrapped in <mark class="placeholder">.',
    example: '<h1>Erklärung zur Barrierefreiheit</h1>\n<p>Die Stadt Dortmund ist bemüht, …</p>\n',
  })
  html!: string;

  @ApiProperty({
    description: 'Placeholders such as {{Name der Stadt}} still in the text; empty once it is complete',
    type: [String],
    example: [],
  })
  placeholders!: readonly string[];
}
