import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { startAppearance } from './ui/appearance';
import './ui/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The remembered theme goes on <html> before the first render: no flash of the light theme.
startAppearance();

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
