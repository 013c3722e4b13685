/** The identity module's public API: accounts, sessions, role grants, person cards. */
export { identityAuthRoutes } from './identity.auth.routes.ts';
export { identityUsersRoutes } from './identity.users.routes.ts';
export { resolveSession } from './identity.auth.service.ts';
export { fullName } from './identity.mappers.ts';
export { bootstrapAdministrator } from './identity.bootstrap.ts';
export { createAccount, NO_PASSWORD_HASH, newAccountRows, setHomeUnit, updateAccountProfile } from './identity.accounts.ts';
