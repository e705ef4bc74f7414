import ts from 'typescript';

/**
 * Finds text a user would read that is written into a component instead of coming from the
 * catalogue: JSX text, user-facing attributes (label, title, …) and properties (headerName, …)
 * given as literals, and sentences in any string. A line may opt out with `i18n-exempt` in a
 * comment just above it, saying why (a brand name, a format example that is the same everywhere).
 */
export interface LiteralString {
  file: string;
  line: number;
  text: string;
}

const UI_ATTRIBUTES = new Set([
  'label', 'title', 'placeholder', 'aria-label', 'helperText', 'alt', 'description', 'subtitle', 'message',
  'heading', 'caption', 'tooltip', 'primary', 'secondary', 'emptyText', 'confirmLabel', 'actionLabel', 'text',
]);
const UI_PROPERTIES = new Set([
  'label', 'title', 'headerName', 'description', 'explanation', 'message', 'placeholder', 'helperText', 'hint',
  'subtitle', 'heading', 'caption', 'tooltip', 'emptyText', 'noRowsLabel',
]);
// Two words of letters: a phrase. CSS values (`1px solid`, `space between`) are the noise to skip.
const PHRASE = /[A-Za-z]{2,}[,.:;!?’']? +[A-Za-z]{2,}/;
const CSS_WORDS = /\b(solid|dashed|dotted|auto|ease|ease-in-out|linear|inherit|transparent|none|important|span|repeat|minmax|fr|px|rem|em|calc|var|translate|rotate|scale)\b/;
const LETTER = /[A-Za-z\u4e00-\u9fff]/;

function isExempt(source: ts.SourceFile, node: ts.Node): boolean {
  const start = node.getStart(source);
  const line = source.getLineAndCharacterOfPosition(start).line;
  const lines = source.text.split('\n');
  return [lines[line], lines[line - 1], lines[line - 2]].some((l) => l?.includes('i18n-exempt'));
}

/** Strings a developer reads, not a user: GraphQL documents, errors thrown for developers, logs, imports. */
function isDeveloperString(node: ts.Node): boolean {
  for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
    if (ts.isTaggedTemplateExpression(p)) return true; // a tagged template: code, not text
    if (ts.isCallExpression(p) && p.expression.getText() === 'graphql') return true; // graphql(`…`): a GraphQL document
    if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p)) return true;
    if (ts.isNewExpression(p) && /Error$/.test(p.expression.getText())) return true;
    if (ts.isCallExpression(p) && /^console\./.test(p.expression.getText())) return true;
    if (ts.isLiteralTypeNode(p)) return true;
    if (ts.isJsxAttribute(p) && /^(data-testid|className|href|to|id|name|type|variant|color|component|role)$/.test(p.name.getText())) return true;
    if (ts.isBlock(p) || ts.isSourceFile(p)) return false;
  }
  return false;
}

export function findLiteralStrings(file: string, text: string): LiteralString[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: LiteralString[] = [];
  const labelsFile = /labels\.ts$/.test(file);
  const report = (node: ts.Node, value: string) => {
    if (isExempt(source, node)) return;
    found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: value.trim().slice(0, 80) });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (LETTER.test(node.text)) report(node, node.text);
    } else if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      if (UI_ATTRIBUTES.has(node.name.getText()) && LETTER.test(node.initializer.text)) report(node, node.initializer.text);
    } else if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent) && isTextLiteral(node.expression)) {
      const value = literalText(node.expression);
      if (LETTER.test(value)) report(node, value);
    } else if (ts.isPropertyAssignment(node) && UI_PROPERTIES.has(node.name.getText()) && isTextLiteral(node.initializer)) {
      const value = literalText(node.initializer);
      if (LETTER.test(value) && !isDeveloperString(node)) report(node, value);
    } else if (labelsFile && ts.isPropertyAssignment(node) && isTextLiteral(node.initializer)) {
      // Label tables (`*-labels.ts`) map codes to words: every value there is user-facing.
      const value = literalText(node.initializer);
      if (LETTER.test(value)) report(node, value);
    } else if (isTextLiteral(node) && !isDeveloperString(node)) {
      const value = literalText(node);
      if (PHRASE.test(value) && !CSS_WORDS.test(value)) report(node, value);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  // One node can be reached twice (as a property value and as a string); keep one report per place.
  return found.filter((f, i) => found.findIndex((g) => g.line === f.line && g.text === f.text) === i);
}

function isTextLiteral(node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);
}

function literalText(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression): string {
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  return node.text;
}
