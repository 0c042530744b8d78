/**
 * The view settings a share link carries, read from and applied to the page's view stores (the
 * Classes and Reachability buttons, the generation Collect collects) of one app core.
 */
import type { ViewSettings } from '../store/shareLink';
import type { AppCore } from './core/appCore';

export function currentView(core: AppCore): ViewSettings {
  const { showSetup, showReachability } = core.interaction.getState();
  const generation = core.collector.getState().generation;
  return {
    showSetup,
    showReachability,
    collectGeneration: generation === 0 || generation === 1 ? generation : 2,
  };
}

export function applyView(core: AppCore, view: ViewSettings): void {
  const ui = core.interaction.getState();
  ui.setShowSetup(view.showSetup);
  ui.setShowReachability(view.showReachability);
  core.collector.getState().setGeneration(view.collectGeneration);
}
