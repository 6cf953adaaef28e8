import { render } from 'preact';
import { App } from './app';
import './styles/main.scss';

const root = document.getElementById('app');
if (root) render(<App />, root);
