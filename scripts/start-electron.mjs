// `npm start`: launch the desktop app (after `npm run build`), passing on any flags.
import { spawn } from 'node:child_process';
import { electronBinary, MISSING } from './electron-binary.mjs';

const binary = electronBinary();
if (!binary) {
  console.error(MISSING);
  process.exit(1);
}
const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
