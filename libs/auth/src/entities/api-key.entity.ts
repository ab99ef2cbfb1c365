import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';
import { Role } from '../permissions';

/**
 * An API key. Only a slow hash (scrypt) of its secret is stored; the secret is shown once, at
 * creation. Keys are revoked, never deleted, so the audit trail's actor ids always resolve.
 */
@Entity('api_key')
/** At most one live bootstrap key (ApiKeyService.ensureBootstrapKey revokes the old one): two instances starting at once cannot both add one. */
@Index('uq_api_key_live_bootstrap', ['kind'], { unique: true, where: `"kind" = 'bootstrap' AND "revoked_at" IS NULL` })
export class ApiKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** Who or what holds the key ("Ana Pérez, reviewer", "import script"). */
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 10 })
  role: Role;

  /** `generated` keys embed their id; the `bootstrap` key comes from LEXGAP_ADMIN_API_KEY. */
  @Column({ type: 'varchar', length: 10 })
  kind: 'generated' | 'bootstrap';

  /** scrypt$N$r$p$salt$hash, all base64url. */
  @Column({ type: 'varchar', length: 300 })
  secretHash: string;

  @Column({ type: Date, nullable: true })
  expiresAt: Date | null;

  @Column({ type: Date, nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 100 })
  createdBy: string;

  @VersionColumn()
  version: number;

  @Column()
  createdAt: Date;

  @Column()
  updatedAt: Date;
}
