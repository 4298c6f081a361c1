import { useEffect, useState } from 'preact/hooks';
import { useFeatureText } from '../../app/i18n';
import { kickoffText } from './kickoff-text';

/** Days, hours, minutes and seconds until `target`, never below zero. */
export function remaining(targetMs: number, nowMs: number) {
  const total = Math.max(0, Math.floor((targetMs - nowMs) / 1000));
  return { days: Math.floor(total / 86_400), hours: Math.floor((total % 86_400) / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60, done: total === 0 };
}

/**
 * The countdown to the kick-off. It corrects for a phone whose clock is off
 * with the server's time, ticks once a second, and calls `onDone` at zero.
 * It is a timer for the eye: screen readers read it when they come to it,
 * not every second.
 */
export function Countdown({ target, serverTime, onDone }: { target: string; serverTime: string; onDone: () => void }) {
  const { t } = useFeatureText(kickoffText);
  const [skew] = useState(() => Date.parse(serverTime) - Date.now());
  const [now, setNow] = useState(() => Date.now() + skew);
  const left = remaining(Date.parse(target), now);
  useEffect(() => {
    if (left.done) {
      onDone();
      return;
    }
    const timer = setTimeout(() => setNow(Date.now() + skew), 1000);
    return () => clearTimeout(timer);
  }, [now, left.done, onDone, skew]);
  const parts = [
    { value: left.days, label: t('kickoff.days') },
    { value: left.hours, label: t('kickoff.hours') },
    { value: left.minutes, label: t('kickoff.minutes') },
    { value: left.seconds, label: t('kickoff.seconds') },
  ];
  return (
    <div class="countdown" role="timer" aria-label={t('kickoff.countdown')}>
      {parts.map((p) => (
        <div key={p.label} class="countdown-part">
          <span class="countdown-value">{String(p.value).padStart(2, '0')}</span>
          <span class="countdown-label">{p.label}</span>
        </div>
      ))}
    </div>
  );
}
