import type { CostComparison, MaccEntry } from '../../shared/engine/costs/types';
import type { MethodComparison } from '../../shared/engine/methods';
import type { ScenarioResults } from '../../shared/engine/results';
import type { HourlyDetail, HourlyResults } from '../../shared/engine/hourly/types';
import type { BackupContent, ParsedBackup } from '../../shared/io/backup';
import type { DerivedScenario } from '../../shared/model/inherit';
import type { Scenario } from '../../shared/model/scenario';
import type { ScenarioIssue } from '../../shared/engine/series-values';
import type { ExprSeries } from '../../shared/model/series';
import type { IssueBody } from '../../shared/model/issue-codes';
import type { ValidationResult } from '../../shared/model/validate-core';
import type { LibraryVersion } from '../db/library-read';
import type { CheckedImportFile, ImportRead } from './files';
import type { WrittenItem } from './import-write';
import type { ExistingEntry, ImportMode } from '../../shared/io/import-plan';
import type { GoalSeekRequest, GoalSeekResult } from '../../shared/engine/goal-seek/types';
import type { LibraryEntry } from '../features/library/entry';

/** What one computation gives: results, or the engine's reasons for refusing the scenario. */
export type EngineOutcome =
  | { ok: true; results: ScenarioResults; computeMs: number }
  | { ok: false; issues: ScenarioIssue[] };

/** An expression series' yearly values over a horizon, under its content key (`seriesKey`); null when it cannot be evaluated. */
export type SeriesValues = [key: string, values: Float64Array | null];

/**
 * A scenario checked and run once in the worker: whether it passed the full
 * check (`valid`: it may be stored), the run's outcome (the check's issues
 * when it did not pass), and the values of its expression series, which the
 * page shows (sparklines, levers) without evaluating expressions itself.
 */
export type Evaluation = { valid: boolean; outcome: EngineOutcome; series: SeriesValues[] };

/**
 * A scenario's costs against another (its reference): the comparison (null without a
 * reference, or when the reference cannot be computed: `referenceFailed`) and the
 * marginal abatement cost curve of its projects and levers.
 */
export type CostAnalysis = { comparison: CostComparison | null; referenceFailed: boolean; macc: MaccEntry[] };

/** An expression's compile check as the user types: the compiler's issue and the character position, when there is one. */
export type ExpressionCheck = { ok: true } | { ok: false; error: IssueBody; position?: number };

/**
 * The commands the page sends the engine worker, each with its arguments and
 * its answer. The worker owns every computation and every check that
 * evaluates expressions (mathjs is loaded only there); the page sends whole
 * scenarios and gets issues and results back.
 */
export type EngineCommands = {
  /**
   * check and run one scenario (an edit, a document opened, a comparison, a report); `headline`: the
   * hourly balance only when its feedback changes the figures (its own outputs come by `hourly`)
   */
  evaluate: { args: { scenario: unknown; balance?: 'full' | 'headline' }; answer: Evaluation };
  /** the hourly balance's results of a scenario that passed the check; null when it has none or cannot be computed */
  hourly: { args: { scenario: unknown }; answer: HourlyResults | null };
  /** one year's hours of the scenario's hourly balance (its stress weeks, month × hour averages, duration curves); null when it has none or cannot be computed */
  hourlyDetail: { args: { scenario: unknown; year: number }; answer: HourlyDetail | null };
  /** the scenario's costs against its reference (null: none given) and, unless `macc` is false, its abatement cost curve; null when the scenario cannot be computed */
  costAnalysis: { args: { scenario: unknown; reference: unknown; macc?: boolean }; answer: CostAnalysis | null };
  /** the headline figures under the other accounting methods (a report); null when the scenario cannot be computed */
  compareMethods: { args: { scenario: unknown }; answer: MethodComparison | null };
  /** 目标反推: the smallest move of one lever that meets a goal (shared/engine/goal-seek) */
  goalSeek: { args: { scenario: unknown; request: GoalSeekRequest }; answer: GoalSeekResult };
  /** the full check of what is about to be stored (saves, imports, restores, presets) */
  validate: { args: { inputs: unknown[] }; answer: ValidationResult[] };
  checkExpression: { args: { text: string }; answer: ExpressionCheck };
  /** yearly values of expression series, each over its own horizon */
  seriesValues: { args: { items: { series: ExprSeries; baseYear: number; endYear: number }[] }; answer: (Float64Array | null)[] };
  /** the library in database `db`: each live scenario's id, kind and version, in list order (null: no database yet) */
  listVersions: { args: { db: string }; answer: LibraryVersion[] | null };
  /** the library entries (target summaries included) of `ids` that are still stored */
  /** `summaries: false`: the entries without the engine's runs (what a table shows at once) */
  readEntries: { args: { db: string; ids: string[]; summaries?: boolean }; answer: LibraryEntry[] };
  /** a scenario file to import, parsed and migrated; `checkImport` then checks it with the parents it names */
  readImport: { args: { input: string | Uint8Array }; answer: ImportRead };
  checkImport: { args: { token: number; parents: [string, Scenario | DerivedScenario][] }; answer: CheckedImportFile };
  /** the file checked under `token` written to database `db`, planned from `existing` and `mode` as the page planned it */
  writeImport: { args: { token: number; db: string; existing: ExistingEntry[]; mode: ImportMode }; answer: WrittenItem[] };
  /** a backup to restore, read and checked (derived scenarios of presets find them in `presets`) */
  checkBackup: { args: { input: Uint8Array; presets: Scenario[]; acceptChecksumMismatch: boolean }; answer: ParsedBackup };
  /** the scenario file for `ids` of `records` (a selection and the parents it needs), UTF-8 */
  scenarioFile: { args: { db: string; ids: string[]; meta: { exportedAt: string; appVersion: string } }; answer: Uint8Array };
  backupFile: { args: { content: BackupContent; createdAt: string; appVersion: string }; answer: Uint8Array };
};

export type EngineCommand = keyof EngineCommands;
export type CommandArgs<K extends EngineCommand> = EngineCommands[K]['args'];
export type CommandAnswer<K extends EngineCommand> = EngineCommands[K]['answer'];

/** Page → worker. */
export type EngineRequest = { [K in EngineCommand]: { id: number; command: K; args: CommandArgs<K> } }[EngineCommand];

/** Worker → page, answering the request with the same id; `error` when the command failed (a database that cannot be read). */
export type EngineResponse = { id: number; answer: unknown } | { id: number; error: string };
