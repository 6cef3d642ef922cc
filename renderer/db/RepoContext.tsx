import { createContext, useContext, type ReactNode } from 'react';
import { CarbonDb, DB_NAME } from './db';
import { createRepo, type ScenarioRepo } from './repo';

let appRepo: ScenarioRepo | null = null;

/** The app's repository over its one database, opened on first use. */
export function getAppRepo(): ScenarioRepo {
  appRepo ??= createRepo(new CarbonDb(DB_NAME));
  return appRepo;
}

const RepoContext = createContext<ScenarioRepo | null>(null);

/** Lets tests (and later a second window) give a subtree its own database. */
export function RepoProvider({ repo, children }: { repo: ScenarioRepo; children: ReactNode }) {
  return <RepoContext.Provider value={repo}>{children}</RepoContext.Provider>;
}

export function useRepo(): ScenarioRepo {
  return useContext(RepoContext) ?? getAppRepo();
}
