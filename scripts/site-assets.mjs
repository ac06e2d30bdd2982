// Writes docs/.site-assets/diagrams.js for the typedoc site: the bundled mermaid library (no CDN:
// the site works offline) and a few lines that render each ```mermaid block as an SVG diagram.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const mermaid = readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8');
const init = `
window.addEventListener('DOMContentLoaded', async () => {
  const blocks = [...document.querySelectorAll('pre > code.mermaid, pre > code.language-mermaid')];
  if (blocks.length === 0) return;
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral' });
  for (const [i, code] of blocks.entries()) {
    const { svg } = await mermaid.render('flow-' + i, code.innerText);
    const figure = document.createElement('figure');
    figure.className = 'flow-diagram';
    figure.innerHTML = svg;
    code.parentElement.replaceWith(figure);
  }
});
`;
const out = fileURLToPath(new URL('../docs/.site-assets/', import.meta.url));
mkdirSync(out, { recursive: true });
writeFileSync(`${out}diagrams.js`, `${mermaid}\n${init}`);
console.log(`wrote ${out}diagrams.js`);
