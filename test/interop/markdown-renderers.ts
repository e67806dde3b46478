import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEBIAN_PYTHON, works } from '../helpers/interop.js';

/**
 * The user's two renderers, driven from Debian packages: GitHub's cmark-gfm, and
 * GitHub Pages' kramdown with the GFM parser, alone and inside a Jekyll site build.
 * Each returns HTML; {@link readHtml} reads tables and lists back with Python.
 */

const KRAMDOWN = ['-rkramdown', '-rkramdown-parser-gfm'];
const HTML_TABLES = fileURLToPath(new URL('./html_tables.py', import.meta.url));

/** Tool availability, for describeWithTool. */
export const HAVE = {
  cmark: works('cmark-gfm', ['--version']),
  kramdown: works('ruby', [...KRAMDOWN, '-e', '1']),
  jekyll: works('jekyll', ['--version']) && works('ruby', [...KRAMDOWN, '-e', '1']),
  python: works(DEBIAN_PYTHON, ['-c', 'import html.parser']),
};

function run(command: string, args: string[], input: string, cwd?: string): string {
  const r = spawnSync(command, args, { input, cwd, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`${command} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

/** GitHub: cmark-gfm with GitHub's extensions; raw HTML allowed, as GitHub's sanitizer comes later. */
export const renderCmarkGfm = (md: string): string =>
  run('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tagfilter'], md);

/** GitHub Pages' Markdown step: kramdown with `input: GFM`, `hard_wrap: false`, as Pages configures it. */
export const renderKramdown = (md: string): string =>
  run('ruby', [...KRAMDOWN, '-e', 'print Kramdown::Document.new($stdin.read, input: "GFM", hard_wrap: false).to_html'], md);

/** A one-page Jekyll site (Liquid, then kramdown GFM), built offline; returns the page's HTML. */
export function buildJekyllPage(md: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dls-jekyll-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', '_config.yml'), 'markdown: kramdown\nkramdown:\n  input: GFM\n  hard_wrap: false\n');
  // GitHub Pages reads README.md through jekyll-optional-front-matter; an empty front matter does the same here.
  writeFileSync(join(dir, 'src', 'index.md'), `---\n---\n${md}`);
  run('jekyll', ['build', '--safe', '--quiet', '-s', 'src', '-d', 'out'], '', dir);
  return readFileSync(join(dir, 'out', 'index.html'), 'utf8');
}

/** What a reader sees on an HTML page: its tables as rows of cell texts, and its list items (Python's html.parser). */
export const readHtml = (html: string): { tables: string[][][]; items: string[] } => JSON.parse(run(DEBIAN_PYTHON, [HTML_TABLES], html)) as { tables: string[][][]; items: string[] };

/** The tables of an HTML page, as rows of cell texts. */
export const htmlTables = (html: string): string[][][] => readHtml(html).tables;
