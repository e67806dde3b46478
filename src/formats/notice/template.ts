import { Liquid } from 'liquidjs';

/**
 * The body of a speaker notice: a LiquidJS template (the language Jekyll and GitHub
 * Pages use) over plain data. Text is not HTML-escaped: the body is text/plain.
 */

/** The shipped body: short and polite; `--template FILE` replaces it. */
export const DEFAULT_NOTICE_TEMPLATE = `Dear {{ speaker.name }},
{% if changes.size > 0 %}
The program of {{ workshop.name }} has changed{% if since %} since {{ since }}{% endif %}:
{% for change in changes %}
  - {{ change }}{% endfor %}
{% endif %}{% if slots.size > 0 %}
Your {% if slots.size == 1 %}slot is{% else %}slots are{% endif %}:
{% for slot in slots %}
  {{ slot.title }}
  {{ slot.date }}, {{ slot.start }}–{{ slot.end }} {{ slot.zone }} ({{ slot.start_utc }}–{{ slot.end_utc }} UTC)
  {{ slot.where }}
{% endfor %}
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

/** A template that failed to parse or render, with its 1-based position. */
export interface TemplateProblem {
  message: string;
  line: number;
  column: number;
}

/** Renders `template` with `data`; or says where the template is wrong. */
export function renderNotice(template: string, data: object): { ok: true; text: string } | { ok: false; problem: TemplateProblem } {
  const liquid = new Liquid({ strictFilters: true, ownPropertyOnly: true });
  try {
    return { ok: true, text: liquid.parseAndRenderSync(template, data as Record<string, unknown>) };
  } catch (e) {
    const err = e as { message?: string; token?: { getPosition?: () => [number, number] } };
    const [line, column] = err.token?.getPosition?.() ?? [1, 1];
    return { ok: false, problem: { message: (err.message ?? String(e)).replace(/, line:\d+, col:\d+$/, ''), line, column } };
  }
}
