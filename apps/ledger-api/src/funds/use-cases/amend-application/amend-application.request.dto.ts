import { ApplicationDetailsDto } from '../../request-fields/application-details.request.dto';

/** The body of the request: the complete amended plan. */
export class AmendApplicationRequestDto extends ApplicationDetailsDto {}
