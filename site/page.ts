// The site's page script (typedoc `customJs`): loads mermaid only on pages with flow diagrams and
// the playground only on pages with one, and highlights the cited passage a link lands on.
declare const mermaid: {
  initialize(config: object): void;
  render(id: string, text: string): Promise<{ svg: string }>;
};

const assets = new URL('.', (document.currentScript as HTMLScriptElement | null)?.src ?? location.href);

function loadScript(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = new URL(name, assets).href;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`cannot load ${name}`));
    document.head.append(s);
  });
}

async function diagrams(): Promise<void> {
  const blocks = [...document.querySelectorAll<HTMLElement>('pre > code.mermaid, pre > code.language-mermaid')];
  if (blocks.length === 0) return;
  await loadScript('mermaid.min.js');
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral' });
  for (const [i, code] of blocks.entries()) {
    const { svg } = await mermaid.render(`flow-${i}`, code.innerText);
    const figure = document.createElement('figure');
    figure.className = 'flow-diagram';
    figure.innerHTML = svg;
    code.parentElement?.replaceWith(figure);
  }
  document.documentElement.dataset['diagrams'] = String(blocks.length);
}

/** Every part of the quote the URL points at gets `is-target` (CSS `:target` covers only the first). */
function highlight(): void {
  for (const el of document.querySelectorAll('.is-target')) el.classList.remove('is-target');
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  const target = document.getElementById(id);
  if (!target) return;
  target.classList.add('is-target');
  for (const el of document.querySelectorAll(`[data-quote="${CSS.escape(id)}"]`)) el.classList.add('is-target');
  target.closest('.passage')?.classList.add('is-target');
}

window.addEventListener('hashchange', highlight);
window.addEventListener('DOMContentLoaded', () => {
  highlight();
  if (document.querySelector('[data-playground]')) void loadScript('playground.js');
  void diagrams();
});
