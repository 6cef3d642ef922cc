/**
 * The database name is part of the data's address (with the origin): never
 * rename it. Dev (Vite's URL) and production (app://carbon-peak) differ by
 * origin anyway; the suffix also keeps a dev build served from the same
 * origin as a browser build off the user's data.
 */
// `?.`: under plain Node (bench, tsx) there is no Vite env object
export const DB_NAME = import.meta.env?.DEV ? 'carbon-peak-planner-dev' : 'carbon-peak-planner';
