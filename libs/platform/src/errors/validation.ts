import { ValidationError, ValidationPipe } from '@nestjs/common';
import { BadUserInputError, FieldProblem } from './domain-error';

/** Flattens class-validator's tree into `input.field[2].sub` paths with their first message. */
export function flattenValidationErrors(errors: ValidationError[], prefix: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const path = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : `${prefix}.${error.property}`;
    const messages = Object.values(error.constraints ?? {});
    if (messages.length > 0) problems.push({ field: path, message: messages.join('; ') });
    if (error.children?.length) problems.push(...flattenValidationErrors(error.children, path));
  }
  return problems;
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
