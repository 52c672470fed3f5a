import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');

async function restrictedImportErrors(file: string, code: string): Promise<number> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result?.messages.filter((m) => m.ruleId === 'no-restricted-imports').length ?? 0;
}

describe('the folder says where code runs, and lint enforces it', () => {
  it.each([
    ['renderer/src/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n"],
    ['renderer/src/x.ts', "import Database from 'better-sqlite3';\nexport const a = Database;\n"],
    ['shared/x.ts', "import path from 'path';\nexport const a = path;\n"],
    ['shared/x.ts', "import { SerialPort } from 'serialport';\nexport const a = SerialPort;\n"],
    ['electron/core/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/shell/origin.ts', "import { app } from 'electron';\nexport const a = app;\n"],
  ])('%s may not import what this imports: %s', async (file, code) => {
    expect(await restrictedImportErrors(file, code)).toBe(1);
  });

  it('electron/core may use Node, and the shell may use Electron', async () => {
    expect(await restrictedImportErrors('electron/core/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n")).toBe(0);
    expect(await restrictedImportErrors('electron/main.ts', "import { app } from 'electron';\nexport const a = app;\n")).toBe(0);
    expect(
      await restrictedImportErrors('electron/shell/security.ts', "import { app } from 'electron';\nexport const a = app;\n"),
    ).toBe(0);
  });
});
