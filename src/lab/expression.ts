// A reader's own activation, typed as a formula in x: parsed by a small Pratt parser (never eval) into
// a tree, then built from engine ops, so the engine's autograd derives the backward pass by itself.
//
// Grammar (loosest first):  sum := product (('+' | '-') product)*
//                           product := unary (('*' | '/') unary)*
//                           unary := ('-' | '+') unary | power
//                           power := atom ('^' unary)?          right-associative: 2^3^2 = 2^9, -x^2 = -(x^2)
//                           atom := number | x | constant | parameter | name '(' args ')' | '(' sum ')'
import {
  Tensor, asTensor, add, sub, mul, div, pow, neg, exp, log, sqrt, abs, tanh, sigmoid, relu, sin, cos, erf,
  minimum, maximum,
} from '../engine';

export type BinaryOp = '+' | '-' | '*' | '/' | '^';

export type Expr =
  | { kind: 'number'; value: number; pos: number }
  | { kind: 'x'; pos: number }
  | { kind: 'parameter'; name: string; pos: number }
  | { kind: 'negate'; arg: Expr; pos: number }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; pos: number }
  | { kind: 'call'; fn: FunctionName; args: Expr[]; pos: number };

/** A mistake in a formula, with the 0-based position of the character it concerns. */
export class ExpressionError extends Error {
  constructor(message: string, readonly position: number) {
    super(message);
    this.name = 'ExpressionError';
  }
}

type Unary = (t: Tensor) => Tensor;

// The functions a formula may call, each an engine op with its own backward.
const ONE_ARGUMENT: Record<string, Unary> = {
  exp, log, sqrt, abs, tanh, sigmoid, relu, sin, cos, erf: (t) => erf(t),
};
const TWO_ARGUMENTS: Record<string, (a: Tensor, b: Tensor) => Tensor> = { max: maximum, min: minimum };

export type FunctionName = string;

export function functionNames(): string[] {
  return [...Object.keys(ONE_ARGUMENT), ...Object.keys(TWO_ARGUMENTS)].sort();
}

function arityOf(name: string): number | undefined {
  if (Object.hasOwn(ONE_ARGUMENT, name)) return 1;
  if (Object.hasOwn(TWO_ARGUMENTS, name)) return 2;
  return undefined;
}

const CONSTANTS: Record<string, number> = { pi: Math.PI, π: Math.PI, e: Math.E };

const GREEK: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', kappa: 'κ', lambda: 'λ', mu: 'μ',
  sigma: 'σ', tau: 'τ', theta: 'θ', omega: 'ω',
};
const GREEK_LETTERS = new Set(Object.values(GREEK));

/**
 * The name a parameter goes by, or undefined when `word` cannot be one. A parameter is a single Latin
 * letter other than x and e (a, b, k…), a Greek letter (β), or a Greek letter's name (beta → β).
 */
function parameterName(word: string): string | undefined {
  if (/^[a-df-wyz]$/i.test(word)) return word;
  if (GREEK_LETTERS.has(word)) return word;
  return Object.hasOwn(GREEK, word) ? GREEK[word] : undefined;
}

type Token =
  | { type: 'number'; value: number; pos: number; text: string }
  | { type: 'name'; text: string; pos: number }
  | { type: 'op'; text: BinaryOp | '(' | ')' | ','; pos: number }
  | { type: 'end'; pos: number; text: '' };

const OPERATOR_SPELLINGS: Record<string, BinaryOp | '(' | ')' | ','> = {
  '+': '+', '-': '-', '−': '-', '*': '*', '×': '*', '·': '*', '/': '/', '÷': '/', '^': '^',
  '(': '(', ')': ')', ',': ',',
};

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) { i++; continue; }
    if (src.startsWith('**', i)) { tokens.push({ type: 'op', text: '^', pos: i }); i += 2; continue; }
    const number = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i));
    if (number) {
      tokens.push({ type: 'number', value: Number(number[0]), pos: i, text: number[0] });
      i += number[0].length;
      continue;
    }
    const word = /^[A-Za-z_\u0370-\u03ff][A-Za-z0-9_\u0370-\u03ff]*/.exec(src.slice(i));
    if (word) { tokens.push({ type: 'name', text: word[0], pos: i }); i += word[0].length; continue; }
    const op = OPERATOR_SPELLINGS[c];
    if (op) { tokens.push({ type: 'op', text: op, pos: i }); i++; continue; }
    throw new ExpressionError(`unexpected character "${c}"`, i);
  }
  tokens.push({ type: 'end', pos: src.length, text: '' });
  return tokens;
}

