// The site's page script (typedoc `customJs`): loads the playground only on pages with one (the
// bundle of the page's module), and highlights the cited passage a link lands on.
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
  if (target.matches('mark.cite, .passage')) target.scrollIntoView({ block: 'center' });
}

window.addEventListener('hashchange', highlight);
// Once the page has laid out (and the theme has scrolled to the anchor), centre the passage.
window.addEventListener('load', () => setTimeout(highlight, 50));
window.addEventListener('DOMContentLoaded', () => {
  highlight();
  const modules = new Set([...document.querySelectorAll<HTMLElement>('[data-playground]')].map((e) => e.dataset['playground']?.split('/')[0]));
  for (const module of modules) void loadScript(`playground-${module}.js`);
});
