// The Embed controls' display options. The radio buttons wait in a <template> until a control is
// first opened (no form fields for the browser to lay out while the page loads); a change rewrites
// the control's codes (iframe and AMP) with the query and the height for the choice. One listener
// pair serves every control of the page.
import { DEFAULT_OPTIONS, withOptions, type EmbedOptions } from '../model/embed-options';

const originals = new WeakMap<HTMLElement, string>();

function options(control: HTMLElement): EmbedOptions {
  const value = (name: string) => control.querySelector<HTMLInputElement>(`.embed-options input[name$="-${name}"]:checked`)?.value;
  return {
    content: value('content') === 'chart' ? 'chart' : 'text',
    theme: (['light', 'dark', 'auto'] as const).find((t) => t === value('theme')) ?? DEFAULT_OPTIONS.theme,
    transparent: !!control.querySelector<HTMLInputElement>('.embed-options input[name$="-transparent"]:checked')
  };
}

function rewrite(control: HTMLElement) {
  const o = options(control);
  const height = Number((o.content === 'chart' && control.dataset.heightChart) || control.dataset.heightText);
  for (const code of control.querySelectorAll<HTMLElement>('.embed-code[data-code]')) {
    if (!originals.has(code)) originals.set(code, code.textContent ?? '');
    code.textContent = withOptions(originals.get(code)!, control.dataset.embedSrc ?? '', height, o);
  }
}

export function enableEmbedOptions(root: HTMLElement): () => void {
  // `toggle` does not bubble: listen in the capture phase.
  const toggle = (e: Event) => {
    const control = e.target as HTMLElement;
    if (!(control instanceof HTMLDetailsElement) || !control.open || !control.matches('.embed-control')) return;
    const template = control.querySelector<HTMLTemplateElement>(':scope > template.embed-options-template');
    template?.replaceWith(template.content.cloneNode(true));
  };
  const change = (e: Event) => {
    const control = (e.target as Element).closest<HTMLElement>('.embed-options')?.closest<HTMLElement>('.embed-control');
    if (control) rewrite(control);
  };
  root.addEventListener('toggle', toggle, true);
  root.addEventListener('change', change);
  return () => {
    root.removeEventListener('toggle', toggle, true);
    root.removeEventListener('change', change);
  };
}