export interface ParsedExpression {
  source: string;
  tree: Expr;
  /** Parameter names in order of first appearance (each becomes a slider). */
  parameters: string[];
}

/** Longest formula accepted: a formula is one line, not a program. */
export const MAX_FORMULA_LENGTH = 200;
/** At most this many parameters (sliders). */
export const MAX_PARAMETERS = 3;

export function parseExpression(source: string): ParsedExpression {
  if (source.length > MAX_FORMULA_LENGTH) {
    throw new ExpressionError(`the formula is longer than ${MAX_FORMULA_LENGTH} characters`, MAX_FORMULA_LENGTH);
  }
  if (source.trim() === '') throw new ExpressionError('the formula is empty: type an expression in x, such as x * sigmoid(x)', 0);
  const tokens = tokenize(source);
  const parameters: string[] = [];
  let at = 0;
  const peek = () => tokens[at];
  const next = () => tokens[at++];
  const describe = (t: Token) => (t.type === 'end' ? 'the end of the formula' : `"${t.text}"`);
  const expect = (text: ')' | ',' | '(') => {
    const t = next();
    if (t.type !== 'op' || t.text !== text) throw new ExpressionError(`expected "${text}" but found ${describe(t)}`, t.pos);
  };

  function sum(): Expr {
    let left = product();
    for (let t = peek(); t.type === 'op' && (t.text === '+' || t.text === '-'); t = peek()) {
      next();
      left = { kind: 'binary', op: t.text, left, right: product(), pos: t.pos };
    }
    return left;
  }

  function product(): Expr {
    let left = unary();
    for (let t = peek(); ; t = peek()) {
      if (t.type === 'op' && (t.text === '*' || t.text === '/')) {
        next();
        left = { kind: 'binary', op: t.text, left, right: unary(), pos: t.pos };
      } else if (t.type === 'number' || t.type === 'name' || (t.type === 'op' && t.text === '(')) {
        // "2x" or "x(x+1)": say what to write instead of guessing a product.
        throw new ExpressionError(`missing operator before ${describe(t)}: write * between factors (2*x, not 2x)`, t.pos);
      } else {
        return left;
      }
    }
  }

  function unary(): Expr {
    const t = peek();
    if (t.type === 'op' && (t.text === '-' || t.text === '+')) {
      next();
      const arg = unary();
      return t.text === '-' ? { kind: 'negate', arg, pos: t.pos } : arg;
    }
    return power();
  }

  function power(): Expr {
    const base = atom();
    const t = peek();
    if (t.type === 'op' && t.text === '^') {
      next();
      return { kind: 'binary', op: '^', left: base, right: unary(), pos: t.pos };
    }
    return base;
  }

  function atom(): Expr {
    const t = next();
    if (t.type === 'number') {
      if (!Number.isFinite(t.value)) throw new ExpressionError(`the number ${t.text} is too large`, t.pos);
      return { kind: 'number', value: t.value, pos: t.pos };
    }
    if (t.type === 'op' && t.text === '(') {
      const inner = sum();
      expect(')');
      return inner;
    }
    if (t.type === 'name') return named(t);
    throw new ExpressionError(`expected a number, x, a function or "(" but found ${describe(t)}`, t.pos);
  }

  function named(t: Extract<Token, { type: 'name' }>): Expr {
    const word = t.text;
    const called = peek().type === 'op' && peek().text === '(';
    const arity = arityOf(word);
    if (arity !== undefined) {
      if (!called) throw new ExpressionError(`${word} is a function: write ${word}(x)`, t.pos);
      next();
      const args = [sum()];
      while (peek().type === 'op' && peek().text === ',') { next(); args.push(sum()); }
      const close = peek();
      expect(')');
      if (args.length !== arity) {
        throw new ExpressionError(`${word} takes ${arity === 1 ? 'one argument' : `${arity} arguments`}, got ${args.length}`, close.pos);
      }
      return { kind: 'call', fn: word, args, pos: t.pos };
    }
    if (called) {
      throw new ExpressionError(`unknown function "${word}"; the functions are ${functionNames().join(', ')}`, t.pos);
    }
    if (word === 'x') return { kind: 'x', pos: t.pos };
    if (Object.hasOwn(CONSTANTS, word)) return { kind: 'number', value: CONSTANTS[word], pos: t.pos };
    const name = parameterName(word);
    if (name === undefined) {
      throw new ExpressionError(
        `unknown name "${word}": use x, a function, pi, e, or a parameter — one letter (a, b, k) or a Greek letter (β or beta)`,
        t.pos,
      );
    }
    if (!parameters.includes(name)) {
      if (parameters.length === MAX_PARAMETERS) throw new ExpressionError(`at most ${MAX_PARAMETERS} parameters (${parameters.join(', ')} and now ${name})`, t.pos);
      parameters.push(name);
    }
    return { kind: 'parameter', name, pos: t.pos };
  }

  const tree = sum();
  const rest = peek();
  if (rest.type !== 'end') {
    const message = rest.type === 'op' && rest.text === ')' ? 'a ")" without its "("' : `unexpected ${describe(rest)}`;
    throw new ExpressionError(message, rest.pos);
  }
  if (!mentionsX(tree)) throw new ExpressionError('the formula never uses x, so every input would give the same output', 0);
  return { source, tree, parameters };
}

