import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, Sector } from '../../machines/ids';
import { Button } from '../ui/Button';
import { slug } from './casus';
import { casusFileText } from './casusFile';
import { Paragraph } from '../ui/Paragraph';

/**
 * "Save the current walk as a casus file": the answers of the training concern, a title the trainer
 * types, and the route the machine reaches, as a download. Never notes or anything else: a casus is
 * fictional and meant to be shared.
 */
export function SaveCasus({
  answers,
  sector,
  routeReached,
}: {
  answers: readonly Answer[];
  sector: Sector;
  /** A casus says where it leads: saving waits until the walk has reached a route. */
  routeReached: boolean;
}) {
  const { t } = useTranslation('training');
  const id = useId();
  const [title, setTitle] = useState(() => t('save.defaultTitle'));

  async function save() {
    const text = await casusFileText({ title, sector, answers });
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `casus-${slug(title)}.json`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <section className="zr-save" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="utrecht-heading-2">
        {t('save.heading')}
      </h2>
      <Paragraph>{t('save.lead')}</Paragraph>
      <div className="utrecht-form-field">
        <label htmlFor={`${id}-title`} className="utrecht-form-label">
          {t('save.titleLabel')}
        </label>
        <div>
          <input
            id={`${id}-title`}
            className="utrecht-textbox utrecht-textbox--html-input"
            type="text"
            value={title}
            maxLength={120}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
      </div>
      {answers.length === 0 || !routeReached ? (
        <Paragraph>{answers.length === 0 ? t('save.empty') : t('save.noRoute')}</Paragraph>
      ) : (
        <Button onClick={() => void save()} data-testid="save-casus">
          {t('save.button')}
        </Button>
      )}
    </section>
  );
}
