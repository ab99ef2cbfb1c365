import { ASTNode, DocumentNode, GraphQLError, Kind, parse, ValueNode, visit } from 'graphql';

/**
 * The input field a graphql-js coercion or validation error is about, written as BadUserInputError
 * writes it (`input.versions[0].inForceFrom`): graphql-js puts that path only in its message
 * (`Variable "$input" got invalid value "x" at "input.versions[0].inForceFrom"; …`), or not at all
 * for a literal argument, where it is found from the error's node in the operation.
 *
 * A variable's path starts at the argument it is passed to (`$data` given as `input` is `input…`).
 * Undefined when the error is about no input field.
 */
export function graphqlErrorField(message: string, error?: unknown): string | undefined {
  const document = documentOf(error);
  const variable = VARIABLE.exec(message);
  if (variable) {
    const name = variable[1];
    const at = AT.exec(message.slice(variable[0].length));
    let field = at ? at[1] : name;
    const child = MISSING_IN_VARIABLE.exec(message) ?? UNKNOWN_IN_VARIABLE.exec(message);
    if (child) field = `${field}.${child[1]}`;
    const usages = document
      ? [
          ...new Set(
            valuePaths(document)
              .filter((v) => v.node.kind === Kind.VARIABLE && v.node.name.value === name)
              .map((v) => v.path),
          ),
        ]
      : [];
    return usages.length === 1 ? usages[0] + field.slice(name.length) : field;
  }
  const argument = MISSING_ARGUMENT.exec(message);
  if (argument) return argument[1];
  const node = error instanceof GraphQLError ? error.nodes?.[0] : undefined;
  if (!document || !node?.loc) return undefined;
  const found = valuePaths(document).find((v) => v.node.kind === node.kind && v.node.loc?.start === node.loc!.start);
  if (!found) return undefined;
  const missing = MISSING_IN_LITERAL.exec(message);
  return missing ? `${found.path}.${missing[1]}` : found.path;
}

const NAME = '[_A-Za-z][_0-9A-Za-z]*';
const VARIABLE = new RegExp(`^Variable "\\$(${NAME})" `);
// A path graphql-js prints; a string value that contains one is JSON-escaped, so it never matches.
const AT = new RegExp(` at "(${NAME}(?:\\.${NAME}|\\[\\d+\\])*)"; `);
const MISSING_IN_VARIABLE = new RegExp(`; Field "(${NAME})" of required type "[^"]*" was not provided\\.$`);
const UNKNOWN_IN_VARIABLE = new RegExp(`; Field "(${NAME})" is not defined by type "[^"]*"\\.(?: Did you mean [^;]*)?$`);
const MISSING_IN_LITERAL = new RegExp(`^Field "${NAME}\\.(${NAME})" of required type "[^"]*" was not provided\\.$`);
const MISSING_ARGUMENT = new RegExp(`^Field "${NAME}" argument "(${NAME})" of type "[^"]*" is required, but it was not provided\\.$`);

function documentOf(error: unknown): DocumentNode | undefined {
  const body = error instanceof GraphQLError ? error.source?.body : undefined;
  if (!body) return undefined;
  try {
    return parse(body);
  } catch {
    return undefined;
  }
}

/** Every value of every argument in the operation, an object field's name node included, with its path. */
function valuePaths(document: DocumentNode): { node: ValueNode | ASTNode; path: string }[] {
  const out: { node: ValueNode | ASTNode; path: string }[] = [];
  const walk = (value: ValueNode, path: string): void => {
    out.push({ node: value, path });
    if (value.kind === Kind.OBJECT) {
      for (const f of value.fields) {
        out.push({ node: f, path: `${path}.${f.name.value}` });
        walk(f.value, `${path}.${f.name.value}`);
      }
    } else if (value.kind === Kind.LIST) value.values.forEach((v, i) => walk(v, `${path}[${i}]`));
  };
  visit(document, {
    Argument(node) {
      walk(node.value, node.name.value);
      return false;
    },
  });
  return out;
}
