import type { FormProblem } from './journey-form';
import type { useJourneysText } from './journeys-text';

type Text = ReturnType<typeof useJourneysText>['t'];

/** A problem in the admin's words, with its step's number as the list shows it (ids are internal). */
export function problemText(t: Text, problem: FormProblem, numberOf: (stepId: string) => number): string {
  const n = 'stepId' in problem ? numberOf(problem.stepId) : 0;
  const language = 'language' in problem ? t(`jr.language.${problem.language}`) : '';
  const name = 'placeholder' in problem ? problem.placeholder : '';
  return t(`jr.problem.${problem.code}`, { n, language, name });
}
