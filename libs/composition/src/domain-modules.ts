import { Type } from '@nestjs/common';

/**
 * The domain modules of lexgap, in the order they build on each other. Both the API and the CLI
 * import exactly these, so a service behaves the same whichever entry point calls it.
 */
export const DOMAIN_MODULES: Type[] = [];
