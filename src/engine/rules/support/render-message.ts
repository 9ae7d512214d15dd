const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Each template split once into text and placeholder names (the odd entries): the rules render
 * the same few templates again and again, and replace() with a callback is far slower. The
 * templates are the rules' constant messages, so the cache stays small.
 */
const parsed = new Map<string, string[]>();

export function renderMessage(template: string, data: Record<string, string>): string {
  let parts = parsed.get(template);
  if (!parts) parsed.set(template, (parts = template.split(/\{(\w+)\}/)));
  let message = parts[0];
  for (let i = 1; i < parts.length; i += 2) message += (parts[i] in data ? data[parts[i]] : `{${parts[i]}}`) + parts[i + 1];
  return message;
}

/** Placeholders the data does not fill: the rule tester fails on any. */
export function missingPlaceholders(template: string, data: Record<string, string>): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((name) => !(name in data));
}
