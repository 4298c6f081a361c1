import { render } from 'preact';
import { App } from './app/App';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/progress.css';
import './styles/training.css';

render(<App />, document.getElementById('app') as HTMLElement);
