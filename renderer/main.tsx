import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { askSettings } from './start-settings.js';
import './styles.css';

// The settings are asked before React draws anything, not in its first effect: the answer is back
// as the bundle finishes starting, and the first screen drawn is the right one (no "Chargement…"
// first, then a second full render).
const settings = askSettings();
const root = createRoot(document.getElementById('root')!);
let drawn = false;
const draw = () => {
  if (drawn) return;
  drawn = true;
  root.render(
    <StrictMode>
      <App settings={settings} />
    </StrictMode>,
  );
};
void settings.settled.then(draw);
// A host slow to answer: its loading screen, without waiting for it.
setTimeout(draw, 150);
