/**
 * Reads a story package (package-format.ts) and checks the story in it with the one validator of story
 * folders, the same as `npm run validate` runs on geo/: a package is never trusted. Every problem names
 * the package, the file in it, the feature and the field.
 */
import { parseJson } from '../story/parse-file.ts';
import { problemField, type Problem } from '../story/problems.ts';
import { validateStory, validateStoryInSlices, type Story, type ValidationResult } from '../story/validate-story.ts';
import { MAX_PACKAGE_CHARS, PACKAGE_FORMAT, PACKAGE_VERSION, STORY_FILE_NAMES, type PackageProblem, type StoryFiles } from './package-format.ts';

/** A package read: its files and their story, valid; or every problem found. */
export type PackageRead = { ok: true; files: StoryFiles; story: Story } | { ok: false; problems: PackageProblem[] };

type Unpacked = { ok: true; files: StoryFiles } | { ok: false; problems: PackageProblem[] };

/** The package's own form: JSON, its format and version, and a text for each known file name. */
function unpack(text: string, packageName: string): Unpacked {
  const refuse = (message: string, file?: string): Unpacked => ({ ok: false, problems: [{ package: packageName, ...(file !== undefined && { file }), message }] });
  if (text.length > MAX_PACKAGE_CHARS) return refuse(`is ${text.length} characters long; a story package holds at most ${MAX_PACKAGE_CHARS}`);
  const json = parseJson(text);
  if (!json.ok) return refuse(`the file ${json.message}`);
  const value = json.value as { format?: unknown; version?: unknown; files?: unknown } | null;
  if (typeof value !== 'object' || value === null || value.format !== PACKAGE_FORMAT) {
    return refuse(`is not a story package: a package is a JSON object with "format": "${PACKAGE_FORMAT}"`);
  }
  if (value.version !== PACKAGE_VERSION) {
    return refuse(`version: is ${JSON.stringify(value.version) ?? 'missing'}, but this story map reads version ${PACKAGE_VERSION} of the story package`);
  }
  const entries = typeof value.files === 'object' && value.files !== null && !Array.isArray(value.files) ? Object.entries(value.files) : undefined;
  if (!entries) return refuse('files: must be an object of the story\'s file names and their texts');
  const problems: PackageProblem[] = [];
  const files: Record<string, string> = {};
  for (const [name, content] of entries) {
    if (!STORY_FILE_NAMES.includes(name)) {
      problems.push({ package: packageName, file: name, message: `is not a file of a story folder, which holds ${STORY_FILE_NAMES.join(', ')}` });
    } else if (typeof content !== 'string') {
      problems.push({ package: packageName, file: name, message: 'must be the text of the file, as a string' });
    } else {
      files[name] = content;
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, files };
}

/** A validator's problem as the package's: its file inside the package, its feature and field apart. */
export function packageProblem(problem: Problem, packageName: string): PackageProblem {
  const { field, detail } = problemField(problem);
  return {
    package: packageName,
    file: problem.file,
    ...(problem.feature !== undefined && { feature: problem.feature }),
    ...(field !== undefined && { field }),
    message: detail,
  };
}

function withStory(result: ValidationResult, files: StoryFiles, packageName: string): PackageRead {
  return result.ok ? { ok: true, files, story: result.story } : { ok: false, problems: result.problems.map((problem) => packageProblem(problem, packageName)) };
}

/** Reads the package `text`, opened as the file `packageName`; never throws. */
export function readStoryPackage(text: string, packageName: string): PackageRead {
  const unpacked = unpack(text, packageName);
  return unpacked.ok ? withStory(validateStory(unpacked.files), unpacked.files, packageName) : unpacked;
}

/** The same, validating a few milliseconds at a time (validateStoryInSlices), so that the page stays answering. */
export async function readStoryPackageInSlices(text: string, packageName: string): Promise<PackageRead> {
  const unpacked = unpack(text, packageName);
  return unpacked.ok ? withStory(await validateStoryInSlices(unpacked.files), unpacked.files, packageName) : unpacked;
}
