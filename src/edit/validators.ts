import { INVALID, text, type Schema } from '../parse/schema-kit.js';
import { dateSchema, idSchema, slugSchema, timeSchema, timezoneSchema, urlSchema, emailSchema } from '../parse/formats.js';

/**
 * Validate-as-you-type: the same schemas that check `workshop.yaml`, turned into
 * prompt and flag validators that return `true` or the reason, so a prompt, a flag
 * and the checker never disagree about what a time, a date, an id or a line of text is.
 */
function validator(schema: Schema<string>): (value: string) => true | string {
  return (value) => {
    const issues: { message: string }[] = [];
    const ok = schema.parse(value, ['answer'], { issues: issues as never, raw: () => value }) !== INVALID;
    if (ok) return true;
    // Messages read "`answer` is X; expected Y (did you mean Z?)" or "`answer` contains X; expected Y":
    // the value is echoed by the caller, so keep what the problem is and what is expected.
    const message = issues[0]?.message.replace(/^`answer` /, '').replace(/^is .*?; /s, '') ?? `expected ${schema.expected}`;
    return message.replace(/ \(fold a long value with `>-`\)$/, '');
  };
}

/** `H:MM`, 24-hour. */
export const checkTime = validator(timeSchema);
/** `YYYY-MM-DD`, a day that exists. */
export const checkDate = validator(dateSchema);
/** An IANA zone, with a did-you-mean. */
export const checkZone = validator(timezoneSchema);
/** An http(s) URL. */
export const checkUrl = validator(urlSchema);
/** An e-mail address. */
export const checkEmail = validator(emailSchema);
/** A lowercase slug for the workshop id, not a reserved name. */
export const checkSlug = validator(slugSchema);
/** An item or person id, not a reserved name (`constructor`, `toString`). */
export const checkId = validator(idSchema);
/** One line of text, as titles, names, labels and rooms are: no line break, tab or control character. */
export const checkText = validator(text());
