import { useFeatureText } from '../../app/i18n';
import { strategyText } from './strategy-text';

/** The texts of the Strategie and Leerpaden tabs. */
export const useStrategyText = () => useFeatureText(strategyText);

/** A comma-separated list as typed in a field (competencies), without blanks. */
export const splitList = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
