/**
 * The draft the current concern came from (or was last saved as), with its passphrase, so the
 * worker can update it without typing the passphrase again. Module memory only: never stored,
 * gone on reload, and tied to the session generation so a new concern never overwrites it.
 */
export interface OpenedDraftRef {
  generation: number;
  id: string;
  label: string;
  passphrase: string;
}

let current: OpenedDraftRef | undefined;

export function rememberDraft(ref: OpenedDraftRef): void {
  current = ref;
}

export function rememberedDraft(generation: number): OpenedDraftRef | undefined {
  return current && current.generation === generation ? current : undefined;
}

/** Forget the draft (deleted, all data deleted, or the passphrase should no longer be held). */
export function forgetDraft(id?: string): void {
  if (id === undefined || current?.id === id) current = undefined;
}
