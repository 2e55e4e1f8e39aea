import MarkdownIt from 'markdown-it';

/**
 * Renders a city's legal text from Markdown to HTML that a page may insert as it is: raw HTML in the
 * text is escaped, never passed through, and links to `javascript:`, `vbscript:`, `file:` and `data:`
 * addresses are not made (markdown-it's own link check). Placeholders such as `{{Name der Stadt}}`,
 * which a template leaves for the city to fill in, are marked so a reader sees what is still open.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** `{{ … }}` on one line, at most 500 characters inside (some placeholders explain what to write). */
const PLACEHOLDER = /\{\{([^{}\n]{1,500})\}\}/g;

export function renderLegalMarkdown(source: string): string {
  return markdown
    .render(source)
    .replace(PLACEHOLDER, (_match, name: string) => `<mark class="placeholder">{{${name}}}</mark>`);
}

/** The placeholders still in a text, each once, in the order they first appear. */
export function placeholdersIn(source: string): string[] {
  return [...new Set([...source.matchAll(PLACEHOLDER)].map((match) => match[1].trim()))];
}

/** The text of the first level-one heading, which is the document's title. */
export function titleOf(source: string): string | undefined {
  const tokens = markdown.parse(source, {});
  const heading = tokens.findIndex((token) => token.type === 'heading_open' && token.tag === 'h1');
  return heading === -1 ? undefined : tokens[heading + 1]?.content;
}
