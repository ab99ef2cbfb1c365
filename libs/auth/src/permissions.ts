// Permissions and roles live in the platform library so every domain library can declare them.
export { ANONYMOUS_PERMISSIONS, Permission, permissionsOf, Role, ROLE_PERMISSIONS } from '@lexgap/platform';
export type { Principal } from '@lexgap/platform';
