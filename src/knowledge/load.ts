// Loads a versioned data file (YAML or JSON) and validates it, naming the file and field on error.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'zod';
import { EscaladeError } from '../errors.js';

/** The project's data folder (knowledge as data). */
export const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');

export function dataPath(...parts: string[]): string {
  return join(DATA_DIR, ...parts);
}

export function loadDataFile<S extends z.ZodType>(path: string, schema: S): z.output<S> {
  let parsed: unknown;
  try {
    parsed = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new EscaladeError(`cannot read data file ${path}: ${(error as Error).message.split('\n')[0]}`);
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue.path.join('.') || '(root)';
    throw new EscaladeError(`invalid data file ${path}: field ${field}: ${issue.message}`);
  }
  return result.data;
}
