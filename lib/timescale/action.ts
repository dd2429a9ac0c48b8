/** One line of the setup's report: what a step did to one target. */
export interface SetupAction {
  step: string;
  target: string;
  outcome: 'created' | 'updated' | 'unchanged' | 'skipped' | 'unavailable';
  detail: string;
}
