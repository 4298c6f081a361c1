import { render } from 'preact';
import { loadMessages } from '../shared/i18n/catalogues';
import { App } from './app/App';
import { initialLanguage } from './app/i18n';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/progress.css';
import './styles/training.css';

// Only the person's language is downloaded; it is needed before anything can be shown.
// A phone in a language Leerlust does not speak asks the organisation's (rare: fetched only then).
const language = initialLanguage() ?? (await (await import('./app/organisation-language')).organisationLanguage());
const messages = await loadMessages(language);
render(<App language={{ language, messages }} />, document.getElementById('app') as HTMLElement);
