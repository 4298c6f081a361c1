import { useEffect, useState } from 'preact/hooks';
import type { RewardsWidget } from './RewardsWidget';

/**
 * Where the home shows the prizes widget. The home is at its bundle budget,
 * so the widget's code is fetched after the first paint, with the other
 * rewards screens (see screens.ts).
 */
export function RewardsSlot() {
  const [Widget, setWidget] = useState<typeof RewardsWidget | null>(null);
  useEffect(() => void import('./screens').then((m) => setWidget(() => m.RewardsWidget)), []);
  return Widget ? <Widget /> : null;
}
