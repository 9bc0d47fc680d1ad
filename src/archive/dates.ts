/** Archive stage: dates as readers see them. Pure. */
import { DateTime } from 'luxon';
import type { PublicationDate } from '../types.ts';

/** "20 June 2024", "June 2024", "2024", or "Undated". */
export function formatDate(date: PublicationDate | null): string {
  if (!date) return 'Undated';
  const dt = DateTime.fromISO(date.iso, { zone: 'utc' });
  if (date.precision === 'year') return dt.toFormat('yyyy');
  if (date.precision === 'month') return dt.toFormat('LLLL yyyy');
  return dt.toFormat('d LLLL yyyy');
}
