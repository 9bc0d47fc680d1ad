/**
 * An article record whose body (its text, blocks and removed blocks, most of its bytes) is read when first asked
 * for: the analysis cache gives such records (`src/cache/analysis-cache.ts`), so that a build after a few changes
 * reads the bodies of the few pages it renders, not of every article. All of them share the same accessors, so they
 * keep one shape; a copy made by `copyRecord` shares the body with its record and does not read it either. Pure.
 */
import type { AnalyzedArticle } from './types.ts';

export const BODY_FIELDS = ['blocks', 'text', 'removed'] as const;
type BodyField = (typeof BODY_FIELDS)[number];
export type RecordBody = Pick<AnalyzedArticle, BodyField>;

const BODY = Symbol('body');

/** The body of a record, once read, else what reads it. */
interface HeldBody {
  read: (() => RecordBody) | null;
  body: RecordBody | null;
}

type Holding = { [BODY]: HeldBody };

function bodyOf(record: Holding): RecordBody {
  const held = record[BODY];
  if (!held.body) {
    held.body = held.read!();
    held.read = null;
  }
  return held.body;
}

const isBodyField = (key: string): key is BodyField => (BODY_FIELDS as readonly string[]).includes(key);

/** The accessors of the body fields, shared by every record: a field set is set as any other. */
const ACCESSORS = Object.fromEntries(
  BODY_FIELDS.map((field): [BodyField, PropertyDescriptor] => [
    field,
    {
      enumerable: true,
      configurable: true,
      get(this: Holding) {
        return bodyOf(this)[field];
      },
      set(this: object, value: unknown) {
        Object.defineProperty(this, field, { value, writable: true, enumerable: true, configurable: true });
      },
    },
  ]),
) as Record<BodyField, PropertyDescriptor>;

/** Gives `record` the body fields, which `read` gives when one of them is first asked for (once for all three). */
export function readBodyLater<T extends object>(record: T, read: () => RecordBody): T & RecordBody {
  Object.defineProperty(record, BODY, { value: { read, body: null } satisfies HeldBody });
  return Object.defineProperties(record, ACCESSORS) as T & RecordBody;
}

/** The record's fields but its fingerprint, in a new object; a body not read yet is not read to make the copy. */
export function copyRecord(record: AnalyzedArticle): Omit<AnalyzedArticle, 'fingerprint'> {
  const held = (record as Partial<Holding>)[BODY];
  if (!held) {
    const { fingerprint: _fingerprint, ...copy } = record;
    return copy;
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    if (key === 'fingerprint') continue;
    if (isBodyField(key) && Object.getOwnPropertyDescriptor(record, key)?.get) {
      Object.defineProperty(copy, key, ACCESSORS[key]);
    } else {
      copy[key] = record[key as keyof AnalyzedArticle];
    }
  }
  Object.defineProperty(copy, BODY, { value: held });
  return copy as unknown as Omit<AnalyzedArticle, 'fingerprint'>;
}
