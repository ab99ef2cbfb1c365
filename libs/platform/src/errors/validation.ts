import { ArgumentMetadata, Injectable, PipeTransform, ValidationError, ValidationPipe } from '@nestjs/common';
import { FILE_FIELDS, isMultilineField, MAX_INPUT_LIST_ENTRIES, readText } from '@lexgap/legal-model';
import { BadUserInputError, FieldProblem } from './domain-error';

/** Flattens class-validator's tree into `input.field[2].sub` paths with their first message. */
export function flattenValidationErrors(errors: ValidationError[], prefix: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const path = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : `${prefix}.${error.property}`;
    const messages = Object.values(error.constraints ?? {});
    // A required field with no value (GraphQL lets none through, so it was white space alone) is missing, whatever else it fails.
    if (messages.length > 0) problems.push({ field: path, message: error.value === undefined || error.value === null ? 'is required' : messages.join('; ') });
    if (error.children?.length) problems.push(...flattenValidationErrors(error.children, path));
  }
  return problems;
}

/**
 * Applies the legal model's text rule to every string of an argument, in place: NFC, no control
 * characters or lone surrogates, white space alone is no value, no list longer than MAX_INPUT_LIST_ENTRIES
 * (each list's own, smaller cap is its input's @ArrayMaxSize). Returns the problems, by path.
 */
export function applyTextRule(value: unknown, path: string, problems: FieldProblem[]): unknown {
  if (typeof value === 'string') {
    const name = /([A-Za-z_]+)(\[\d+\])*$/.exec(path)?.[1] ?? '';
    const read = readText(value, { multiline: isMultilineField(name) });
    if (!read.ok) {
      problems.push({ field: path, message: read.message });
      return value;
    }
    return read.value;
  }
  if (Array.isArray(value)) {
    if (value.length > MAX_INPUT_LIST_ENTRIES) {
      problems.push({ field: path, message: `holds ${value.length} entries; at most ${MAX_INPUT_LIST_ENTRIES}` });
      return value;
    }
    return value.map((v, i) => applyTextRule(v, `${path}[${i}]`, problems));
  }
  if (value && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value)) {
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (!FILE_FIELDS.has(key)) (value as Record<string, unknown>)[key] = applyTextRule(v, path ? `${path}.${key}` : key, problems);
    }
  }
  return value;
}

/** The text rule over GraphQL arguments and HTTP query strings, before class-validator: a refused text is BAD_USER_INPUT naming its field. */
@Injectable()
export class TextRulePipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const problems: FieldProblem[] = [];
    // An HTTP query string's parameters are named as the URL names them (`rubric`), not `input.rubric`.
    const cleaned = applyTextRule(value, metadata.data ?? (metadata.type === 'query' ? '' : 'input'), problems);
    if (problems.length) throw new BadUserInputError(problems);
    return cleaned;
  }
}

/**
 * The global pipe: every @Args input class is validated field by field; unknown properties are
 * refused (GraphQL already refuses them, HTTP bodies are not so careful).
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    validateCustomDecorators: false,
    exceptionFactory: (errors) => new BadUserInputError(flattenValidationErrors(errors, 'input')),
  });
}
