/**
 * Identity in the web: sign-in, the cabinet, the own profile, people and user administration.
 * Other modules use only what is exported here; the router imports the pages directly.
 */
export { ME_QUERY_KEY, useMe, useSignedInMe } from './hooks/use-me.ts';
export { usePeople } from './hooks/use-people.ts';
