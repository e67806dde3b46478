import { InvalidArgumentError, Option } from 'commander';
import { examples } from '../cli.js';
import { echoValue } from '../echo.js';
import { AUDIENCES, type Audience } from '../mail/recipient.js';
import { MAIL_FORMATS, type MailFormat } from '../formats/mail/format-names.js';
import type { MailExportOptions } from '../commands/mail-export.js';
import type { CliContext } from './context.js';

function audiences(value: string): Audience[] {
  const list = value.split(',').map((s) => s.trim().toLowerCase());
  const bad = list.find((a) => !(AUDIENCES as readonly string[]).includes(a));
  if (bad !== undefined) throw new InvalidArgumentError(`${echoValue(bad)} is not an audience; expected ${AUDIENCES.join(', ')}, comma-separated`);
  return [...new Set(list as Audience[])];
}

/** What commander parses: the command's options, with `--sep` under its flag name. */
type Flags = Omit<MailExportOptions, 'file' | 'separator'> & { sep: MailExportOptions['separator'] };

/** Wires the mail commands into the program. Commands are imported lazily in their actions. */
export function registerMailCommands(ctx: CliContext): void {
  if (!ctx.wants('mail')) return;
  const mail = ctx.program
    .command('mail')
    .description('mailing lists for speakers, the committee and sign-ups')
    .addHelpText('after', examples('dls mail export --to speakers', 'dls mail export --to committee --format bcc'));
  mail
    .command('export')
    .description('write one audience as the file a list tool imports; rejected addresses go to stderr')
    .addOption(new Option('--to <audiences>', `who: ${AUDIENCES.join(', ')}; comma-separated to combine`).argParser(audiences).default(['all'], 'all'))
    .option('--role <role>', 'only people with this role (co-chair, speaker, committee, signup ...)')
    .addOption(new Option('--format <format>', 'file format').choices(MAIL_FORMATS).default('csv'))
    .option('--signups <file>', 'sign-up CSV (Google Forms download); default mailing.signups')
    .option('--suppress <file>', 'unsubscribed addresses, one a line; default mailing.suppress')
    .option('--group <address>', 'google-groups: the group address')
    .addOption(new Option('--sep <separator>', 'bcc: separator, "," unless given; ";" for Outlook').choices([',', ';']))
    .option('--bare', 'bcc: addresses only, without names', false)
    .option('-o, --output <file>', 'write to this file (atomically) instead of standard output')
    .option('-v, --verbose', 'list every person without an e-mail address (by default: their count)', false)
    .option('--strict', 'exit 1 when any address was rejected; write nothing while `dls schedule check` reports anything', false)
    .addHelpText(
      'after',
      examples(
        'dls mail export --to speakers',
        'dls mail export --to committee,signups --format mailman -o members.txt',
        'dls mail export --to chairs --format bcc --sep ";"   # paste into Outlook',
        'dls mail export --to signups --format google-groups --group dls@googlegroups.com -o upload.csv',
        'dls mail export --role co-chair --format vcard -o chairs.vcf',
      ) + '\nOrder: sorted by address (lowercase). People in several sources are exported once (same address, any case).\n',
    )
    .action(async (flags: Flags) => {
      const { runMailExport } = await import('../commands/mail-export.js');
      const { sep, ...rest } = flags;
      ctx.setExit(await runMailExport({ ...rest, separator: sep, file: ctx.fileOf() }));
    });
}
