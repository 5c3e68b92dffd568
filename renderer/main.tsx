import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import sampleText from '../data/samples/langeland.frekvensplan?raw';
import { loadProject } from '../core/project/load';
import { App } from './app/app';
import { checkRecovery } from './app/document-flows';
import { host } from './host';
import { langFromLocale } from './i18n';
import { LOCAL_KEYS } from './state/app-state';
import { appStore } from './state/store';
import './styles.css';

function readLocal(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

async function start(): Promise<void> {
  const savedLang = readLocal(LOCAL_KEYS.lang);
  const lang = savedLang === 'da' || savedLang === 'en' ? savedLang : langFromLocale(await host.getLocale());
  appStore.setState({ lang, dataforsyningenToken: readLocal(LOCAL_KEYS.dataforsyningenToken) });

  const sample = loadProject(sampleText, { file: 'langeland.frekvensplan' });
  if (sample.ok) appStore.getState().loadDocument({ project: sample.value.project, handleId: null, name: null });
  else console.error('The bundled sample project does not load', sample.problems);

  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  await checkRecovery();
}

void start();
