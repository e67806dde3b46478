import { Liquid } from 'liquidjs';

/**
 * LiquidJS, the template language of Jekyll and GitHub Pages, for the templates an
 * organizer writes (notice bodies, page sections). Strict filters, own properties only;
 * strict variables where the caller asks (section templates: a typo must not delete a heading).
 */

/** A template that failed to parse or render, with its 1-based position. */
export interface TemplateProblem {
  message: string;
  line: number;
  column: number;
}

/**
 * How strictly to render: `strictVariables` makes a name the data does not hold an error, not an
 * empty string; with `lenientIf`, `{% if x.maybe %}` may still ask for a name that is not there.
 */
export interface LiquidStrictness {
  strictVariables?: boolean;
  lenientIf?: boolean;
}

/** Renders `template` with `data`; or says where the template is wrong. */
export function renderLiquid(template: string, data: object, strictness: LiquidStrictness = {}): { ok: true; text: string } | { ok: false; problem: TemplateProblem } {
  const liquid = new Liquid({ strictFilters: true, ownPropertyOnly: true, strictVariables: strictness.strictVariables ?? false, lenientIf: strictness.lenientIf ?? false });
  try {
    return { ok: true, text: liquid.parseAndRenderSync(template, data as Record<string, unknown>) };
  } catch (e) {
    const err = e as { message?: string; token?: { getPosition?: () => [number, number] } };
    const [line, column] = err.token?.getPosition?.() ?? [1, 1];
    return { ok: false, problem: { message: (err.message ?? String(e)).replace(/, line:\d+, col:\d+$/, ''), line, column } };
  }
}
