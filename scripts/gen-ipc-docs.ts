import fs from 'node:fs';
import { renderIpcDocs } from './ipc-docs';

fs.writeFileSync(new URL('../docs/ipc.md', import.meta.url), renderIpcDocs());
console.log('wrote docs/ipc.md');
