/** What a caller may do. Each resolver operation declares exactly one with @Allow. */
export enum Permission {
  /** Published data: anyone, signed in or not. */
  READ_PUBLISHED = 'READ_PUBLISHED',
  /** Drafts and other unpublished work. */
  READ_DRAFTS = 'READ_DRAFTS',
  /** Jurisdictions, instruments, provisions, legal facts and treaty actions. */
  EDIT_LEGISLATION = 'EDIT_LEGISLATION',
  /** Draft and submit expert assessments. */
  ASSESS = 'ASSESS',
  /** Approve or return other experts' assessments. */
  REVIEW = 'REVIEW',
  /** API keys and rubrics. */
  ADMINISTER = 'ADMINISTER',
}

export enum Role {
  ADMIN = 'ADMIN',
  EDITOR = 'EDITOR',
  REVIEWER = 'REVIEWER',
  VIEWER = 'VIEWER',
}

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  [Role.ADMIN]: Object.values(Permission),
  [Role.EDITOR]: [Permission.READ_PUBLISHED, Permission.READ_DRAFTS, Permission.EDIT_LEGISLATION, Permission.ASSESS],
  [Role.REVIEWER]: [Permission.READ_PUBLISHED, Permission.READ_DRAFTS, Permission.ASSESS, Permission.REVIEW],
  [Role.VIEWER]: [Permission.READ_PUBLISHED, Permission.READ_DRAFTS],
};

/** Who is calling. Anonymous callers have no id and read published data only. */
export interface Principal {
  /** Stable id of the credential (an API key id), recorded in the audit trail. */
  id: string;
  /** Human-readable name of the key's owner. */
  name: string;
  role: Role;
}

export const ANONYMOUS_PERMISSIONS: readonly Permission[] = [Permission.READ_PUBLISHED];

export function permissionsOf(principal: Principal | undefined): readonly Permission[] {
  return principal ? ROLE_PERMISSIONS[principal.role] : ANONYMOUS_PERMISSIONS;
}
