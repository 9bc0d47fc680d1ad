/** Taxonomy stage: the schemas the taxonomy files under `content/taxonomy/` must satisfy. */
import { z } from 'zod';

const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "CN"');
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "xi-jinping"');
const year = z.number().int().min(1900).max(2100);

export const countriesFileSchema = z
  .object({
    /** Extra names per country code: short forms, capitals and seats of government used for the state. */
    aliases: z.record(countryCode, z.array(z.string().min(1))).default({}),
    /** Extra demonyms and adjectives per country code. */
    demonyms: z.record(countryCode, z.array(z.string().min(1))).default({}),
    /**
     * Names a present state was known by before (Zaire, Ceylon, Kampuchea), per country code: matched as its names.
     * A state dissolved into several (the Soviet Union, Yugoslavia) is no present state's former name.
     */
    formerNames: z.record(countryCode, z.array(z.string().min(1))).default({}),
    /** Combining forms such as "Sino-", matched only when a hyphen follows. */
    prefixes: z.record(countryCode, z.array(z.string().regex(/-$/, 'must end with a hyphen'))).default({}),
    /** Phrases that contain a country's name but do not refer to the state ("South China Sea"). */
    notCountries: z.array(z.string().min(1)).default([]),
    /** Names from the country package that are too ambiguous to use on their own, per country code. */
    dropNames: z.record(countryCode, z.array(z.string().min(1))).default({}),
    /**
     * Names that are also something else ("Georgia" the US state, "Jordan" the given name), per country code: each
     * counts only in an article that also has one of its `cues` (the capital, the demonym, a region).
     */
    needContext: z
      .record(
        countryCode,
        z.object({ names: z.array(z.string().min(1)).min(1), cues: z.array(z.string().min(1)).min(1) }).strict(),
      )
      .default({}),
  })
  .strict();

const actorSchema = z
  .object({
    id: slug,
    name: z.string().min(1),
    type: z.enum(['person', 'organization']),
    country: countryCode.nullable().default(null),
    aliases: z.array(z.string().min(1)).default([]),
    /** Names too common to match alone ("Congress", "the Senate"): they count only in an article that names `country`. */
    contextAliases: z.array(z.string().min(1)).default([]),
    shortNames: z.array(z.string().min(1)).default([]),
    roles: z
      .array(
        z
          .object({
            title: z.string().min(1),
            from: year.nullable().optional(),
            to: year.nullable().optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export const actorsFileSchema = z.array(actorSchema);

/** A weighted term of a topic. */
const topicTermSchema = z
  .object({
    phrase: z.string().min(1),
    /** Points per occurrence; negative weights push articles out. */
    weight: z.number().refine((w) => w !== 0, 'must not be 0 (remove the term instead)'),
    /** Occurrences that count at most; the classifier's default applies when absent. */
    maxCount: z.number().int().positive().optional(),
  })
  .strict();

const topicSchema = z
  .object({
    id: slug,
    title: z.string().min(1),
    description: z.string().min(1),
    /** Score an article needs to be in the topic. */
    threshold: z.number().positive(),
    /** Conditions on the article's tags that must all hold before its terms are scored. */
    requires: z
      .object({
        /** Every one of these must be a primary country. */
        primaryCountries: z.array(countryCode).default([]),
        /** At least one of these must be a country of the article (primary or mentioned). */
        anyCountry: z.array(countryCode).default([]),
        /**
         * When set, a positive term counts only in a sentence that names every one of these countries
         * (by name, demonym, capital, combining form, or one of its actors found in the article).
         */
        sameSentence: z.array(countryCode).min(2, 'needs at least two countries to relate').optional(),
        /**
         * When true, at least one positive term must stand in a sentence that names two countries or more (in the
         * same ways): two states dealing with each other, not one state's own business.
         */
        twoStates: z.boolean().optional(),
        /**
         * For `twoStates`, the parties a sentence can name besides countries: states of the past ("Soviet Union")
         * and bodies of states ("European Union"), each named by phrases or by actors (ids) found in the article.
         */
        otherParties: z
          .array(
            z
              .object({
                name: z.string().min(1),
                phrases: z.array(z.string().min(1)).default([]),
                actors: z.array(slug).default([]),
              })
              .strict(),
          )
          .default([]),
        /**
         * For `twoStates`, phrases naming a party that is not a state ("banks", "company"): a sentence that names
         * one deals with a company or a bank, and does not count as two states dealing with each other.
         */
        nonStateParties: z.array(z.string().min(1)).default([]),
        /**
         * For `twoStates`, phrases naming several states at once ("member states", "producing and consuming
         * countries"): a sentence that names one names two parties.
         */
        severalStates: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .default({}),
    terms: z.array(topicTermSchema).min(1, 'a topic needs at least one term'),
  })
  .strict()
  .superRefine((topic, ctx) => {
    const seen = new Set<string>();
    topic.terms.forEach((term, i) => {
      const key = term.phrase.toLowerCase();
      if (seen.has(key))
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['terms', i, 'phrase'],
          message: `"${term.phrase}" is listed twice`,
        });
      seen.add(key);
    });
    if (!topic.terms.some((t) => t.weight > 0))
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['terms'],
        message: 'a topic needs at least one term with a positive weight',
      });
  });

export const topicsFileSchema = z.array(topicSchema);

export type CountriesFile = z.infer<typeof countriesFileSchema>;
export type ActorEntry = z.infer<typeof actorSchema>;
export type TopicEntry = z.infer<typeof topicSchema>;
export type TopicTerm = z.infer<typeof topicTermSchema>;
