import { linkProblem } from '../links.js';
import { INVALID, describePath, shown, text, type Schema } from './schema-kit.js';

const LINK_EXPECTED = 'an http(s) URL, or a link relative to the page such as slides/talk.pdf';
// JSON Schema patterns have no flags: spell the refused schemes in both cases.
const anyCase = (word: string) => [...word].map((c) => `[${c}${c.toUpperCase()}]`).join('');
const LINK_JSON = { format: 'uri-reference', pattern: `^(?![\\u0000-\\u0020]*(?:${['javascript', 'data', 'vbscript'].map(anyCase).join('|')}):)[^\\s\\\\]+$` };
const plainLinkSchema = text({ expected: LINK_EXPECTED, test: (s) => linkProblem(s) === undefined, json: LINK_JSON });
/** A link: an absolute http(s) URL or a relative reference; the message says what is wrong with it. */
export const linkSchema: Schema<string> = {
  ...plainLinkSchema,
  parse(value, path, ctx) {
    const first = ctx.issues.length;
    const result = plainLinkSchema.parse(value, path, ctx);
    const issue = ctx.issues[first];
    const problem = typeof value === 'string' ? linkProblem(value) : undefined;
    if (result === INVALID && issue && problem) issue.message = `${describePath(path)} is ${shown(value, path, ctx)}: ${problem}; expected ${LINK_EXPECTED}`;
    return result;
  },
};
