import { renderLiquid } from '../liquid.js';

/**
 * The body of a speaker notice: a LiquidJS template (the language Jekyll and GitHub
 * Pages use) over plain data. Text is not HTML-escaped: the body is text/plain.
 */

/** The shipped body: short and polite; `--template FILE` replaces it. */
export const DEFAULT_NOTICE_TEMPLATE = `Dear {{ speaker.name }},
{% if changes.size > 0 %}
The program of {{ workshop.name }} has changed since we last wrote:
{% for change in changes %}
  - {{ change }}{% endfor %}
{% endif %}{% if slots.size > 0 %}
Your {% if slots.size == 1 %}slot is{% else %}slots are{% endif %}:
{% for slot in slots %}
  {{ slot.title }}
  {{ slot.date }}, {{ slot.start }}–{{ slot.end }} {{ slot.zone }} ({{ slot.start_utc }}–{{ slot.end_utc }} UTC)
{% if slot.where %}  {{ slot.where }}
{% endif %}{% endfor %}
The attached calendar file ({{ calendar_file }}) adds your slot to your calendar,
or updates the entry if you imported an earlier one.
{% else %}
You no longer have a slot in the program. The attached calendar file
({{ calendar_file }}) removes the entry from your calendar.
{% endif %}{% if workshop.url %}
The program: {{ workshop.url }}
{% endif %}
If anything here is wrong, please reply to this message.

Kind regards,
The organizers of {{ workshop.name }}
`;

export type { TemplateProblem } from '../liquid.js';

/**
 * Renders a notice body with `data`; or says where the template is wrong. Strict: a name
 * the data does not hold (`{{ speaker.nmae }}`) is an error with its position, not a blank
 * in a mail sent to every speaker; `{% if slot.where %}` may still test an optional one.
 */
export const renderNotice = (template: string, data: object) => renderLiquid(template, data, { strictVariables: true, lenientIf: true });
