/**
 * Bounds of a casus file (issue 13), apart from the schema so training can check a file's size
 * before loading zod or reading the file. The schema (casus.schema.ts) bounds every text and list.
 */
export const CASUS_LIMITS = { id: 100, title: 200, text: 5_000, story: 20_000, answers: 100, flags: 10, alternatives: 20, value: 100 } as const;
/** A casus file above this size is refused before it is read: a real one is a few kilobytes. */
export const MAX_CASUS_FILE_BYTES = 256 * 1024;
