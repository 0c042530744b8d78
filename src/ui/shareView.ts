/**
 * The view settings a share link carries, read from and applied to the page's view stores (the
 * Classes and Reachability buttons, the generation Collect collects).
 */
import type { ViewSettings } from '../store/shareLink';
import { useCollector } from './collectorStore';
import { useInteraction } from './interactionStore';

export function currentView(): ViewSettings {
  const { showSetup, showReachability } = useInteraction.getState();
  const generation = useCollector.getState().generation;
  return {
    showSetup,
    showReachability,
    collectGeneration: generation === 0 || generation === 1 ? generation : 2,
  };
}

export function applyView(view: ViewSettings): void {
  const ui = useInteraction.getState();
  ui.setShowSetup(view.showSetup);
  ui.setShowReachability(view.showReachability);
  useCollector.getState().setGeneration(view.collectGeneration);
}
