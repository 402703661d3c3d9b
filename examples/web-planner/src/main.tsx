import { render } from 'preact';
import { type KeyValueStorage, Workspace } from './lib/workspace.js';
import { App } from './ui/app.js';
import './style.css';

/** The browser's storage, or none where it cannot be used (private mode, blocked). */
function storage(): KeyValueStorage | null {
  try {
    const s = window.localStorage;
    const probe = '__rollout_probe__';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

const root = document.getElementById('app');
if (root) {
  const workspace = new Workspace({ storage: storage() });
  const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'vi';
  render(<App workspace={workspace} initialLang={lang} />, root);
}
