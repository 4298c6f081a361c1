import { useState } from 'preact/hooks';
import { uploadImageContract } from '../../../shared/contracts/images';
import { call } from '../../app/api';
import { useAdminText } from './use-admin';
import { useFormErrors } from './form-errors';
import { fileAsBase64 } from '../../ui/file-base64';

/**
 * Picks an image and uploads it; the server checks it really is one, strips
 * its metadata and resizes it for phones, and answers with its address.
 */
export function ImageUpload({ id, url, onUploaded }: { id: string; url: string | null; onUploaded: (url: string) => void }) {
  const { t } = useAdminText();
  const [status, setStatus] = useState<{ kind: 'idle' } | { kind: 'uploading' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const errors = useFormErrors(() => undefined);
  async function pick(event: Event) {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    setStatus({ kind: 'uploading' });
    try {
      const image = await call(uploadImageContract, { body: { data: await fileAsBase64(file) } });
      setStatus({ kind: 'idle' });
      onUploaded(image.url);
    } catch (e) {
      setStatus({ kind: 'error', message: errors.report(e) });
    }
  }
  return (
    <div class="field">
      <label for={id}>{t('admin.cards.image')}</label>
      {url && <img class="admin-thumb" src={url} alt="" />}
      <input id={id} type="file" accept="image/jpeg,image/png,image/webp,image/gif,image/avif,image/heic" onChange={(e) => void pick(e)} />
      <p role="status" class={status.kind === 'error' ? 'error-text' : 'hint'}>
        {status.kind === 'uploading' && t('admin.cards.imageUploading')}
        {status.kind === 'error' && t('admin.cards.imageFailed', { message: status.message })}
      </p>
    </div>
  );
}
