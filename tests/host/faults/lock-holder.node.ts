// Child process for the lock tests: takes the data folder, says so, and
// holds it until killed (as a host would for its whole life).
import { lockDataFolder } from '../../../electron/services/store/data-lock.node.js';

lockDataFolder(process.argv[2]!);
process.stdout.write('locked\n');
setInterval(() => undefined, 1000);
