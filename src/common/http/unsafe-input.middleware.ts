import type { NextFunction, Request, Response } from 'express';
import type { ErrorBody } from '../errors/error-body';
import { findUnsafeInput } from './unsafe-input';

function decodedPath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/**
 * Refuses, for every route (API and pages), a body, query or path carrying a NUL, a lone surrogate,
 * a prototype key or deep nesting: 400 VALIDATION_FAILED before any pipe, guard or SQL sees it.
 * Runs after the body parsers; a malformed path escape is left to the router's own 400.
 */
export function rejectUnsafeInput() {
  return (req: Request, res: Response, next: NextFunction): void => {
    const path = decodedPath(req.path);
    const problem =
      findUnsafeInput(path ?? '', 'path') ??
      findUnsafeInput(req.query, 'query') ??
      (req.body !== undefined && !Buffer.isBuffer(req.body) ? findUnsafeInput(req.body) : undefined);
    if (!problem) return next();
    const body: ErrorBody = {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: `Invalid input: ${problem.errors.join(', ')}`,
      details: [problem],
    };
    res.status(400).json(body);
  };
}
