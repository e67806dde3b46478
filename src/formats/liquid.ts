import { Liquid } from 'liquidjs';

/**
 * LiquidJS, the template language of Jekyll and GitHub Pages, for the templates an
 * organizer writes (notice bodies, page sections). Strict filters, own properties only.
 */

/** A template that failed to parse or render, with its 1-based position. */
export interface TemplateProblem {
  message: string;
  line: number;
  column: number;
}

/** Renders `template` with `data`; or says where the template is wrong. */
export function renderLiquid(template: string, data: object): { ok: true; text: string } | { ok: false; problem: TemplateProblem } {
  const liquid = new Liquid({ strictFilters: true, ownPropertyOnly: true });
  try {
    return { ok: true, text: liquid.parseAndRenderSync(template, data as Record<string, unknown>) };
  } catch (e) {
    const err = e as { message?: string; token?: { getPosition?: () => [number, number] } };
    const [line, column] = err.token?.getPosition?.() ?? [1, 1];
    return { ok: false, problem: { message: (err.message ?? String(e)).replace(/, line:\d+, col:\d+$/, ''), line, column } };
  }
}
