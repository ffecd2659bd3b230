// The Embed controls' copy buttons. The controls are static server markup (never hydrated), so one
// listener on the page serves them all: the button copies its control's code and says so in the
// control's live region; focusing the code selects it for readers who copy by hand.
const selectAll = (el: HTMLElement) => getSelection()?.selectAllChildren(el);

export function enableCopyButtons(root: HTMLElement): () => void {
  const click = async (e: MouseEvent) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-embed-copy]');
    // The AMP code has its own box and button inside the control.
    const control = button?.closest('.embed-amp, .embed-control');
    const code = control?.querySelector<HTMLElement>(':scope > .embed-code');
    const status = control?.querySelector(':scope > .embed-actions [role=status]');
    if (!button || !code || !status) return;
    status.textContent = '';
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      status.textContent = button.dataset.copied ?? '';
    } catch {
      // No clipboard API (insecure context, denied): select the code for the reader instead.
      selectAll(code);
      status.textContent = (document.execCommand?.('copy') ? button.dataset.copied : button.dataset.failed) ?? '';
    }
  };
  const focus = (e: FocusEvent) => {
    if (e.target instanceof HTMLElement && e.target.matches('.embed-control .embed-code')) selectAll(e.target);
  };
  root.addEventListener('click', click);
  root.addEventListener('focusin', focus);
  return () => {
    root.removeEventListener('click', click);
    root.removeEventListener('focusin', focus);
  };
}
