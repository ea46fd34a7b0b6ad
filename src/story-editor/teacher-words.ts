/**
 * The validator's problems in a teacher's words, for the story editor: the form's names for the fields
 * ("Date", not `properties.date`) and what to do ("link at least one sentence…"), not the rule's
 * wording for a developer. A problem it does not know is shown as the validator words it. Pure.
 */

/** The form's name of each feature property the editor sets (ItemEditor.tsx). */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  name: 'Name',
  label: 'Label on the map',
  layer: 'Layer',
  precision: 'Precision',
  date: 'Date',
  endDate: 'End date',
  deaths: 'Toll',
  note: 'Note',
  passage: 'Sentences',
  flow: 'Kind',
};

const DAY_EXAMPLE = 'year-month-day, as in 2024-07-01';

/** What a rule asks, as what to do. */
const RULES: readonly (readonly [RegExp, (...parts: string[]) => string])[] = [
  [/^must hold at least one quote$/, () => 'link at least one sentence of the article to it'],
  [/^must be a real date written YYYY-MM-DD \(it is "(.*)"\)$/, (given) => `write a real day as ${DAY_EXAMPLE} ("${given}" is not one)`],
  [/^must be a date written YYYY-MM-DD$/, () => `write the day as ${DAY_EXAMPLE}`],
  [/^must not be empty$/, () => 'write one'],
  [/^must be at most (\d+) characters long \(it is (\d+)\)$/, (most, length) => `keep it to ${most} characters (it has ${length})`],
  [/^must be plain text, but holds markup or a script address: "(.*)"$/, (bit) => `write plain text: "${bit}" is markup or a script address, which a story may not hold`],
  [/^must not be negative$/, () => 'write 0 or more'],
  [/^must be a whole number$/, () => 'write a whole number'],
  [/^(\S+) is before the date (\S+)$/, (end, start) => `the end date, ${end}, comes before the date, ${start}`],
  [/^a span needs its start: add a date$/, () => 'an end date needs a date to start from: write the date too'],
  [/^not found word for word in the article: "(.*)"$/, (quote) => `this sentence is no longer in the article, word for word: "${quote}" (unlink it, or link the sentence as it reads now)`],
];

/** An article's part that nothing quotes, as the validator words it. */
const UNQUOTED = /^article\.json: (paragraph|caption) (\d+) \(\S+\) is not the passage of any feature: quote at least one of its sentences$/;

function rephrased(rule: string): string {
  for (const [pattern, words] of RULES) {
    const match = pattern.exec(rule);
    if (match) return words(...match.slice(1));
  }
  return rule;
}

/**
 * `problem` in a teacher's words: a field's problem (`properties.date: …`, or the bare rule where it
 * is shown beside its field) named by the form's name for the field and saying what to do.
 */
export function teacherWords(problem: string): string {
  const unquoted = UNQUOTED.exec(problem);
  if (unquoted) return `${unquoted[1] === 'caption' ? 'Caption' : 'Paragraph'} ${unquoted[2]} is linked to nothing: every part of the article is part of the story, so link one of its sentences to a place or a flow.`;
  const field = /^properties\.(\w+)(?:\[\d+\])?: (.*)$/s.exec(problem);
  if (field) {
    const [, key = '', rule = ''] = field;
    const words = rephrased(rule);
    return `${FIELD_NAMES[key] ?? key}: ${words === rule ? rule : words}.`;
  }
  const words = rephrased(problem);
  return words === problem ? problem : `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
}
