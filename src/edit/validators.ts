import { INVALID, type Schema } from '../parse/schema-kit.js';
import { dateValueSchema } from '../parse/date-value.js';
import { dateSchema, idSchema, slugSchema, timeSchema, timezoneSchema, urlSchema, emailSchema } from '../parse/formats.js';

/**
 * Validate-as-you-type: the same schemas that check `workshop.yaml`, turned into
 * prompt validators that return `true` or the reason, so a prompt and the checker
 * never disagree about what a time, date or zone is.
 */
function validator(schema: Schema<string>): (value: string) => true | string {
  return (value) => {
    const issues: { message: string }[] = [];
    const ok = schema.parse(value, ['answer'], { issues: issues as never, raw: () => value }) !== INVALID;
    // Messages read "`answer` is X; expected Y (did you mean Z?)": keep what follows "expected".
    return ok ? true : (issues[0]?.message.replace(/^.*?; /, '') ?? `expected ${schema.expected}`);
  };
}

/** `H:MM`, 24-hour. */
export const checkTime = validator(timeSchema);
/** `YYYY-MM-DD`, a day that exists. */
export const checkDate = validator(dateSchema);
/** An important date: a day, a month (2021-05) or TBA. */
export const checkDateValue = validator(dateValueSchema);
/** An IANA zone, with a did-you-mean. */
export const checkZone = validator(timezoneSchema);
/** An http(s) URL. */
export const checkUrl = validator(urlSchema);
/** An e-mail address. */
export const checkEmail = validator(emailSchema);
/** A lowercase slug for the workshop id. */
export const checkSlug = validator(slugSchema);
/** An item or person id. */
export const checkId = validator(idSchema);
