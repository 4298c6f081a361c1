import { useState } from 'preact/hooks';
import { uploadMyImageContract } from '../../../shared/contracts/images';
import { myOfferContract } from '../../../shared/contracts/offer';
import { writeStoryContract } from '../../../shared/contracts/stories';
import { pickLanguage } from '../../../shared/domain/localized';
import { STORY_DISPLAYS, STORY_MAX_LENGTH, type StoryDisplay } from '../../../shared/schemas/stories';
import { ApiError, call } from '../../app/api';
import { AppShell } from '../../app/AppShell';
import { fileAsBase64 } from '../../ui/file-base64';
import { useApiData } from '../../ui/use-api-data';
import { useRetainText } from './use-retain-text';
import './retain.css';
import '../inform/inform.css';

type Photo = { status: 'none' } | { status: 'uploading' } | { status: 'ready'; id: string; url: string } | { status: 'failed'; message: string };

/** Writing a story: title, up to 600 characters, the training, how to be named, and a photo if one likes. */
export function WriteStoryPage() {
  const { t, language } = useRetainText();
  const offer = useApiData(myOfferContract);
  const preselected = new URLSearchParams(location.search).get('item') ?? '';
  const [body, setBody] = useState('');
  const [display, setDisplay] = useState<StoryDisplay>('first_name_department');
  const [photo, setPhoto] = useState<Photo>({ status: 'none' });
  const [result, setResult] = useState<{ kind: 'sent' } | { kind: 'error'; message: string } | null>(null);

  async function pickPhoto(event: Event) {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return setPhoto({ status: 'none' });
    setPhoto({ status: 'uploading' });
    try {
      const image = await call(uploadMyImageContract, { body: { data: await fileAsBase64(file) } });
      setPhoto({ status: 'ready', id: image.id, url: image.url });
    } catch (error) {
      setPhoto({ status: 'failed', message: error instanceof ApiError ? error.message : String(error) });
    }
  }

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    try {
      await call(writeStoryContract, {
        body: { title: String(form.get('title') ?? ''), body, itemId: String(form.get('itemId') ?? ''), display, ...(photo.status === 'ready' && { imageId: photo.id }) },
      });
      setResult({ kind: 'sent' });
    } catch (error) {
      setResult({ kind: 'error', message: error instanceof ApiError ? (error.issues[0]?.message ?? error.message) : t('common.error') });
    }
  }

  if (result?.kind === 'sent') {
    return (
      <AppShell>
        <section class="section stack" aria-live="polite">
          <h1>{t('retain.write.sent')}</h1>
          <a class="button button-secondary" href="/stories/mine">
            {t('retain.stories.mine')}
          </a>
        </section>
      </AppShell>
    );
  }
  const items = offer.state.status === 'ready' ? offer.state.data.items : [];
  return (
    <AppShell>
      <form class="section stack" onSubmit={(e) => void submit(e)} aria-labelledby="write-title">
        <h1 id="write-title">{t('retain.write.title')}</h1>
        <p>{t('retain.write.intro')}</p>
        <div class="field">
          <label for="story-title">{t('retain.write.storyTitle')}</label>
          <input id="story-title" name="title" required minLength={3} maxLength={120} />
        </div>
        <div class="field">
          <label for="story-body">{t('retain.write.body')}</label>
          <textarea id="story-body" name="body" required minLength={10} maxLength={STORY_MAX_LENGTH} rows={6} value={body} onInput={(e) => setBody(e.currentTarget.value)} aria-describedby="story-count" />
          <p id="story-count" class="hint">
            {t('retain.write.count', { n: body.length })}
          </p>
        </div>
        <div class="field">
          <label for="story-item">{t('retain.write.training')}</label>
          <select id="story-item" name="itemId" required>
            <option value="">{t('retain.write.pick')}</option>
            {items.map((item) => (
              <option key={item.id} value={item.id} selected={item.id === preselected}>
                {pickLanguage(item.texts, language)?.text.title ?? item.id}
              </option>
            ))}
          </select>
        </div>
        <fieldset class="choice-list">
          <legend>{t('retain.write.display')}</legend>
          {STORY_DISPLAYS.map((d) => (
            <label key={d} class="choice">
              <input type="radio" name="display" value={d} checked={display === d} onChange={() => setDisplay(d)} />
              {t(`retain.write.display.${d}`)}
            </label>
          ))}
        </fieldset>
        <div class="field">
          <label for="story-photo">{t('retain.write.photo')}</label>
          {photo.status === 'ready' && <img class="story-photo" src={photo.url} alt="" />}
          <input id="story-photo" type="file" accept="image/jpeg,image/png,image/webp,image/gif,image/avif,image/heic" onChange={(e) => void pickPhoto(e)} />
          <p role="status" class={photo.status === 'failed' ? 'error-text' : 'hint'}>
            {photo.status === 'uploading' && t('retain.write.photoUploading')}
            {photo.status === 'failed' && t('retain.write.photoFailed', { message: photo.message })}
          </p>
        </div>
        {result?.kind === 'error' && (
          <p class="error-text" role="alert">
            {result.message}
          </p>
        )}
        <button type="submit" class="button button-primary button-block" disabled={photo.status === 'uploading'}>
          {t('retain.write.send')}
        </button>
      </form>
    </AppShell>
  );
}
