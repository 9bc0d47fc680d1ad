/** Whether a process is running, as the folders and files a process names after its id ask. Asks the system. */

/** Whether process `pid` runs (this one does; one of another user's counts too, though it may not be signalled). */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
