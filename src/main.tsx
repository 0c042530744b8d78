import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browserStorage } from './store/persistence';
import { App } from './ui/App';
import { createAppCore } from './ui/core/appCore';
import { AppCoreProvider } from './ui/core/context';
import './ui/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The page's app: its session kept in the browser under the main key.
const core = createAppCore({ storage: browserStorage() });

createRoot(container).render(
  <StrictMode>
    <AppCoreProvider core={core}>
      <App />
    </AppCoreProvider>
  </StrictMode>,
);
