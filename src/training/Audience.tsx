import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../machines/ids';
import { localized } from './casus';
import { openChannel, type AudienceFrame } from './channel';
import { useLabels } from './labels';
import { RouteMap } from './map/RouteMap';
import { mapPosition } from './map/routeMap';
import './training.css';

/**
 * The audience view: what the room sees on the projector. Only the story, the question (with its
 * answers, the expected one marked once the trainer reveals it, and a discussion when the room
 * chose otherwise) and the route map. Everything comes from the presenter's frames.
 */
export function AudienceView({ frame }: { frame: AudienceFrame }) {
  const { t, i18n } = useTranslation(['training', 'guide']);
  const lng = i18n.language;
  const { questionTitle, answerLabel, routeTitle } = useLabels(frame.sector);
  const position = useMemo(
    () => mapPosition(frame.answers as unknown as Answer[], { sector: frame.sector, partners: frame.partners }),
    [frame.answers, frame.sector, frame.partners],
  );
  const story = localized(frame.story, lng);
  const d = frame.discussion;
  return (
    <div className="zr-stage zr-stage--audience" data-testid="audience">
      <header className="zr-stage__head">
        <h1 className="zr-stage__title">{localized(frame.title, lng)}</h1>
        {frame.progress && !frame.finished && (
          <p className="zr-stage__progress">{t('training:presenter.progress', frame.progress)}</p>
        )}
        <p className="zr-stage__badge">◆ {t('training:audience.title')}</p>
      </header>
      {story && (
        <section className="zr-stage__story" aria-labelledby="zr-aud-story" data-testid="stage-story">
          <h2 id="zr-aud-story" className="zr-stage__h2">
            {t('training:presenter.story')}
          </h2>
          {story.split(/\n\s*\n/).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </section>
      )}
      <section className="zr-stage__question" aria-labelledby="zr-aud-question" data-testid="stage-question" aria-live="polite">
        {frame.finished || !frame.question ? (
          <>
            <h2 id="zr-aud-question" className="zr-stage__h2">
              {t('training:audience.end')}
            </h2>
            {frame.route && (
              <p className="zr-stage__qtitle">
                {t('training:presenter.reached')}: {routeTitle(frame.route)}
              </p>
            )}
          </>
        ) : (
          <>
            <h2 id="zr-aud-question" className="zr-stage__h2">
              {t('training:presenter.question')}
            </h2>
            <p className="zr-stage__qtitle">{questionTitle(frame.question)}</p>
            <p className="zr-stage__prompt">{t('training:presenter.prompt')}</p>
            <ul className="zr-stage__options">
              {frame.options.map((value) => {
                const expected = frame.revealed === value;
                return (
                  <li key={value} className={`zr-stage__option${expected ? ' zr-stage__option--expected' : ''}`}>
                    {answerLabel(frame.question!, value)}
                    {expected && <strong className="zr-stage__expected"> ✓ {t('training:audience.expected')}</strong>}
                  </li>
                );
              })}
            </ul>
          </>
        )}
        {d && (
          <div className="zr-discussion" data-testid="audience-discussion">
            <h3 className="zr-discussion__heading">{t('training:discussion.heading')}</h3>
            <p>{t('training:discussion.differs', { room: answerLabel(d.question, d.room), casus: answerLabel(d.question, d.casus) })}</p>
            {d.alternative && (
              <p>
                <strong>{t('training:discussion.alternative')}</strong> {localized(d.alternative, lng)}
              </p>
            )}
            {d.rationale && (
              <p>
                <strong>{t('training:discussion.casusWhy', { casus: answerLabel(d.question, d.casus) })}</strong> {localized(d.rationale, lng)}
              </p>
            )}
          </div>
        )}
      </section>
      <div className="zr-stage__map">
        <RouteMap position={position} sector={frame.sector} answerLabel={answerLabel} id="zr-aud-map" />
      </div>
    </div>
  );
}

/**
 * #/training/publiek: the audience window, opened by the presenter. It keeps nothing: a frame in
 * memory, replaced by the next one. The app's header and footer are hidden (a projector shows the
 * room the casus, not the app).
 */
export default function AudiencePage() {
  const { t } = useTranslation('training');
  const [frame, setFrame] = useState<AudienceFrame | undefined>();
  useEffect(() => {
    document.documentElement.dataset.mode = 'audience';
    const channel = openChannel((message) => {
      if (message.type === 'frame') setFrame(message.frame);
      if (message.type === 'bye') setFrame(undefined);
    });
    channel.post({ type: 'hello' });
    return () => {
      channel.close();
      delete document.documentElement.dataset.mode;
    };
  }, []);
  // A neutral title: browsers keep titles in their history (issue 13); the casus shows on the page.
  useEffect(() => {
    document.title = t('audience.title');
  }, [t]);
  return frame ? (
    <AudienceView frame={frame} />
  ) : (
    <div className="zr-stage zr-stage--audience">
      <h1 className="zr-stage__title">{t('audience.title')}</h1>
      <p className="zr-stage__qtitle" role="status">
        {t('audience.waiting')}
      </p>
    </div>
  );
}
