/** The ensemble bench runs every preset over 2020–2060, as the engine bench does. */
export const ENSEMBLE_END_YEAR = 2060;
