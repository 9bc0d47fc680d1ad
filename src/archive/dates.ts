/** Archive stage: dates as readers see them. Pure. */
import { DateTime } from 'luxon';
import type { PublicationDate } from '../types.ts';

/** Labels already made, by precision and date: an archive has far fewer dates than articles. */
const labels = new Map<string, string>();

/** "20 June 2024", "June 2024", "2024", or "Undated". */
export function formatDate(date: PublicationDate | null): string {
  if (!date) return 'Undated';
  const key = `${date.precision} ${date.iso}`;
  let label = labels.get(key);
  if (label === undefined) {
    const dt = DateTime.fromISO(date.iso, { zone: 'utc' });
    label = dt.toFormat(date.precision === 'year' ? 'yyyy' : date.precision === 'month' ? 'LLLL yyyy' : 'd LLLL yyyy');
    labels.set(key, label);
  }
  return label;
}
