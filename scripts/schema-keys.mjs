// Prints the README's key reference (a Markdown table) from workshop.schema.json,
// so the documentation lists exactly the keys the checker accepts.
import { readFileSync } from 'node:fs';

const schema = JSON.parse(readFileSync(new URL('../workshop.schema.json', import.meta.url), 'utf8'));
const rows = [];
function walk(properties, prefix, required = []) {
  for (const [key, value] of Object.entries(properties)) {
    const name = `${prefix}${key}`;
    rows.push(`| \`${name}\` | ${required.includes(key) ? 'yes' : ''} | ${(value.description ?? '').replace(/\|/g, '\\|')} |`);
    if (value.properties) walk(value.properties, `${name}.`, value.required);
    const items = value.items;
    if (items?.properties) walk(items.properties, `${name}[].`, items.required);
    for (const alt of items?.anyOf ?? []) if (alt.properties) walk(alt.properties, `${name}[].`, alt.required);
    const each = value.additionalProperties;
    if (each?.properties) walk(each.properties, `${name}.<id>.`, each.required);
  }
}
walk(schema.properties, '', schema.required);
console.log(['| key | required | meaning |', '| --- | --- | --- |', ...rows].join('\n'));
