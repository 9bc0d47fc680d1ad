/**
 * The system's word that a disk has no room left (ENOSPC; EDQUOT where the user's quota is spent), which it gives
 * in its own terms ("no space left on device, write"), told to the archivist as such with the folder on that disk.
 * Pure.
 */

/** The codes of a write, a file or a folder refused for want of room. */
const NO_ROOM = new Set(['ENOSPC', 'EDQUOT']);

/** Whether `error`, or an error it was raised for (its `cause`, and theirs), is a disk's having no room left. */
export function isDiskFull(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause)
    if (NO_ROOM.has((cause as NodeJS.ErrnoException).code ?? '')) return true;
  return false;
}

/**
 * `error` told as a full disk when it is one (`isDiskFull`): "disk full on the disk of `folder` (make room there,
 * then `again`): " before its message, its cause kept; any other error as it is.
 */
export function tellDiskFull(error: unknown, folder: string, again: string): unknown {
  if (!isDiskFull(error)) return error;
  const message = `disk full on the disk of ${folder} (make room there, then ${again}): ${(error as Error).message}`;
  return new Error(message, { cause: error });
}
