import { DlsError } from '../errors.js';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EBUSY: 'the file is busy',
  ENAMETOOLONG: 'the name is too long',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links',
  EISDIR: 'it is a folder',
};

/** The reason of a file-system error in words ("permission denied"), or its code. */
export const fsReason = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  return REASONS[code] ?? (code || String(e));
};

/** A file-system error as a user-facing DlsError (exit 1), never a stack trace. */
export function fsError(action: string, path: string, e: unknown): DlsError {
  return new DlsError(`cannot ${action} ${path}: ${fsReason(e)}`);
}
