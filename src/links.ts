/**
 * Links as workshop pages write them: absolute `http(s)://` URLs, or references
 * relative to the page (`ISC2019/1_Brettin.pdf`, `../slides/a.pdf`, `#program`), as
 * GitHub Pages sites host slides. Links that run code (`javascript:`, `data:`,
 * `vbscript:`) are refused in any letter case and behind any leading spaces or control
 * characters, which browsers skip. Pure.
 */

/** Schemes that run code or smuggle a document when clicked; never written anywhere. */
const DANGEROUS = new Set(['javascript', 'data', 'vbscript']);

/** The scheme as a browser sees it: leading C0 controls and spaces skipped, tabs and newlines removed (WHATWG URL). */
function schemeOf(link: string): string | undefined {
  const cleaned = link.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  return /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)?.[1]?.toLowerCase();
}

/** Why `link` is not acceptable, or undefined when it is. */
export function linkProblem(link: string): string | undefined {
  const scheme = schemeOf(link);
  if (scheme !== undefined && DANGEROUS.has(scheme)) return `a ${scheme}: link runs code in the reader's browser`;
  if (/[\s\u0000-\u001f\u007f]/.test(link)) return 'it contains a space or control character (write a space as %20)';
  if (scheme === 'http' || scheme === 'https') return isAbsoluteHttp(link) ? undefined : 'it is not a complete http(s) address';
  if (scheme !== undefined) return `${scheme}: links are not supported`;
  if (link.includes('\\')) return 'it contains a backslash (browsers read it as /; write /)';
  return undefined;
}

/** True for a complete `http://` or `https://` URL with a host. */
export function isAbsoluteHttp(link: string): boolean {
  if (!/^https?:\/\//i.test(link) || /\s/.test(link)) return false;
  try {
    return new URL(link).hostname.length > 0;
  } catch {
    return false;
  }
}

/** True for a reference without a scheme: resolved against the page's address. */
export const isRelativeLink = (link: string): boolean => schemeOf(link) === undefined;

/**
 * The absolute form of a link for places without a page to be relative to (calendar
 * events): itself when absolute, resolved against `base` (the workshop `url`) with the
 * WHATWG URL parser when relative, undefined when relative and there is no base.
 */
export function absoluteLink(link: string, base: string | undefined): string | undefined {
  if (!isRelativeLink(link)) return link;
  if (base === undefined) return undefined;
  try {
    return new URL(link, base).href;
  } catch {
    return undefined;
  }
}
