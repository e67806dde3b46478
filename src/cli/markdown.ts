import { Option, type Command } from 'commander';
import { examples } from '../cli.js';
import { CLOCKS, SEPARATORS, ZONE_LABELS, type Clock, type MarkdownOptions, type SeparatorName, type ZoneLabelPlace } from '../formats/markdown/options.js';
import { SECTION_NAMES, type SectionName } from '../formats/markdown/section-names.js';
import type { CliContext } from './context.js';

/** Formatting flags as commander parses them. */
interface FormatFlags {
  clock?: Clock;
  separator?: SeparatorName;
  zoneLabel?: ZoneLabelPlace | true;
  secondZone?: string;
}

/**
 * Adds the formatting flags shared by `dls export markdown` and `dls readme`. They
 * have no defaults here: `page:` in workshop.yaml sets the page's style, and a flag
 * overrides it for one run.
 */
function addFormatFlags(cmd: Command): Command {
  return cmd
    .addOption(new Option('--clock <style>', 'times: seed (24-hour table, 12-hour heading), 12 or 24 (default: page.clock, else seed)').choices(CLOCKS))
    .addOption(new Option('--separator <sep>', 'between start and end times (default: page.separator, else --)').choices(Object.keys(SEPARATORS)))
    .addOption(new Option('--zone-label [place]', `where the zone abbreviation (MST, CEST) goes: ${ZONE_LABELS.join(', ')}; alone: both (the Time column and the heading)`).choices(ZONE_LABELS))
    .option('--second-zone <zone>', 'add a Time column in this IANA zone, for remote attendees');
}

const STRICT = 'refuse to write while `dls schedule check` reports anything (overlaps and gaps are warnings otherwise)';

const formatOf = (o: FormatFlags): Partial<MarkdownOptions> => ({
  clock: o.clock,
  separator: o.separator,
  zoneLabel: o.zoneLabel === true ? 'both' : o.zoneLabel,
  secondZone: o.secondZone,
});

/** Wires the markdown commands into the program. Commands are imported lazily in their actions. */
export function registerMarkdownCommands(ctx: CliContext): void {
  if (ctx.wants('export')) registerExportMarkdown(ctx);
  if (ctx.wants('readme')) registerReadme(ctx);
}

function registerExportMarkdown(ctx: CliContext): void {
  const exportMd = ctx.exportCmd
    .command('markdown')
    .description('print README sections (program, dates, committee ...) as Markdown')
    .addOption(new Option('--section <name>', 'section to print').choices([...SECTION_NAMES, 'all']).default('all'))
    .option('-o, --output <path>', 'write to this file (atomically) instead of standard output')
    .option('--strict', STRICT, false);
  addFormatFlags(exportMd)
    .addHelpText('after', examples('dls export markdown --section program', 'dls export markdown --section dates -o dates.md', 'dls export markdown --section program --clock 12 --zone-label --second-zone Europe/Berlin'))
    .action(async (opts: FormatFlags & { section: SectionName | 'all'; output?: string; strict: boolean }) => {
      const { runExportMarkdown } = await import('../commands/export-markdown.js');
      ctx.setExit(await runExportMarkdown({ file: ctx.fileOf(), section: opts.section, output: opts.output, strict: opts.strict, markdown: formatOf(opts) }));
    });
}

function registerReadme(ctx: CliContext): void {
  const readme = ctx.program
    .command('readme')
    .description('regenerate the marked sections of README.md from workshop.yaml, in place')
    .argument('[readme]', 'the page to update', 'README.md')
    .option('--check', 'write nothing; exit 1 with a short diff when the README is stale', false)
    .option('--init', 'add dls markers for the sections that have none (shows the plan; writes with --yes)', false)
    .option('-y, --yes', 'with --init: write the README', false)
    .option('--allow-empty', 'regenerate (or with --init, wrap) a section that shows something even when workshop.yaml has nothing for it', false)
    .option('--allow-shrink', 'with --init: wrap a section even when workshop.yaml has fewer entries than the page shows', false)
    .option('--allow-rewrite', 'with --init: wrap a section even when regenerating it changes lines the page shows (they are listed first)', false)
    .option('--strict', STRICT, false);
  addFormatFlags(readme)
    .addHelpText(
      'after',
      examples('dls readme', 'dls readme --check            # in CI', 'dls readme docs/index.md', 'dls readme --init', 'dls readme --init --yes') +
        '\nMarkers: <!-- dls:NAME:start --> ... <!-- dls:NAME:end -->, NAME one of ' + SECTION_NAMES.join(', ') + '.\nRegenerating never empties a section that shows something (unless --allow-empty); --init leaves unmarked\nany section whose list items, table rows, cells or paragraphs workshop.yaml cannot all reproduce, and\nany section whose lines would change other than in spacing (it lists them; --allow-rewrite wraps it).\nSchedule findings (overlaps, gaps) are printed as warnings and the page is written; --strict refuses instead.\nExit status: 0 up to date or updated, 1 stale (--check), refused or problems, 2 usage error.\n',
    )
    .action(async (file: string, opts: FormatFlags & { check: boolean; init: boolean; yes: boolean; allowEmpty: boolean; allowShrink: boolean; allowRewrite: boolean; strict: boolean }) => {
      const { runReadme } = await import('../commands/readme.js');
      ctx.setExit(await runReadme({ file: ctx.fileOf(), readme: file, check: opts.check, init: opts.init, yes: opts.yes, allowEmpty: opts.allowEmpty, allowShrink: opts.allowShrink, allowRewrite: opts.allowRewrite, strict: opts.strict, markdown: formatOf(opts) }));
    });
}
