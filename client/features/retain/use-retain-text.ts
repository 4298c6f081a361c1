import { useFeatureText } from '../../app/i18n';
import { retainText } from './retain-text';

export const useRetainText = () => useFeatureText(retainText);
