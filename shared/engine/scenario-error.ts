import type { ScenarioIssue } from './series-values';

/** Thrown by the engine when a scenario cannot be computed; lists every problem found (the message is for developers). */
export class ScenarioError extends Error {
  readonly issues: ScenarioIssue[];
  constructor(issues: ScenarioIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.code} ${JSON.stringify(i.params)}`).join('\n'));
    this.name = 'ScenarioError';
    this.issues = issues;
  }
}
