/**
 * An article record whose body (its text, blocks and removed blocks, most of its bytes) is read when first asked
 * for: the analysis cache gives such records (`src/cache/analysis-cache.ts`), so that a build after a few changes
 * reads the bodies of the few pages it renders, not of every article. All of them share the same accessors, so they
 * keep one shape; a copy made by `copyRecord` shares the body with its record and does not read it either. The
 * evidence of its tags is read when first asked for in the same way (`readEvidenceLater`), but the discovered
 * actors', which the build report lists. Pure.
 */
import type { AnalyzedArticle, Evidence } from './types.ts';

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

const TAG_KINDS = ['countries', 'actors', 'topics'] as const;
type TagKind = (typeof TAG_KINDS)[number];
type Tagged = Pick<AnalyzedArticle, TagKind>;
type AnyTag = Tagged[TagKind][number];

/** The evidence of a record's tags, by kind in the tags' order: null for a tag that keeps its own (see `takeEvidenceApart`). */
export type TagEvidence = Record<TagKind, Array<Evidence[] | null>>;

/** Whether a tag keeps its evidence in the record: a discovered actor's, which the build report lists for every article. */
const keepsEvidence = (tag: AnyTag) => 'discovered' in tag && tag.discovered;

/** The record's tags with their evidence taken out, but the discovered actors', and that evidence apart. */
export function takeEvidenceApart(record: Tagged): { tags: Tagged; evidence: TagEvidence } {
  const tags = {} as Record<TagKind, AnyTag[]>;
  const evidence = {} as TagEvidence;
  for (const kind of TAG_KINDS) {
    const list: AnyTag[] = record[kind];
    tags[kind] = list.map((tag) => {
      if (keepsEvidence(tag)) return tag;
      const { evidence: _evidence, ...rest } = tag;
      return rest as AnyTag;
    });
    evidence[kind] = list.map((tag) => (keepsEvidence(tag) ? null : tag.evidence));
  }
  return { tags: tags as Tagged, evidence };
}

const EVIDENCE = Symbol('evidence');

/** The evidence of a record's tags, once read, else what reads it. */
interface HeldEvidence {
  read: (() => TagEvidence) | null;
  evidence: TagEvidence | null;
}

/** Where a tag's evidence is: the record's, by kind and place. */
type EvidenceAt = { [EVIDENCE]: { held: HeldEvidence; kind: TagKind; index: number } };

/** The accessor of a tag's evidence, shared by every tag: evidence set is set as any other field. */
const EVIDENCE_ACCESSOR: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: EvidenceAt) {
    const { held, kind, index } = this[EVIDENCE];
    if (!held.evidence) {
      held.evidence = held.read!();
      held.read = null;
    }
    const evidence = held.evidence[kind][index];
    if (!Array.isArray(evidence)) throw new Error(`a record's tag has no evidence among its tags' evidence`);
    return evidence;
  },
  set(this: object, value: unknown) {
    Object.defineProperty(this, 'evidence', { value, writable: true, enumerable: true, configurable: true });
  },
};

/**
 * Gives each tag of `record` that has no evidence (as `takeEvidenceApart` left it) the evidence `read` gives, read
 * when one of them is first asked for (once for all).
 */
export function readEvidenceLater<T extends Tagged>(record: T, read: () => TagEvidence): T {
  const held: HeldEvidence = { read, evidence: null };
  for (const kind of TAG_KINDS) {
    const list: AnyTag[] = record[kind];
    list.forEach((tag, index) => {
      if ('evidence' in tag) return;
      Object.defineProperty(tag, EVIDENCE, { value: { held, kind, index } });
      Object.defineProperty(tag, 'evidence', EVIDENCE_ACCESSOR);
    });
  }
  return record;
}
