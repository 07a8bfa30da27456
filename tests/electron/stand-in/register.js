// node --import ./register.js: installs the hooks before the bundle loads.
import { register } from 'node:module';

register('./hooks.js', import.meta.url);
