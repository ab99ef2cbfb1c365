import { Injectable } from '@nestjs/common';
import { UnauthenticatedError } from '@lexgap/platform';
import { ApiKeyService } from './api-key.service';
import { CredentialThrottle } from './credential-throttle';
import { Principal } from './permissions';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Turns the Authorization header into a Principal. A missing header is an anonymous caller; a
 * header that does not name a valid key is refused outright (slowly), never downgraded to anonymous.
 */
@Injectable()
export class Authenticator {
  constructor(
    private readonly keys: ApiKeyService,
    private readonly throttle: CredentialThrottle,
  ) {}

  async authenticate(authorization: string | undefined, address = 'unknown'): Promise<Principal | undefined> {
    if (authorization === undefined || authorization.trim() === '') return undefined;
    const match = BEARER.exec(authorization);
    const principal = match ? await this.keys.authenticate(match[1]) : undefined;
    if (principal) return principal;
    await this.throttle.failed(address);
    throw new UnauthenticatedError(match ? 'The API key is not valid (unknown, revoked or expired)' : 'The Authorization header must read "Bearer <api key>"');
  }
}
