/**
 * A story file's text read as JSON and checked against its schema, every problem named with the
 * file and the field (valibot's path); shared by the story's validator and the tour's.
 */
import * as v from 'valibot';
import type { Problem } from './problems.ts';

export function issueMessages(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/** A bare NaN or Infinity where a value goes, as Python's json module writes them. */
const NON_JSON_NUMBER = /[[:,]\s*(-?Infinity|NaN)\s*[,\]}]/;

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const number = NON_JSON_NUMBER.exec(text);
    if (number) {
      const line = text.slice(0, number.index).split('\n').length;
      return { ok: false, message: `is not valid JSON: ${number[1]} on line ${line} is not a JSON number (write a real number, or leave the value out)` };
    }
    return { ok: false, message: `is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** A file's JSON checked against a schema; its problems, each named with the file, go to `problems`. */
export function parseFile<S extends v.GenericSchema>(text: string, file: string, schema: S, problems: Problem[]): v.InferOutput<S> | undefined {
  const json = parseJson(text);
  if (!json.ok) {
    problems.push({ file, message: `the file ${json.message}` });
    return undefined;
  }
  if (hasCrs(json.value)) problems.push({ file, message: 'crs: RFC 7946 removed the "crs" member' });
  const result = v.safeParse(schema, json.value);
  if (!result.success) {
    problems.push(...issueMessages(result.issues).map((message) => ({ file, message })));
    return undefined;
  }
  return result.output;
}


/** Whether a GeoJSON object still carries the "crs" member RFC 7946 removed. */
export function hasCrs(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'crs' in value;
}
