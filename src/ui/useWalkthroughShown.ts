/** The walkthrough of the last run as this mount's views see it (walkthroughShown.ts). */
import { useMemo } from 'react';
import { useCollector, useSession } from './core/context';
import { walkthroughShown, type WalkthroughShown } from './walkthroughShown';

export function useWalkthroughShown(): WalkthroughShown | null {
  const run = useSession((s) => s.lastRun);
  const transcript = useSession((s) => s.transcript);
  const walk = useCollector((s) => s.state);
  return useMemo(() => walkthroughShown(run, transcript, walk), [run, transcript, walk]);
}