function mentionsX(e: Expr): boolean {
  switch (e.kind) {
    case 'x': return true;
    case 'number': case 'parameter': return false;
    case 'negate': return mentionsX(e.arg);
    case 'binary': return mentionsX(e.left) || mentionsX(e.right);
    case 'call': return e.args.some(mentionsX);
  }
}

const BINARY: Record<BinaryOp, (a: Tensor, b: Tensor | number) => Tensor> = { '+': add, '-': sub, '*': mul, '/': div, '^': pow };

/** The formula as an activation: engine ops applied to x, parameters fixed at the given values. */
export function activationFromExpression(parsed: ParsedExpression, values: Readonly<Record<string, number>> = {}): (x: Tensor) => Tensor {
  for (const name of parsed.parameters) {
    if (!Object.hasOwn(values, name) || !Number.isFinite(values[name])) {
      throw new Error(`activationFromExpression: parameter ${name} has no finite value`);
    }
  }
  // Numbers and parameters stay plain numbers (the engine broadcasts them, and pow takes a fast path
  // for a number exponent); only what depends on x becomes a tensor.
  const build = (e: Expr, x: Tensor): Tensor | number => {
    switch (e.kind) {
      case 'x': return x;
      case 'number': return e.value;
      case 'parameter': return values[e.name];
      case 'negate': {
        const a = build(e.arg, x);
        return typeof a === 'number' ? -a : neg(a);
      }
      case 'binary': {
        const a = build(e.left, x), b = build(e.right, x);
        return BINARY[e.op](typeof a === 'number' ? asTensor(a) : a, b);
      }
      case 'call': {
        const args = e.args.map((arg) => asTensor(build(arg, x)));
        if (args.length === 2) return TWO_ARGUMENTS[e.fn](args[0], args[1]);
        return ONE_ARGUMENT[e.fn](args[0]);
      }
    }
  };
  return (x) => build(parsed.tree, x) as Tensor; // the parser guarantees the formula uses x
}

/** The message and a caret under the offending character, for a monospace read-out. */
export function pointAt(source: string, error: ExpressionError): string {
  return `${source}\n${' '.repeat(Math.min(error.position, source.length))}^ ${error.message} (at character ${error.position + 1})`;
}
