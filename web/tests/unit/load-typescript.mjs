// Loads one dependency-free TypeScript module from src/ for a unit test, by
// stripping its types with the TypeScript compiler (Node 20 cannot run .ts).

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const sourceFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../src');
const outputFolder = mkdtempSync(path.join(tmpdir(), 'roundtable-unit-'));

export async function loadSource(relativePath) {
  const source = readFileSync(path.join(sourceFolder, relativePath), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  if (/^\s*import\s/m.test(outputText)) throw new Error(`${relativePath} must not import other modules`);
  const file = path.join(outputFolder, relativePath.replace(/[/\\]/g, '_').replace(/\.ts$/, '.mjs'));
  writeFileSync(file, outputText);
  return import(pathToFileURL(file).href);
}
