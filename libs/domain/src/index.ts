export const DOMAIN_PLACEHOLDER = 1;
