import { buildWebIfStale } from './web-build.ts';

/** `npm start` runs this first: a fresh clone has no built web app yet. */
buildWebIfStale();
