import { createHash, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, UnauthenticatedException } from '@lexgap/platform';
import { Principal, Role } from './permissions';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * Turns the Authorization header into a Principal. A missing header is an anonymous caller; a
 * header that does not name a valid key is refused outright, never downgraded to anonymous.
 */
@Injectable()
export class Authenticator {
  private readonly adminKeyDigest?: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.adminKeyDigest = config.adminApiKey ? digest(config.adminApiKey) : undefined;
  }

  async authenticate(authorization: string | undefined): Promise<Principal | undefined> {
    if (authorization === undefined || authorization.trim() === '') return undefined;
    const match = BEARER.exec(authorization);
    if (!match) throw new UnauthenticatedException('The Authorization header must read "Bearer <api key>"');
    // Digests have equal length, so the comparison takes the same time whatever the key.
    if (this.adminKeyDigest && timingSafeEqual(digest(match[1]), this.adminKeyDigest)) {
      return { id: 'env:LEXGAP_ADMIN_API_KEY', name: 'administrator (LEXGAP_ADMIN_API_KEY)', role: Role.ADMIN };
    }
    throw new UnauthenticatedException('The API key is not valid (unknown, revoked or expired)');
  }
}
