import { ApplicationDetailsDto } from '../../shared/application-details.dto';

/** The body of the request: the complete amended plan. */
export class AmendApplicationRequestDto extends ApplicationDetailsDto {}
