// The mutants of one rules file: each changes one operator or literal the
// rules decide with (a comparison, a boolean, a number, a negation), found
// through TypeScript's own parser so that types and text are left alone.
import ts from 'typescript';

export interface Mutant {
  file: string;
  /** 1-based line, for the report. */
  line: number;
  start: number;
  end: number;
  from: string;
  to: string;
}

const SWAPS: Partial<Record<ts.SyntaxKind, string[]>> = {
  [ts.SyntaxKind.LessThanToken]: ['<='],
  [ts.SyntaxKind.LessThanEqualsToken]: ['<'],
  [ts.SyntaxKind.GreaterThanToken]: ['>='],
  [ts.SyntaxKind.GreaterThanEqualsToken]: ['>'],
  [ts.SyntaxKind.EqualsEqualsEqualsToken]: ['!=='],
  [ts.SyntaxKind.ExclamationEqualsEqualsToken]: ['==='],
  [ts.SyntaxKind.AmpersandAmpersandToken]: ['||'],
  [ts.SyntaxKind.BarBarToken]: ['&&'],
  [ts.SyntaxKind.PlusToken]: ['-'],
  [ts.SyntaxKind.MinusToken]: ['+'],
};

/** Inside a type, a literal or an operator decides nothing at run time. */
function inType(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) if (ts.isTypeNode(n)) return true;
  return false;
}

export function mutantsOf(file: string, text: string): Mutant[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const out: Mutant[] = [];
  const add = (start: number, end: number, to: string) =>
    out.push({ file, line: source.getLineAndCharacterOfPosition(start).line + 1, start, end, from: text.slice(start, end), to });
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken;
      // A string built with + is wording, not a rule.
      const wording = op.kind === ts.SyntaxKind.PlusToken && (ts.isStringLiteralLike(node.left) || ts.isStringLiteralLike(node.right));
      if (!wording) for (const to of SWAPS[op.kind] ?? []) add(op.getStart(source), op.end, to);
    } else if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword) {
      if (!inType(node)) add(node.getStart(source), node.end, node.kind === ts.SyntaxKind.TrueKeyword ? 'false' : 'true');
    } else if (ts.isNumericLiteral(node) && !inType(node)) {
      const value = Number(node.text);
      add(node.getStart(source), node.end, String(value + 1));
      if (value !== 0) add(node.getStart(source), node.end, String(value - 1));
    } else if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
      add(node.getStart(source), node.operand.getStart(source), '');
    } else if (ts.isConditionalExpression(node)) {
      // The condition forced both ways: a branch no case reaches survives.
      add(node.condition.getStart(source), node.condition.end, 'true');
      add(node.condition.getStart(source), node.condition.end, 'false');
    } else if (ts.isIfStatement(node)) {
      add(node.expression.getStart(source), node.expression.end, 'true');
      add(node.expression.getStart(source), node.expression.end, 'false');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

export function apply(text: string, m: Mutant): string {
  return text.slice(0, m.start) + m.to + text.slice(m.end);
}
