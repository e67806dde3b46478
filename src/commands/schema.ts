import { workshopJsonSchema } from '../parse/workshop-schema.js';
import { EXIT } from '../errors.js';

/** The schema file's text: stable key order, two-space indent, final newline. */
export const formatJsonSchema = (): string => `${JSON.stringify(workshopJsonSchema(), null, 2)}\n`;

/** Runs `dls schema`: prints the JSON Schema of workshop.yaml. */
export async function runSchema(): Promise<number> {
  process.stdout.write(formatJsonSchema());
  return EXIT.ok;
}
