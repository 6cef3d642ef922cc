import { resolveWithoutExpressions } from '../../shared/engine/series-values';
import { checkScenario, type ValidationResult } from '../../shared/model/validate-core';
import { loadedExprEngine, loadExprEngine } from './expr-engine';

/**
 * The main thread's full check of a scenario (shared/model/validate.ts
 * `validateScenario`) without making mathjs part of the app's start: once the
 * expression engine has loaded, expressions are evaluated as everywhere else;
 * before that, a scenario that holds one fails with an issue saying so
 * (`EXPRESSIONS_NOT_LOADED`), never passes unchecked. Writes to storage await
 * `whenValidationReady` first; the editor holds such an edit until then
 * (EditorContext.tsx).
 */
export function validateOnMainThread(input: unknown): ValidationResult {
  return checkScenario(input, loadedExprEngine()?.resolveSeries ?? resolveWithoutExpressions);
}

/** Whether `validateOnMainThread` evaluates expressions now. */
export const validationLoaded = (): boolean => loadedExprEngine() !== null;

/** Resolves once `validateOnMainThread` evaluates expressions. */
export function whenValidationReady(): Promise<void> {
  return loadExprEngine().then(() => undefined);
}
