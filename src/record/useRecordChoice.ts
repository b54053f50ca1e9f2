import { useEffect, useState } from 'react';
import type { SchoolSetting } from '../storage/settings';
import { EMPTY_CHOICE, type FieldErrors, type RecordChoice } from './RecordFields';
import { loadStore, schoolFor, toRegistration, validateChoice, type ConcernFacts } from './recording';
import type { Registration } from '../storage/registration';
import { useRecordT } from './sector';

/**
 * What the guide's record panel and quick registration share: the settings' schools (undefined while
 * they load, none when they cannot be read), the worker's choice, and its errors. With one school
 * there is nothing to choose: it is chosen (a choice already made is kept); otherwise nothing is
 * chosen for the worker.
 */
export function useRecordChoice(load: () => Promise<SchoolSetting[]>) {
  const { t } = useRecordT();
  const [schools, setSchools] = useState<SchoolSetting[] | undefined>();
  const [choice, setChoice] = useState<RecordChoice>(EMPTY_CHOICE);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [showSummary, setShowSummary] = useState(false);

  useEffect(() => {
    let live = true;
    void load()
      .then((list) => {
        if (!live) return;
        setSchools(list);
        if (list.length === 1) setChoice((c) => (c.school ? c : { ...c, school: list[0]!.id }));
      })
      .catch(() => live && setSchools([]));
    return () => {
      live = false;
    };
  }, [load]);

  /** Checks the choice against the schools: false (errors and their summary shown) when it is not complete. */
  function check(list: readonly SchoolSetting[]): boolean {
    const found = validateChoice(choice, list, t);
    setErrors(found);
    const complete = Object.keys(found).length === 0;
    setShowSummary(!complete);
    return complete;
  }

  /**
   * Counts the choice with the concern's facts (only the month of `when` is kept). No schools yet:
   * the school named here is added to the settings first (no detour), and the list is updated.
   */
  async function record(list: readonly SchoolSetting[], facts: ConcernFacts, when: Date): Promise<{ school: SchoolSetting; registration: Registration }> {
    const { school, schools: current } = await schoolFor(choice, list);
    if (current.length !== list.length) setSchools(current);
    const registration = toRegistration({ ...choice, school: school.id }, facts, when);
    await (await loadStore()).recordRegistration(registration);
    return { school, registration };
  }

  return { schools, choice, setChoice, errors, showSummary, check, record };
}
