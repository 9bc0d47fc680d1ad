/** Archive stage: dates as readers see them. Pure. */
import { DateTime } from 'luxon';
import type { PublicationDate } from '../types.ts';

/** Month labels already made ("June 2024"), by year and month: an archive spans far fewer months than articles. */
const monthLabels = new Map<string, string>();

function monthLabel(iso: string): string {
  const key = iso.slice(0, 7);
  let label = monthLabels.get(key);
  if (label === undefined) {
    label = DateTime.fromISO(`${key}-01`, { zone: 'utc' }).toFormat('LLLL yyyy');
    monthLabels.set(key, label);
  }
  return label;
}

/** "20 June 2024", "June 2024", "2024", or "Undated". A day's label is its number before its month's. */
export function formatDate(date: PublicationDate | null): string {
  if (!date) return 'Undated';
  if (date.precision === 'year') return date.iso.slice(0, 4);
  const month = monthLabel(date.iso);
  return date.precision === 'month' ? month : `${Number(date.iso.slice(8, 10))} ${month}`;
}
