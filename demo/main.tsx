import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DemoPage } from './DemoPage';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DemoPage />
    </StrictMode>,
  );
}
