import { useMemo } from 'react';
import { VIEW } from '../url/groups';
import { useUrlState } from '../url/store';
import { hiddenCss, hiddenMatcher } from './hide';

/**
 * The style sheet that hides the controls a link names (`?hide=…`). Any element with
 * `data-control="<id>"` can be hidden this way; nothing else needs to know.
 */
export function HiddenControls() {
  const [view] = useUrlState(VIEW);
  const css = useMemo(() => hiddenCss(view.hide), [view.hide]);
  return css === '' ? null : <style data-testid="hidden-controls">{css}</style>;
}

/** `isHidden('tab.explore')` for logic that must skip hidden things (the tabs' arrow keys). */
export function useHidden(): (id: string) => boolean {
  const [view] = useUrlState(VIEW);
  return useMemo(() => hiddenMatcher(view.hide), [view.hide]);
}
