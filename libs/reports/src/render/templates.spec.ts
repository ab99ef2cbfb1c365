import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { templatesDirectory } from './report-templates';

type Node = hbs.AST.Node & Record<string, unknown>;

/** Every `{{…}}` that prints (not block openers), with the helper or path it starts with. */
function printedMustaches(node: Node, out: { head: string; line: number }[] = []): { head: string; line: number }[] {
  if (node.type === 'MustacheStatement') {
    const path = (node as unknown as hbs.AST.MustacheStatement).path as hbs.AST.PathExpression;
    out.push({ head: path.original, line: node.loc?.start.line ?? 0 });
  }
  for (const value of Object.values(node)) {
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) if (child && typeof child === 'object' && typeof (child as Node).type === 'string') printedMustaches(child as Node, out);
  }
  return out;
}

const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.hbs') ? [join(dir, e.name)] : []));

describe('report templates escape everything they print', () => {
  const all = files(templatesDirectory());

  it('never print unescaped with {{{ }}} or {{& }}', () => {
    expect(all.length).toBeGreaterThan(8);
    const raw = all.filter((f) => /\{\{\{|\{\{&/.test(readFileSync(f, 'utf8')));
    expect(raw).toEqual([]);
  });

  it('print nothing in Markdown templates except through the Markdown-escaping helpers', () => {
    // {{md x}}, {{mdT "key"}}, {{mdQuote x}} escape for Markdown; a plain {{x}} would only be
    // HTML-escaped, which leaves *, _, [ and | live. Numbers the template writes itself are fine.
    const allowed = new Set(['md', 'mdT', 'mdQuote', 'mdDiff', 'this']);
    const markdown = all.filter((f) => f.endsWith('.md.hbs') || f.endsWith('-md.hbs'));
    expect(markdown.length).toBeGreaterThanOrEqual(3);
    for (const file of markdown) {
      const offending = printedMustaches(Handlebars.parse(readFileSync(file, 'utf8')) as unknown as Node).filter((m) => !allowed.has(m.head));
      expect({ file, offending }).toEqual({ file, offending: [] });
    }
  });
});
