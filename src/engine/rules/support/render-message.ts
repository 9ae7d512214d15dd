const PLACEHOLDER = /\{(\w+)\}/g;

export function renderMessage(template: string, data: Record<string, string>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in data ? data[name] : whole));
}

/** Placeholders the data does not fill: the rule tester fails on any. */
export function missingPlaceholders(template: string, data: Record<string, string>): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((name) => !(name in data));
}
