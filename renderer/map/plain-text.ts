/**
 * Tooltip and label content as a text node inside a span: Leaflet sets string content as innerHTML, so object names
 * (which come from files and users) are always passed through here and shown literally, never as markup.
 */
export function plainText(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}
