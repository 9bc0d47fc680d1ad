/**
 * An article record whose body (its text, blocks and removed blocks, most of its bytes) is read when first asked
 * for: the analysis cache gives such records (`src/cache/analysis-cache.ts`), so that a build after a few changes
 * reads the bodies of the few pages it renders, not of every article. All of them share the same accessors, so they
 * keep one shape; a copy made by `copyRecord` shares the body with its record and does not read it either. The
 * details of its tags are read when first asked for in the same way (`readTagDetailsLater`): their evidence, but the
 * first sentence of a discovered actor's, which the build report lists, and the countries' primary models. Pure.
 */
import type { AnalyzedArticle, CountryTag, Evidence } from './types.ts';

const BODY_FIELDS = ['blocks', 'text', 'removed'] as const;
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
type PrimaryModel = CountryTag['primaryModel'];

/**
 * What a tag keeps apart from its record, read when first asked for: its evidence (a discovered actor's after the
 * first sentence, which the build report lists for every article), and a country's primary model (its probability
 * and measures, which only the article's page shows).
 */
export interface TagDetails {
  evidence: Evidence[];
  primaryModel?: PrimaryModel;
}

/** The details of a record's tags, by kind in the tags' order (see `takeTagDetailsApart`). */
export type TagDetailsByKind = Record<TagKind, TagDetails[]>;

/** Whether a tag's first evidence sentence is kept at hand: a discovered actor's, which the build report lists. */
const keepsFirstEvidence = (tag: AnyTag) => 'discovered' in tag && tag.discovered;

/**
 * What the record keeps at hand of its tags' details: the first evidence sentence of each discovered actor (in the
 * order of its actors), and the places of the countries that hold a primary model.
 */
export interface TagDetailsAtHand {
  firstEvidence: Array<Evidence | null>;
  primaryModels: number[];
}

/** The record's tags with their details taken out, those details apart, and what stays at hand of them. */
export function takeTagDetailsApart(record: Tagged): {
  tags: Tagged;
  details: TagDetailsByKind;
  atHand: TagDetailsAtHand;
} {
  const tags = {} as Record<TagKind, AnyTag[]>;
  const details = {} as TagDetailsByKind;
  for (const kind of TAG_KINDS) {
    const list: AnyTag[] = record[kind];
    tags[kind] = list.map((tag) => {
      const { evidence: _evidence, primaryModel: _primaryModel, ...rest } = tag as CountryTag;
      return rest as unknown as AnyTag;
    });
    details[kind] = list.map((tag) => {
      const apart: TagDetails = { evidence: keepsFirstEvidence(tag) ? tag.evidence.slice(1) : tag.evidence };
      if ('primaryModel' in tag && tag.primaryModel !== undefined) apart.primaryModel = tag.primaryModel;
      return apart;
    });
  }
  const atHand: TagDetailsAtHand = {
    firstEvidence: record.actors.filter(keepsFirstEvidence).map((actor) => actor.evidence[0] ?? null),
    primaryModels: record.countries.flatMap((country, i) => (country.primaryModel === undefined ? [] : [i])),
  };
  return { tags: tags as Tagged, details, atHand };
}

const DETAILS = Symbol('details');

/** The details of a record's tags, once read, else what reads them. */
interface HeldDetails {
  read: (() => TagDetailsByKind) | null;
  details: TagDetailsByKind | null;
}

/**
 * Where the tags of one kind of a record find their details: the record's, the tags in their order (a tag's place is
 * its details' place), and the first evidence sentence of each discovered actor, kept at hand by place until its
 * evidence is read (undefined for the other tags, and once it is). One for all the tags of a kind, rather than an
 * object for each tag: a settled addition at 10,000 articles gives about 200,000 tags from the cache, few of which
 * are ever asked for their details.
 */
interface KindDetails {
  held: HeldDetails;
  kind: TagKind;
  tags: AnyTag[];
  first: Array<Evidence | null | undefined>;
}

type DetailsAt = { [DETAILS]: KindDetails };

/** The place of `tag` among the tags of its kind whose details it finds, or -1 (an object that is not such a tag). */
const placeOf = (tag: DetailsAt) => tag[DETAILS].tags.indexOf(tag as unknown as AnyTag);

function detailsOf(tag: DetailsAt): TagDetails {
  const { held, kind } = tag[DETAILS];
  if (!held.details) {
    held.details = held.read!();
    held.read = null;
  }
  const details = held.details[kind][placeOf(tag)];
  if (!Array.isArray(details?.evidence)) throw new Error(`a record's tag has no details among its tags' details`);
  return details;
}

/** The accessor of a tag's field kept apart, shared by every tag: a value set is set as any other field's. */
function detailAccessor(read: (tag: DetailsAt) => unknown, field: string): PropertyDescriptor {
  return {
    enumerable: true,
    configurable: true,
    get(this: DetailsAt) {
      return read(this);
    },
    set(this: object, value: unknown) {
      Object.defineProperty(this, field, { value, writable: true, enumerable: true, configurable: true });
    },
  };
}

/** A tag's evidence: a discovered actor's first sentence (kept at hand) and the rest, made one array once. */
const EVIDENCE_ACCESSOR = detailAccessor((tag) => {
  const details = detailsOf(tag);
  const { first } = tag[DETAILS];
  const place = placeOf(tag);
  const kept = first[place];
  if (kept !== undefined) {
    if (kept) details.evidence = [kept, ...details.evidence];
    first[place] = undefined;
  }
  return details.evidence;
}, 'evidence');
const PRIMARY_MODEL_ACCESSOR = detailAccessor((tag) => detailsOf(tag).primaryModel, 'primaryModel');

/**
 * Gives each tag of `record` (as `takeTagDetailsApart` left it) the details `read` gives, read when one of them is
 * first asked for (once for all): its evidence, and a country's primary model where it held one (`atHand`). A
 * discovered actor's first sentence stays at hand without reading them (`firstEvidenceOf`).
 */
export function readTagDetailsLater<T extends Tagged>(
  record: T,
  atHand: TagDetailsAtHand,
  read: () => TagDetailsByKind,
): T {
  const held: HeldDetails = { read, details: null };
  let discovered = 0;
  for (const kind of TAG_KINDS) {
    const tags: AnyTag[] = [...record[kind]];
    const first = tags.map((tag) =>
      keepsFirstEvidence(tag) ? (atHand.firstEvidence[discovered++] ?? null) : undefined,
    );
    const at: PropertyDescriptor = { value: { held, kind, tags, first } satisfies KindDetails };
    for (const tag of tags) {
      Object.defineProperty(tag, DETAILS, at);
      Object.defineProperty(tag, 'evidence', EVIDENCE_ACCESSOR);
    }
  }
  for (const place of atHand.primaryModels) {
    const country = record.countries[place];
    if (country) Object.defineProperty(country, 'primaryModel', PRIMARY_MODEL_ACCESSOR);
  }
  return record;
}

/** The first evidence sentence of a tag, without reading the details of a record's tags that keep it at hand. */
export function firstEvidenceOf(tag: { evidence: Evidence[] }): Evidence | null {
  const at = tag as Partial<DetailsAt>;
  const first = at[DETAILS]?.first[placeOf(at as DetailsAt)];
  return first !== undefined ? first : (tag.evidence[0] ?? null);
}
