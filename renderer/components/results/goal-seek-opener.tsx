import { createContext, useContext } from 'react';

/**
 * How a results view offers 目标反推 on one of its targets without knowing the
 * feature that does it: the app provides the opener (and its button's text)
 * where goal seeking is possible; elsewhere there is none and no button shows.
 */
export type GoalSeekOpener = { open: (targetId: string) => void; label: string; title: string };

export const GoalSeekOpenerContext = createContext<GoalSeekOpener | null>(null);

export const useGoalSeekOpener = (): GoalSeekOpener | null => useContext(GoalSeekOpenerContext);
