import { Option } from 'commander';
import { examples } from '../cli.js';
import type { MailNoticesOptions } from '../commands/mail-notices.js';
import type { ScheduleDiffOptions } from '../commands/schedule-diff.js';
import type { CliContext } from './context.js';

/** Wires `dls schedule diff` and `dls mail notices`: what changed, and who must hear it. */
export function registerChangeCommands(ctx: CliContext): void {
  if (ctx.wants('schedule')) registerScheduleDiff(ctx);
  if (ctx.wants('mail')) registerMailNotices(ctx);
}

function registerScheduleDiff(ctx: CliContext): void {
  ctx.schedule
    .command('diff')
    .description('what changed between two versions of the workshop (moved, retimed, added, removed ...)')
    .argument('[old]', 'the earlier version: a file, or git:REV (the workshop file at that commit)')
    .argument('[new]', 'the later version (default: the workshop file as it is now)')
    .option('--since <rev>', 'short for OLD = git:REV')
    .addOption(new Option('--format <format>', 'text, an announcement-ready Markdown changelog, or JSON').choices(['text', 'markdown', 'json']).default('text'))
    .option('--exit-code', 'exit 1 when there are changes, as `git diff --exit-code` does', false)
    .option('--force', 'compare two files with different workshop ids', false)
    .option('--date <YYYY-MM-DD>', 'date of the Markdown heading (default: `updated:`, else SOURCE_DATE_EPOCH)')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .addHelpText(
      'after',
      examples(
        'dls schedule diff --since HEAD~1',
        'dls schedule diff git:v1-announced --format markdown > changes.md',
        'dls schedule diff old/workshop.yaml workshop.yaml --format json',
        'dls schedule diff --since origin/main --exit-code   # in CI: fail when the program changed',
      ) + '\nExit status: 0, or 1 with --exit-code when something changed; 2 for a bad revision or file.\n',
    )
    .action(async (old: string | undefined, now: string | undefined, flags: Omit<ScheduleDiffOptions, 'file' | 'old' | 'new'>) => {
      const { runScheduleDiff } = await import('../commands/schedule-diff.js');
      ctx.setExit(await runScheduleDiff({ ...flags, old, new: now, file: ctx.fileOf() }));
    });
}

function registerMailNotices(ctx: CliContext): void {
  const mail = ctx.program.commands.find((c) => c.name() === 'mail');
  if (!mail) throw new Error('bug: the mail command group is registered after the change commands');
  mail
    .command('notices')
    .description('one message per affected speaker (.eml or mbox) with their slot and calendar; nothing is sent')
    .option('--since <rev>', 'speakers whose slots changed since this git revision')
    .option('--all', 'every speaker, changed or not', false)
    .option('-o, --output <dir>', 'folder for the messages (must be empty or new, unless --force)')
    .addOption(new Option('--format <format>', 'one .eml file per speaker, or one mbox').choices(['eml', 'mbox']).default('eml'))
    .option('--dry-run', 'list who would get what; write nothing', false)
    .option('--force', 'write into a folder that is not empty', false)
    .option('--template <file>', 'LiquidJS template of the message body (fields: speaker, workshop, slots, changes, since, calendar_file)')
    .option('--from <address>', 'sender and Reply-To (default: `contact:` of the workshop)')
    .option('--strict', 'write nothing when `dls schedule check` has any finding', false)
    .addHelpText(
      'after',
      examples('dls mail notices --since HEAD~1 -o notices/', 'dls mail notices --all --dry-run', 'dls mail notices --since v1 --format mbox -o out/ && mutt -f out/notices.mbox'),
    )
    .action(async (flags: Omit<MailNoticesOptions, 'file'>) => {
      const { runMailNotices } = await import('../commands/mail-notices.js');
      ctx.setExit(await runMailNotices({ ...flags, file: ctx.fileOf() }));
    });
}
