import type { Request, Response } from 'express';

/**
 * Renders the errors of server-rendered pages. A feature module provides it (common imports none),
 * so the one exception filter answers JSON for the API and hands page requests to it.
 */
export abstract class ErrorPages {
  /** Whether the request is a page's, whose errors are pages too. */
  abstract renders(request: Request): boolean;
  abstract render(exception: unknown, request: Request, response: Response): void;
}
