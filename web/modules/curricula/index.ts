/**
 * Curricula in the web: the discipline catalog, the catalog of electives (КЭД), base and working plans.
 * Other modules use only what is exported here; the router imports the pages directly.
 */
export { CurriculaNavLinks } from './components/curricula-nav.tsx';
